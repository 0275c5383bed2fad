import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { accessSettingsFromEnv } from '../../src/access/accessSettings';
import { createServer, type RunningServer, type ServerOptions } from '../../src/graphql/server';
import { LiveOntology } from '../../src/ingest/LiveOntology';
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

/** How a test request is sent: with the test server's token unless `token` says otherwise (null: none). */
export interface RequestOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

export interface TestServerOptions extends Partial<ServerOptions> {
  /**
   * Access settings as the service reads them from its environment (WRITE_TOKENS, READ_TOKENS, WRITE_RATE, ...),
   * parsed by the service's own parser.
   */
  env?: NodeJS.ProcessEnv;
  /** The bearer token `query` and `data` send by default. */
  token?: string;
}

/**
 * A write token, for tests that add articles: start the server with `WRITER` and its requests carry the token.
 * No write rate: only the rate-limit tests are about rate limits.
 */
export const WRITE_SECRET = 'tests-write-secret-0123456789';
export const WRITER: TestServerOptions = { env: { WRITE_TOKENS: `tests:${WRITE_SECRET}`, WRITE_RATE: 'off' }, token: WRITE_SECRET };

export interface TestServer {
  /** The ontology version being served (for a live ontology, the current one). */
  readonly store: OntologyStore;
  server: RunningServer;
  /** POSTs a query to /graphql as a client would. */
  query<TData = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<TData>>;
  /** Like `query`, but fails the test on any GraphQL error. */
  data<TData = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<TData>;
}

/** The real server on a free loopback port, serving `ontology` (by default the one built from seeds/). */
export async function startTestServer(
  schema: GraphQLSchema,
  ontology: OntologyStore | LiveOntology = buildStore(SEEDS_DIR),
  { env, token: defaultToken, ...options }: TestServerOptions = {},
): Promise<TestServer> {
  const live = ontology instanceof LiveOntology ? ontology : undefined;
  const access = env ? accessSettingsFromEnv(env, () => undefined).settings : undefined;
  const server = await createServer({ ...(live ? { live } : { store: ontology as OntologyStore }), port: 0, host: '127.0.0.1', schema, ...(access && { access }), ...options });
  const query = async <TData>(text: string, variables?: Record<string, unknown>, { token = defaultToken, headers = {} }: RequestOptions = {}): Promise<GraphQLResponse<TData>> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as { data?: TData; errors?: GraphQLErrorJson[] };
    return { status: response.status, ...body };
  };
  const data = async <TData>(text: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<TData> => {
    const response = await query<TData>(text, variables, options);
    if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
    return response.data as TData;
  };
  return {
    get store() {
      return live ? live.store : (ontology as OntologyStore);
    },
    server,
    query,
    data,
  };
}

/**
 * The real server for the tests of one file (or describe block): started before them on what `ontology`
 * makes (by default the seed corpus), stopped after them.
 */
export function serveForTests(
  schema: GraphQLSchema,
  ontology: () => OntologyStore | LiveOntology = () => buildStore(SEEDS_DIR),
  options: TestServerOptions = {},
): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(schema, ontology(), options);
  });
  afterAll(() => started?.server.stop());
  const running = (): TestServer => {
    if (started === undefined) throw new Error('the test server is not running');
    return started;
  };
  return {
    get store() {
      return running().store;
    },
    get server() {
      return running().server;
    },
    query: (text, variables, requestOptions) => running().query(text, variables, requestOptions),
    data: (text, variables, requestOptions) => running().data(text, variables, requestOptions),
  };
}

/** The distinct sources among a node's reports, as tests compute them from the store. */
export function sourcesOf(node: { reports: readonly { sourceId: string }[] }): Set<string> {
  return new Set(node.reports.map((r) => r.sourceId));
}
