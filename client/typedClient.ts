/**
 * A small client written against the documents `npm run codegen` generates from operations/. It is
 * type-checked on its own (client/tsconfig.json) after codegen, so a schema change that breaks a client
 * breaks the build here first.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  MeetingParticipantsDocument,
  NodeLookupDocument,
  StatementsPageDocument,
  type NodeLookupQuery,
  type StatementsPageQuery,
} from './generated/graphql';

export async function execute<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
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
