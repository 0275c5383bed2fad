import { GraphQLError } from 'graphql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { decodeCursor, encodeCursor } from './cursor';
import { partitionPoint } from '../listIndex';
import type { ListIndex, Ordering } from '../ontology/ListIndex';
import { DEFAULT_PAGE_SIZE, type PageArgs } from './PageArgs';

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; null when the page is empty.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Declares `<name>Connection` and `<name>Edge` over `nodeType`, one pair per top-level list. */
export function connectionType<T extends object>(name: string, nodeType: ClassType<T>): ClassType<Page<T>> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items, in the order asked for (the ontology's own order by default).` })
  class ConnectionType {
    @Field(() => Int, { description: 'Items in the whole list, not just this page.' })
    totalCount!: number;

    // The page size is counted once, by the list field's own complexity (pageComplexity), not again here.
    @Field(() => [nodeType], { complexity: 1 })
    nodes!: T[];

    @Field(() => [EdgeType], { complexity: 1 })
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  return ConnectionType;
}

/**
 * Cuts one page out of `items`. `resumeAt` says where to start after a cursor's item, from an index (a map
 * lookup and a binary search), so a cursor from another list, or for an item that no longer exists, is refused
 * rather than silently restarting from the top.
 */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  resumeAt: (id: string) => number | undefined,
  { first, after }: PageArgs,
): Page<T> {
  let start = 0;
  if (after != null) {
    const id = decodeCursor(after);
    const position = id === undefined ? undefined : resumeAt(id);
    if (position === undefined) {
      throw new GraphQLError(`"after" is not a cursor of this list: ${JSON.stringify(after)}`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
      });
    }
    start = position;
  }
  const nodes = items.slice(start, start + (first ?? DEFAULT_PAGE_SIZE));
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    totalCount: items.length,
    nodes,
    edges,
    pageInfo: {
      hasNextPage: start + nodes.length < items.length,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A page of `items`: the members of `list` that a filter kept, in `order`. A cursor is an item of the list;
 * the page resumes right after that item's place in the ordering, even when the item itself does not pass
 * this filter (or no longer does), so cursors survive a change of filter or a rebuilt ontology.
 */
export function pageOf<T extends { id: string }, F extends string>(
  list: ListIndex<T, F>,
  items: readonly T[],
  order: Ordering<F> | undefined,
  page: PageArgs,
): Page<T> {
  return paginate(
    items,
    (id) => {
      const rank = list.rank(id, order);
      return rank === undefined ? undefined : partitionPoint(0, items.length, (i) => list.rank(items[i].id, order)! <= rank);
    },
    page,
  );
}
