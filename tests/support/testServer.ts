import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { createServer, type RunningServer, type ServerOptions } from '../../src/graphql/server';
import type { OntologyStore } from '../../src/ontology/OntologyStore';
import { buildStore } from '../../src/pipeline';

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

export interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; stacktrace?: string[]; [key: string]: unknown };
}

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData;
  errors?: GraphQLErrorJson[];
}

export interface TestServer {
  store: OntologyStore;
  server: RunningServer;
  /** POSTs a query to /graphql as a client would. */
  query<TData = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** Like `query`, but fails the test on any GraphQL error. */
  data<TData = any>(query: string, variables?: Record<string, unknown>): Promise<TData>;
}

/** The real server on a free loopback port, serving `store` (by default the one built from seeds/). */
export async function startTestServer(
  schema: GraphQLSchema,
  store: OntologyStore = buildStore(SEEDS_DIR),
  options: Partial<ServerOptions> = {},
): Promise<TestServer> {
  const server = await createServer({ store, port: 0, host: '127.0.0.1', schema, ...options });
  const query = async <TData>(text: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as { data?: TData; errors?: GraphQLErrorJson[] };
    return { status: response.status, ...body };
  };
  const data = async <TData>(text: string, variables?: Record<string, unknown>): Promise<TData> => {
    const response = await query<TData>(text, variables);
    if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
    return response.data as TData;
  };
  return { store, server, query, data };
}
