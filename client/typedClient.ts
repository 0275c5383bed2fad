/**
 * A small client written against the documents `npm run codegen` generates from operations/. It is
 * type-checked on its own (client/tsconfig.json) after codegen, so a schema change that breaks a client
 * breaks the build here first.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  AddArticleDocument,
  DashboardOverviewDocument,
  FilteredStatementsDocument,
  MeetingParticipantsDocument,
  NodeLookupDocument,
  SearchDocument,
  SourceCoverageDocument,
  StatementsPageDocument,
  type AddArticleMutation,
  type ArticleInput,
  type DashboardOverviewQuery,
  type FilteredStatementsQuery,
  type NodeLookupQuery,
  type SearchQuery,
  type StatementOrder,
  type StatementWhere,
  type StatementsPageQuery,
} from './generated/graphql';

/** Runs `document`; with `token`, as `Authorization: Bearer <token>` (writes need a write token). */
export async function execute<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors?.length || body.data === undefined) {
    throw new Error(`GraphQL request failed (${response.status}): ${body.errors?.map((e) => e.message).join('; ')}`);
  }
  return body.data;
}

export type SourceNode = Extract<NonNullable<NodeLookupQuery['node']>, { __typename: 'Source' }>;

/** The source with `id`, or undefined when the id is unknown or names another type of node. */
export async function lookUpSource(endpoint: string, id: string): Promise<SourceNode | undefined> {
  const { node } = await execute(endpoint, NodeLookupDocument, { id });
  return node?.__typename === 'Source' ? node : undefined;
}

export interface Page<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a connection: runs `document` with `after` set to each page's endCursor until the last page.
 * `connection` picks the connection out of a result.
 */
export async function allNodes<TResult, TVariables extends { after?: string | null }, TNode>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  connection: (result: TResult) => Page<TNode>,
): Promise<TNode[]> {
  const nodes: TNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<TNode> = connection(await execute(endpoint, document, { ...variables, after } as TVariables));
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return nodes;
    after = page.pageInfo.endCursor;
  }
}

export type StatementEdge = StatementsPageQuery['statements']['edges'][number];

/** Every statement, a page at a time. */
export function allStatements(endpoint: string, pageSize: number): Promise<StatementEdge['node'][]> {
  return allNodes(endpoint, StatementsPageDocument, { first: pageSize }, ({ statements }) => ({
    nodes: statements.edges.map((edge) => edge.node),
    pageInfo: statements.pageInfo,
  }));
}

/** "Talks in St Petersburg (2025-04-11): Steve Witkoff, Vladimir Putin", one line per meeting. */
export async function meetingLines(endpoint: string): Promise<string[]> {
  const { meetings } = await execute(endpoint, MeetingParticipantsDocument, {});
  return meetings.nodes.map(
    (meeting) => `${meeting.title} (${meeting.date ?? 'date unknown'}): ${meeting.participants.map((p) => p.name).join(', ')}`,
  );
}

/** The first screen of a dashboard, in one request. */
export async function dashboard(endpoint: string, from: string, to: string): Promise<DashboardOverviewQuery> {
  return execute(endpoint, DashboardOverviewDocument, { from, to, topSpeakers: 5, minSources: 2 });
}

/** "2025-04-11 MEETING Steve Witkoff – Vladimir Putin meeting (St Petersburg)": one line per timeline entry. */
export function timelineLines(overview: DashboardOverviewQuery): string[] {
  return overview.timeline.map(({ date, kind, node }) => {
    switch (node.__typename) {
      case 'Meeting':
        return `${date} ${kind} ${node.title}${node.place ? ` (${node.place})` : ''}`;
      case 'Agreement':
        return `${date} ${kind} ${node.title} [${node.status}]`;
      case 'Statement':
        return `${date} ${kind} ${node.speaker.name}: ${node.text}`;
      default: {
        const unexpected: never = node;
        throw new Error(`unexpected timeline node ${JSON.stringify(unexpected)}`);
      }
    }
  });
}

export type StatementNode = FilteredStatementsQuery['statements']['nodes'][number];

/** Every statement matching `where`, in `orderBy` order, following the cursors page by page. */
export async function statementsWhere(endpoint: string, where: StatementWhere, orderBy?: StatementOrder): Promise<StatementNode[]> {
  const statements: StatementNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: FilteredStatementsQuery = await execute(endpoint, FilteredStatementsDocument, { where, orderBy, first: 2, after });
    statements.push(...page.statements.nodes);
    if (!page.statements.pageInfo.hasNextPage) return statements;
    after = page.statements.pageInfo.endCursor;
  }
}

export type SearchHitNode = SearchQuery['search'][number]['node'];

/** "Actor actor:steve-witkoff Steve Witkoff — name: Steve Witkoff": one line per hit. */
export async function searchLines(endpoint: string, text: string): Promise<string[]> {
  const { search } = await execute(endpoint, SearchDocument, { text, first: 5 });
  const label = (node: SearchHitNode): string => {
    switch (node.__typename) {
      case 'Actor':
        return node.name;
      case 'Statement':
        return node.text;
      case 'Meeting':
      case 'Agreement':
        return node.title;
      case 'Source':
        return node.sourceTitle ?? node.outlet ?? node.id;
      default: {
        const unexpected: never = node;
        throw new Error(`unexpected search hit ${JSON.stringify(unexpected)}`);
      }
    }
  };
  return search.map((hit) => `${hit.node.__typename} ${hit.node.id} ${label(hit.node)} — ${hit.field}: ${hit.snippet}`);
}

/** For each statement of the first coverage page: the ids of the sources that report it. */
export async function coverage(endpoint: string, where: StatementWhere): Promise<Map<string, string[]>> {
  const { stats } = await execute(endpoint, SourceCoverageDocument, { where, first: 50 });
  const columns = stats.coverage.sources.map((s) => s.id);
  return new Map(stats.coverage.rows.map((row) => [row.statement.id, columns.filter((_, j) => row.cells[j])]));
}

export type AddedArticle = AddArticleMutation['addArticle'];

/** Adds an article; `token` is a write token (WRITE_TOKENS), whose name the source then shows as addedBy. */
export async function addArticle(endpoint: string, input: ArticleInput, token: string): Promise<AddedArticle> {
  return (await execute(endpoint, AddArticleDocument, { input }, token)).addArticle;
}
