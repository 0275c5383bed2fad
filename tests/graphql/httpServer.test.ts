import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { createServer } from '../../src/graphql/server';
import { startTestServer, type GraphQLErrorJson, type TestServer } from '../support/testServer';

const schema = buildGraphQLSchema();
let api: TestServer;
let origin: string;
beforeAll(async () => {
  api = await startTestServer(schema);
  origin = new URL(api.server.url).origin;
});
afterAll(() => api?.server.stop());

function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(origin + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

test('GET /healthz answers 200 with the counts per type', async () => {
  const response = await fetch(`${origin}/healthz`);

  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.json()).toEqual({
    status: 'ok',
    counts: expect.objectContaining({ sources: 5, actors: api.store.actors.length, meetings: api.store.meetings.length }),
  });
});

test('GraphQL is answered on /graphql and on /', async () => {
  for (const path of ['/graphql', '/']) {
    const response = await post(path, JSON.stringify({ query: '{ sources { totalCount } }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { sources: { totalCount: 5 } } });
  }
});

test('an unknown field is a GraphQL validation error, and the server keeps answering', async () => {
  const response = await api.query('{ sources { nodes { id publisher } } }');

  expect(response.status).toBe(400);
  expect(response.data).toBeUndefined();
  expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(response.errors?.[0].message).toBe('Cannot query field "publisher" on type "Source". Did you mean "publishedAt"?');
  expect((await api.data('{ sources { totalCount } }')).sources.totalCount).toBe(5);
});

test('a GET query needs the apollo-require-preflight header (CSRF prevention)', async () => {
  const url = `${api.server.url}?query=${encodeURIComponent('{ sources { totalCount } }')}`;

  const blocked = await fetch(url);
  expect(blocked.status).toBe(400);
  expect(((await blocked.json()) as { errors: GraphQLErrorJson[] }).errors[0].message).toMatch(/Cross-Site Request Forgery/);

  const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
  expect(allowed.status).toBe(200);
  expect(await allowed.json()).toEqual({ data: { sources: { totalCount: 5 } } });
});

test('a JSON body over 1 MB is refused with 413, one just under is served', async () => {
  const query = '{ sources { totalCount } }';
  const padded = (size: number) => JSON.stringify({ query, variables: { pad: 'x'.repeat(size) } });

  const tooLarge = await post('/graphql', padded(1024 * 1024));
  expect(tooLarge.status).toBe(413);
  expect(await tooLarge.json()).toEqual({ errors: [{ message: 'request entity too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });

  const justUnder = await post('/graphql', padded(1000 * 1000));
  expect(justUnder.status).toBe(200);
});

test('malformed JSON is a 400 in the GraphQL error shape', async () => {
  const response = await post('/graphql', '{ "query": ');

  expect(response.status).toBe(400);
  const body = (await response.json()) as { errors: GraphQLErrorJson[] };
  expect(body.errors[0].extensions?.code).toBe('BAD_REQUEST');
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.js:\d+/);
});

test('an unknown path is a JSON 404 that points at /graphql', async () => {
  const response = await fetch(`${origin}/graphq`);

  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ errors: [{ message: 'Not found: GraphQL is served on /graphql', extensions: { code: 'NOT_FOUND' } }] });
});

describe('stack traces', () => {
  const originalNodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = originalNodeEnv;
  });

  async function errorsUnder(nodeEnv: string): Promise<GraphQLErrorJson[]> {
    process.env.NODE_ENV = nodeEnv;
    const server = await startTestServer(schema, api.store);
    try {
      const invalid = await server.query('{ nope }');
      const badInput = await server.query('{ sources(first: 501) { totalCount } }');
      return [...invalid.errors!, ...badInput.errors!];
    } finally {
      await server.server.stop();
    }
  }

  test('are shown during development', async () => {
    const errors = await errorsUnder('development');
    for (const error of errors) expect(error.extensions?.stacktrace?.length).toBeGreaterThan(0);
  });

  test('are never sent with NODE_ENV=production', async () => {
    const errors = await errorsUnder('production');

    expect(errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);
    for (const error of errors) expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(JSON.stringify(errors)).not.toMatch(/node_modules|\.js:\d+/);
  });
});

test('a port already in use is an error for the caller, not a crash', async () => {
  const port = Number(new URL(api.server.url).port);

  await expect(createServer({ store: api.store, port, host: '127.0.0.1', schema })).rejects.toThrow(/EADDRINUSE/);
  expect((await api.data('{ sources { totalCount } }')).sources.totalCount).toBe(5);
});
