import 'reflect-metadata';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { OntologyStore } from '../../src/ontology/OntologyStore';
import { buildOntology } from '../../src/pipeline';
import { handBuiltStore } from '../support/handBuiltOntology';
import { SEEDS_DIR, startTestServer, type TestServer } from '../support/testServer';
import { LISTS } from '../support/walkList';

const schema = buildGraphQLSchema();
const PAGE = `totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor }`;
const SOURCE_IDS = [
  'source:000_032f559aabc36aa4',
  'source:001_afd467b4330c55e2',
  'source:002_497e42434e3ba65f',
  'source:003_0b1de31f74846667',
  'source:004_fceb291943609c71',
];

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer(schema);
});
afterAll(() => api?.server.stop());

async function sourcesPage(first: number, after: string | null): Promise<any> {
  return (await api.data(`query ($first: Int, $after: String) { sources(first: $first, after: $after) { ${PAGE} } }`, { first, after })).sources;
}

test('first/after walks the sources two at a time, in store order, ending with hasNextPage false', async () => {
  const pages = [];
  let after: string | null = null;
  do {
    const page = await sourcesPage(2, after);
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);

  expect(pages.map((p) => p.nodes.map((n: any) => n.id))).toEqual([SOURCE_IDS.slice(0, 2), SOURCE_IDS.slice(2, 4), SOURCE_IDS.slice(4)]);
  expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
  for (const page of pages) {
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((e: any) => e.node.id)).toEqual(page.nodes.map((n: any) => n.id));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
  }
});

test('first: 0 returns no items but still counts them', async () => {
  const none = await sourcesPage(0, null);
  expect(none).toEqual({ totalCount: 5, nodes: [], edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
});

test('without first (or with first: null) a list returns its first 50 items', async () => {
  const ontology = buildOntology(loadCorpus(SEEDS_DIR));
  ontology.sources = Array.from({ length: 60 }, (_, i) => ({ ...ontology.sources[0], id: `source:copy-${String(i).padStart(2, '0')}` }));
  const big = await startTestServer(schema, new OntologyStore(ontology));
  try {
    const page = (await big.data(`{ sources { ${PAGE} } }`)).sources;
    expect(page.totalCount).toBe(60);
    expect(page.nodes).toHaveLength(50);
    expect(page.nodes.at(-1).id).toBe('source:copy-49');
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect((await big.data(`{ sources(first: null) { nodes { id } } }`)).sources.nodes).toHaveLength(50);
  } finally {
    await big.server.stop();
  }
});

test('any edge cursor resumes right after its item', async () => {
  const { edges } = await sourcesPage(5, null);
  const next = await sourcesPage(2, edges[2].cursor);
  expect(next.nodes.map((n: any) => n.id)).toEqual(SOURCE_IDS.slice(3, 5));
});

test.each([501, -1, 10_000])('first: %d is refused as BAD_USER_INPUT', async (first) => {
  const response = await api.query(`query ($first: Int) { statements(first: $first) { totalCount } }`, { first });

  expect(response.data).toBeNull();
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/first must not be (greater than 500|less than 0)/);
});

test('first: 500 is allowed', async () => {
  expect((await api.data(`{ statements(first: 500) { totalCount } }`)).statements.totalCount).toBe(api.store.statements.length);
});

test.each([
  ['garbage', 'not a cursor!'],
  ['base64 of an unknown id', Buffer.from('source:999_missing').toString('base64url')],
  ['an empty string', ''],
])('after: %s is refused as BAD_USER_INPUT', async (_what, after) => {
  const response = await api.query(`query ($after: String) { sources(after: $after) { totalCount } }`, { after });

  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/"after" is not a cursor of this list/);
});

test('a cursor from one list is refused by another', async () => {
  const { edges } = await sourcesPage(1, null);
  const response = await api.query(`query ($after: String) { actors(after: $after) { totalCount } }`, { after: edges[0].cursor });

  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('a cursor keeps its place when the ontology is rebuilt with more nodes', async () => {
  const { edges } = await sourcesPage(2, null);
  const ontology = buildOntology(loadCorpus(SEEDS_DIR));
  const added = { ...ontology.sources[0], id: 'source:000_aaa_added_later' };
  ontology.sources.splice(1, 0, added);
  const grown = await startTestServer(schema, new OntologyStore(ontology));
  try {
    const next = (await grown.data(`query ($after: String) { sources(first: 2, after: $after) { ${PAGE} } }`, { after: edges[1].cursor })).sources;
    expect(next.nodes.map((n: any) => n.id)).toEqual(SOURCE_IDS.slice(2, 4));
    expect(next.totalCount).toBe(6);
  } finally {
    await grown.server.stop();
  }
});

describe('every top-level list of a hand-built ontology', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer(schema, handBuiltStore());
  });
  afterAll(() => small?.server.stop());

  test.each(LISTS)('%s: one item per page reproduces the whole list', async (list) => {
    const whole = (await small.data(`{ ${list}(first: 500) { totalCount edges { cursor } } }`))[list];
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await small.data(`query ($after: String) { ${list}(first: 1, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`, { after }))[list];
      expect(page.totalCount).toBe(whole.totalCount);
      walked.push(...page.edges.map((e: any) => e.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole.edges.map((e: any) => e.cursor));
    expect(walked.length).toBe(small.store[list].length);
    expect(walked.length).toBeGreaterThan(0);
  });
});
