import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { handBuiltStore } from '../support/handBuiltOntology';
import { startTestServer, type TestServer } from '../support/testServer';
import { readmeMeetingQuestion } from '../support/docBlocks';

/** The question the service exists to answer, read from the README, so the README shows what is tested. */
const MEETING_QUESTION = readmeMeetingQuestion();

interface Hostile {
  name: string;
  /** Defaults to POST /graphql with content-type application/json. */
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A JSON body is stringified; a string is sent as it is. */
  body?: unknown;
  /** For GET: the query string after `?`. */
  search?: string;
  status: number;
  /** The error code expected in `errors[0].extensions.code`; null when the body is not GraphQL JSON. */
  code: string | null;
  message?: RegExp;
}

/** A body a browser could send cross-site without a preflight: Apollo's CSRF prevention refuses it. */
const csrfRefused = (contentType: string, body: string): Hostile => ({
  name: `${contentType.split(';')[0]} (CSRF prevention)`,
  headers: { 'content-type': contentType },
  body,
  status: 400,
  code: 'BAD_REQUEST',
  message: /Cross-Site Request Forgery/,
});
const nest = (depth: number, inner = 'id') => `${'affiliation { '.repeat(depth)}${inner}${' }'.repeat(depth)}`;
const MB = 1024 * 1024;

const CORPUS: Hostile[] = [
  // Query language attacks
  { name: 'depth 50', body: { query: `{ actors { nodes { ${nest(47)} } } }` }, status: 400, code: 'DEPTH_LIMIT_EXCEEDED', message: /found 50/ },
  {
    name: 'depth 50 through 47 nested fragments',
    body: {
      query: `{ actors { nodes { ...F0 } } } ${Array.from({ length: 47 }, (_, i) => `fragment F${i} on Actor { affiliation { ${i === 46 ? 'id' : `...F${i + 1}`} } }`).join(' ')}`,
    },
    status: 400,
    code: 'DEPTH_LIMIT_EXCEEDED',
    message: /found 50/,
  },
  {
    name: 'fragments that spread each other (a cycle)',
    body: { query: '{ actors { nodes { ...A } } } fragment A on Actor { affiliation { ...B } } fragment B on Actor { affiliation { ...A } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Cannot spread fragment "A" within itself via "B"/,
  },
  {
    name: 'a fragment bomb: 40 fragments, each spreading the one before twice (2^40 paths)',
    body: {
      query: `{ ...F39 } fragment F0 on Query { sources { totalCount } } ${Array.from({ length: 39 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ... on Query { ...F${i} } }`).join(' ')}`,
    },
    status: 400,
    code: 'COST_LIMIT_EXCEEDED',
    message: /too many fields to cost/,
  },
  {
    name: '10,000 aliases',
    body: { query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
    status: 400,
    code: 'TOKEN_LIMIT_EXCEEDED',
    message: /^Token limit of 2000 exceeded/,
  },
  { name: '31 aliases', body: { query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: sources { totalCount }`).join(' ')} }` }, status: 400, code: 'ALIAS_LIMIT_EXCEEDED' },
  { name: '51 directives', body: { query: `{ sources { ${'totalCount @include(if: true) '.repeat(51)}} }` }, status: 400, code: 'DIRECTIVE_LIMIT_EXCEEDED' },
  {
    name: 'one field repeated 1,900 times (quadratic field merging)',
    body: { query: `{ sources { ${'totalCount '.repeat(1_900)}} }` },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Validation aborted\.$/,
  },
  {
    name: 'fan-out: the largest page, lists nested four deep',
    body: { query: '{ actors(first: 500) { nodes { statements { about { statements { about { meetings { title } } } } } } } }' },
    status: 400,
    code: 'COST_LIMIT_EXCEEDED',
  },
  { name: 'a 5 MB document', body: { query: `{ sources { ${'totalCount '.repeat((5 * MB) / 11)}} }` }, status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a 5 MB document in a GET query string', method: 'GET', search: `query=${'%7B'.repeat((5 * MB) / 3)}`, status: 431, code: null },
  { name: 'a 900 KB string argument', body: { query: `{ node(id: "${'x'.repeat(900 * 1024)}") { id } }` }, status: 200, code: 'none' },
  { name: '__type nested 50 deep', body: { query: `{ __type(name: "Actor") { ${'ofType { '.repeat(49)}name${' }'.repeat(49)} } }` }, status: 400, code: 'DEPTH_LIMIT_EXCEEDED' },
  { name: 'a NUL character in the document', body: { query: '{ sources { totalCount } }\u0000' }, status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /Unexpected character: U\+0000/ },
  { name: 'an unterminated string', body: { query: '{ node(id: "abc) { id } }' }, status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /Unterminated string/ },

  // Fields and variables
  { name: 'an unknown field', body: { query: '{ sources { nodes { publisher } } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Cannot query field "publisher"/ },
  { name: 'an unknown argument', body: { query: '{ sources(last: 3) { totalCount } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Unknown argument "last"/ },
  { name: 'an unknown type in a fragment', body: { query: '{ ...F } fragment F on Person { id }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Unknown type "Person"/ },
  {
    name: 'a string for an Int variable',
    body: { query: 'query ($first: Int) { sources(first: $first) { totalCount } }', variables: { first: 'ten' } },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Variable "\$first" got invalid value "ten"/,
  },
  {
    name: 'an object for an ID variable',
    body: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: { $ne: null } } },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /ID cannot represent value/,
  },
  {
    name: 'a required variable left out',
    body: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: {} },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Variable "\$id" of required type "ID!" was not provided/,
  },
  {
    name: 'a float past Int range',
    body: { query: 'query ($first: Int) { sources(first: $first) { totalCount } }', variables: { first: 1e300 } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'variables as a string', body: { query: '{ sources { totalCount } }', variables: '{"first": 1}' }, status: 400, code: 'BAD_REQUEST', message: /variables/ },
  { name: 'a query that is a number', body: { query: 42 }, status: 400, code: 'BAD_REQUEST', message: /GraphQL queries must be strings/ },
  { name: 'an empty query', body: { query: '' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a batch of two operations (batching is off)', body: [{ query: '{ __typename }' }, { query: '{ __typename }' }], status: 400, code: 'BAD_REQUEST' },
  {
    name: 'two operations and no operationName',
    body: { query: 'query A { __typename } query B { __typename }' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /Must provide operation name/,
  },
  {
    name: 'a subscription (the schema has none)',
    body: { query: 'subscription { sources { totalCount } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^The subscription operation is not supported by the schema\.$/,
  },

  // Bodies and content types
  { name: 'malformed JSON', body: '{ "query": ', status: 400, code: 'BAD_REQUEST' },
  // V8's JSON.parse does not recurse, and a variable the operation does not declare is ignored.
  { name: 'JSON nested 100,000 arrays deep', body: `{"query":"{ __typename }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`, status: 200, code: 'none' },
  { name: 'an empty body', body: '', status: 400, code: 'BAD_REQUEST', message: /POST body missing/ },
  { name: 'the JSON null', body: 'null', status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty JSON object', body: {}, status: 400, code: 'BAD_REQUEST' },
  csrfRefused('text/plain', JSON.stringify({ query: '{ __typename }' })),
  csrfRefused('application/x-www-form-urlencoded', 'query=%7B__typename%7D'),
  csrfRefused('multipart/form-data; boundary=x', '--x\r\ncontent-disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n'),
  { name: 'application/xml', headers: { 'content-type': 'application/xml' }, body: '<query>{ __typename }</query>', status: 400, code: 'BAD_REQUEST', message: /invalid Content-Type/ },
  { name: 'no content type', headers: { 'content-type': '' }, body: '{"query":"{ __typename }"}', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON in latin1', headers: { 'content-type': 'application/json; charset=latin1' }, body: { query: '{ __typename }' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a GET without the preflight header', method: 'GET', search: 'query=%7B__typename%7D', status: 400, code: 'BAD_REQUEST', message: /Cross-Site Request Forgery/ },
  { name: 'a PUT', method: 'PUT' as 'POST', body: { query: '{ __typename }' }, status: 405, code: 'BAD_REQUEST' },
];

let api: TestServer;
let origin: string;
let expectedAnswer: unknown;
beforeAll(async () => {
  api = await startTestServer(buildGraphQLSchema(), handBuiltStore());
  origin = new URL(api.server.url).origin;
  expectedAnswer = await api.data(MEETING_QUESTION);
});
afterAll(() => api?.server.stop());

async function send(h: Hostile): Promise<Response> {
  const method = h.method ?? 'POST';
  const url = `${origin}/graphql${h.search ? `?${h.search}` : ''}`;
  const headers = { ...(method === 'GET' ? {} : { 'content-type': 'application/json' }), ...h.headers };
  if (headers['content-type'] === '') delete (headers as Record<string, string>)['content-type'];
  const body = method === 'GET' || h.body === undefined ? undefined : typeof h.body === 'string' ? h.body : JSON.stringify(h.body);
  return fetch(url, { method, headers, body });
}

test.each(CORPUS.map((h) => [h.name, h] as const))('%s: the right status and error, and the meeting question is still answered', async (_name, h) => {
  const started = Date.now();
  const response = await send(h);
  const text = await response.text();
  const took = Date.now() - started;

  expect(response.status).toBe(h.status);
  expect(took).toBeLessThan(3_000);
  if (h.code !== null) {
    const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    if (h.code === 'none') {
      expect(body.errors).toBeUndefined();
    } else {
      expect(body.errors?.[0].extensions?.code).toBe(h.code);
      if (h.message) expect(body.errors?.[0].message).toMatch(h.message);
      if (h.status >= 400) expect(body.data).toBeUndefined();
    }
    // Whatever went wrong, nothing about the server's insides is sent (tests run outside production, so
    // stack traces are on; the messages themselves must not name files).
    expect(body.errors?.map((e) => e.message).join('\n') ?? '').not.toMatch(/node_modules|\/src\/|\.ts:\d+|\.js:\d+/);
  }

  expect(await api.data(MEETING_QUESTION)).toEqual(expectedAnswer);
});

test(`the corpus holds ${CORPUS.length} hostile requests`, () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CORPUS.map((h) => h.name)).size).toBe(CORPUS.length);
});
