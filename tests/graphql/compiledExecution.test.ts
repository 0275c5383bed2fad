import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execute, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { QUERIES } from '../../src/bench/queries';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import type { OntologyStore } from '../../src/ontology/OntologyStore';
import { buildStore } from '../../src/pipeline';
import { SEEDS_DIR, startTestServer, type TestServer } from '../support/testServer';

/*
 * Queries run compiled by graphql-jit, calling the resolver methods directly; these tests hold their answers to
 * those of graphql-js calling them through type-graphql's own handlers, as the service did before. Every
 * operation in operations/, the bench's queries and a set of edge and error cases go to two real servers over
 * HTTP on the same store, the service as it runs and one leaving execution to Apollo's graphql-js `execute` on
 * a schema with type-graphql's handlers, and must get the same status and the same body, key for key in the
 * same order (stack traces aside). The queries that succeed are also compiled and run directly, without the
 * server's fallback to graphql-js, against plain `execute` on the reference schema: so the compiled path itself
 * is what is compared.
 */

const OPERATIONS_DIR = join(__dirname, '..', '..', 'operations');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? graphqlFiles(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : []))
    .sort();
}

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Variables for the operations in operations/, by operation name: the required ones, and variants. */
const OPERATION_VARIABLES: Record<string, Record<string, unknown>[]> = {
  ActorWithStatements: [{ id: 'actor:vladimir-putin' }, { id: 'actor:nobody' }],
  NodeLookup: [
    { id: 'meeting:2025-04-11-steve-witkoff-vladimir-putin' },
    { id: 'actor:vladimir-putin' },
    { id: 'source:000_032f559aabc36aa4' },
    { id: 'statement:none' },
  ],
  SourceText: [{ id: 'source:000_032f559aabc36aa4' }],
  Search: [{ text: 'Putin' }, { text: 'Geneva energy', first: 3, types: ['STATEMENT', 'MEETING'] }],
  AddArticle: [{ input: { id: 'jit-check', text: 'Steve Witkoff met Vladimir Putin in St Petersburg on Friday.' } }],
  ActorRanking: [{}, { where: { kind: 'PERSON', hasStatements: true }, orderBy: { field: 'SOURCE_COUNT', direction: 'ASC' }, first: 5 }],
  FilteredStatements: [
    {},
    { where: { minSources: 2, kind: 'DIRECT_QUOTE' }, orderBy: { field: 'SOURCE_COUNT', direction: 'DESC' }, first: 5 },
    { where: { speakerId: 'actor:vladimir-putin', dateFrom: '2025-01-01' }, orderBy: { field: 'DATE', direction: 'ASC' } },
    { where: { textContains: 'ceasefire', channel: null } },
  ],
  DashboardOverview: [{}, { from: '2025-04-01', to: '2025-04-30', topSpeakers: 3, minSources: 1 }],
  SourceCoverage: [{}, { where: { minSources: 2 }, first: 3 }],
  StatementsPage: [{}, { first: 2 }],
};

function operationCases(): Case[] {
  return graphqlFiles(OPERATIONS_DIR).flatMap((file) => {
    const query = readFileSync(file, 'utf8');
    const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const name = operation.name!.value;
    return (OPERATION_VARIABLES[name] ?? [{}]).map((variables, i) => ({ name: `${name} #${i + 1}`, query, variables }));
  });
}

const BENCH_CASES: Case[] = Object.entries(QUERIES).map(([name, query]) => ({ name: `bench: ${name}`, query }));

/** Queries that succeed, exercising what the operations above do not: abstract types, aliases, fragments, directives, nulls. */
const EDGE_CASES: Case[] = [
  {
    name: 'search hits of every type, told apart by fragments',
    query: `{ search(text: "Putin Witkoff meeting agreement", first: 30) { score field node { __typename id
      ... on Actor { name kind statementCount } ... on Statement { text speaker { name } meeting { title } }
      ... on Meeting { title participants { name } } ... on Agreement { title parties { name } } ... on Source { title outlet } } } }`,
  },
  {
    name: 'node(id) through the interface, with and without type conditions',
    query: `query($a: ID!, $m: ID!, $s: ID!) { a: node(id: $a) { __typename id } m: node(id: $m) { id ... on Meeting { date place } }
      s: node(id: $s) { ...N } missing: node(id: "actor:nobody") { id } }
      fragment N on Node { id ... on Source { publishedAt wordCount } }`,
    variables: { a: 'actor:vladimir-putin', m: 'meeting:2025-04-11-steve-witkoff-vladimir-putin', s: 'source:000_032f559aabc36aa4' },
  },
  {
    name: 'the timeline union with fragments per member',
    query: `{ timeline(limit: 40) { date kind node { __typename ... on Meeting { id title } ... on Agreement { id status } ... on Statement { id kind } } } }`,
  },
  {
    name: 'aliases, @skip and @include, __typename at the root',
    query: `query($yes: Boolean!, $no: Boolean!) { __typename one: actors(first: 1) { nodes { id } } two: actors(first: 2, after: null) @include(if: $yes) { totalCount }
      three: meetings @skip(if: $yes) { totalCount } four: meetings(first: 1) @skip(if: $no) { nodes { id reports(limit: 1) { excerpt start end } } } }`,
    variables: { yes: true, no: false },
  },
  {
    name: 'explicit nulls: arguments, where fields and nullable fields',
    query: `{ statements(first: null, where: { kind: null, minSources: null }, orderBy: null) { totalCount nodes { id meeting { id } channel date } }
      actors(where: null) { nodes { affiliation { id } statements(limit: null, offset: null) { id } } } }`,
  },
  {
    name: 'every field of a meeting, a statement, an agreement and a discrepancy',
    query: `{ meetings(first: 3) { edges { cursor node { id title date duration place sourceCount discrepancies { id kind field values { value reports { excerpt } } subject { id } } } } pageInfo { hasNextPage endCursor } }
      statements(first: 3, orderBy: { field: DATE, direction: DESC }) { nodes { id text kind channel date speaker { id } about { id } sourceCount } }
      agreements { nodes { id title status date parties { id } } } discrepancies(first: 5) { nodes { id kind field subject { __typename id } } } }`,
  },
  {
    name: 'sources with their lists and counts',
    query: `{ sources(first: 3, orderBy: { field: STATEMENT_COUNT, direction: DESC }) { nodes { id title outlet url publishedAt wordCount statementCount actors(limit: 2) { id } statements(limit: 2, offset: 1) { id } meetings { id } agreements { id } } } }`,
  },
  {
    name: 'introspection',
    query: `{ __schema { queryType { name } types { name kind } } __type(name: "Node") { possibleTypes { name } } }`,
  },
  {
    name: 'a document with several operations, one chosen by name',
    query: `query A { actors(first: 1) { nodes { id } } } query B { meetings(first: 1) { nodes { id } } }`,
    operationName: 'B',
  },
];

/** Requests that fail, in part or whole: bad arguments and variables, unknown ids and cursors, limits. */
const ERROR_CASES: Case[] = [
  { name: 'a page size over the contract', query: '{ statements(first: 600) { totalCount } }' },
  { name: 'a negative page size in a variable', query: 'query($n: Int) { statements(first: $n) { totalCount } }', variables: { n: -1 } },
  { name: 'a variable of the wrong type', query: 'query($n: Int) { statements(first: $n) { totalCount } }', variables: { n: 'many' } },
  { name: 'a required variable missing', query: 'query($n: Int!) { statements(first: $n) { totalCount } }', variables: {} },
  { name: 'an id of the wrong form in a filter', query: 'query($w: StatementWhere) { statements(where: $w) { totalCount } }', variables: { w: { speakerId: 'bob' } } },
  {
    name: 'a date range backwards',
    query: 'query($w: StatementWhere) { statements(where: $w) { totalCount } }',
    variables: { w: { dateFrom: '2025-05-01', dateTo: '2025-01-01' } },
  },
  { name: 'a date that is not one, in a nested input variable', query: 'query($w: StatementWhere) { statements(where: $w) { totalCount } }', variables: { w: { dateFrom: 'yesterday' } } },
  { name: 'a cursor of no list', query: '{ statements(after: "zzz") { totalCount } }' },
  { name: 'a nested limit over the contract, under a list', query: '{ actors(first: 2) { nodes { id statements(limit: 501) { id } } } }' },
  { name: 'a blank search', query: '{ search(text: "  ") { score } }' },
  { name: 'a timeline range backwards', query: '{ timeline(from: "2025-05-01", to: "2025-01-01") { date } }' },
  { name: 'an unknown field', query: '{ actors { nodes { nickname } } }' },
  { name: 'an unknown operation name', query: 'query A { __typename }', operationName: 'B' },
  { name: 'a query too deep', query: `{ actors { nodes { ${'affiliation { '.repeat(8)}id${' }'.repeat(8)} } } }` },
  { name: 'a query over the cost limit', query: '{ actors(first: 500) { nodes { statements(limit: 500) { reports(limit: 500) { source { id } } } } } }' },
  { name: 'a mutation on a fixed ontology', query: 'mutation { addArticle(input: { text: "Steve Witkoff met Vladimir Putin." }) { source { id } } }' },
];

const CASES = [...operationCases(), ...BENCH_CASES, ...EDGE_CASES, ...ERROR_CASES];

const schema = buildGraphQLSchema();
const referenceSchema = buildGraphQLSchema({ typeGraphqlHandlers: true });
let store: OntologyStore;
let compiled: TestServer;
let reference: TestServer;
beforeAll(async () => {
  store = buildStore(SEEDS_DIR);
  compiled = await startTestServer(schema, store, { responseCache: false });
  reference = await startTestServer(referenceSchema, store, { responseCache: false, compiledQueries: false });
});
afterAll(async () => {
  await compiled?.server.stop();
  await reference?.server.stop();
});

async function post(server: TestServer, { query, variables, operationName }: Case): Promise<{ status: number; body: string }> {
  const response = await fetch(server.server.url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, body: withoutStackTraces(await response.text()) };
}

/** The body with each error's stack trace (given outside production) left out: it names the code that ran, which differs by design. */
function withoutStackTraces(body: string): string {
  const json = JSON.parse(body) as { errors?: { extensions?: { stacktrace?: unknown } }[] };
  for (const error of json.errors ?? []) delete error.extensions?.stacktrace;
  return JSON.stringify(json);
}

test('the cases cover every operation in operations/ and every bench query', () => {
  expect(CASES.filter((c) => c.name.startsWith('bench: '))).toHaveLength(Object.keys(QUERIES).length);
  expect(new Set(operationCases().map((c) => c.name.replace(/ #\d+$/, ''))).size).toBe(graphqlFiles(OPERATIONS_DIR).length);
});

describe.each(CASES.map((c) => [c.name, c]))('%s', (_name, c) => {
  test('the server answers the same status and body compiled as on graphql-js', async () => {
    const expected = await post(reference, c);
    // A query is compiled from its second request on: the first runs on graphql-js.
    const first = await post(compiled, c);
    const actual = await post(compiled, c);

    expect(first).toEqual(expected);
    expect(actual).toEqual(expected);
  });
});

const isQuery = (c: Case) => parse(c.query).definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query');

describe.each([...operationCases(), ...BENCH_CASES, ...EDGE_CASES].filter(isQuery).map((c) => [c.name, c]))('%s', (_name, c) => {
  test('compiled, it runs without errors and gives plain graphql-js execute’s data', async () => {
    const document = parse(c.query);
    const query = compileQuery(schema, document, c.operationName);
    if (!isCompiledQuery(query)) throw new Error(`graphql-jit could not compile it: ${JSON.stringify(query.errors)}`);

    const fromJit = await query.query(undefined, { store }, c.variables ?? {});
    const fromGraphqlJs = await execute({ schema: referenceSchema, document, contextValue: { store }, variableValues: c.variables, operationName: c.operationName });

    expect(fromGraphqlJs.errors).toBeUndefined();
    expect(fromJit.errors).toBeUndefined();
    expect(JSON.stringify(fromJit.data)).toBe(JSON.stringify(fromGraphqlJs.data));
  });
});
