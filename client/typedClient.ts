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

export type StatementEdge = StatementsPageQuery['statements']['edges'][number];

/** Every statement, a page at a time. */
export async function allStatements(endpoint: string, pageSize: number): Promise<StatementEdge['node'][]> {
  const statements: StatementEdge['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const page: StatementsPageQuery = await execute(endpoint, StatementsPageDocument, { first: pageSize, after });
    statements.push(...page.statements.edges.map((edge) => edge.node));
    if (!page.statements.pageInfo.hasNextPage) return statements;
    after = page.statements.pageInfo.endCursor;
  }
}

/** "Talks in St Petersburg (2025-04-11): Steve Witkoff, Vladimir Putin", one line per meeting. */
export async function meetingLines(endpoint: string): Promise<string[]> {
  const { meetings } = await execute(endpoint, MeetingParticipantsDocument, {});
  return meetings.nodes.map(
    (meeting) => `${meeting.title} (${meeting.date ?? 'date unknown'}): ${meeting.participants.map((p) => p.name).join(', ')}`,
  );
}
