import { Field, ID, InterfaceType } from 'type-graphql';

/** GraphQL type name for each id prefix ("actor:vladimir-putin" → Actor). */
const TYPE_BY_ID_PREFIX: Record<string, string> = {
  source: 'Source',
  actor: 'Actor',
  statement: 'Statement',
  meeting: 'Meeting',
  agreement: 'Agreement',
};

/**
 * The store hands out plain objects, not class instances, so type-graphql cannot tell their type by
 * `instanceof`. Nodes from `store.node()` carry a `type` discriminator; records reached through a relation
 * list do not, and for those the id prefix says the same thing.
 */
export function nodeTypeName(value: { id: string; type?: string }): string | undefined {
  return value.type ?? TYPE_BY_ID_PREFIX[value.id.slice(0, value.id.indexOf(':'))];
}

@InterfaceType('Node', {
  description: 'Anything with a stable, readable id that `Query.node(id)` can fetch.',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
