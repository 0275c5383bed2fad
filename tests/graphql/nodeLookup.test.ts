import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { ONTOLOGIES_UNDER_TEST } from '../support/handBuiltOntology';
import { serveForTests } from '../support/testServer';
import { walkList } from '../support/walkList';

const TYPES = [
  { typename: 'Source', list: 'sources', lookup: 'source', prefix: 'source:' },
  { typename: 'Actor', list: 'actors', lookup: 'actor', prefix: 'actor:' },
  { typename: 'Statement', list: 'statements', lookup: 'statement', prefix: 'statement:' },
  { typename: 'Meeting', list: 'meetings', lookup: 'meeting', prefix: 'meeting:' },
  { typename: 'Agreement', list: 'agreements', lookup: 'agreement', prefix: 'agreement:' },
] as const;

const schema = buildGraphQLSchema();

describe.each(ONTOLOGIES_UNDER_TEST)('over %s', (_name, makeStore) => {
  const api = serveForTests(schema, makeStore);

  test.each(TYPES)('node(id) and $lookup(id) return each $typename listed, with a readable id', async ({ typename, list, lookup, prefix }) => {
    const ids = (await walkList<{ id: string }>(api, list, 'id')).map((n) => n.id);
    expect(ids).toHaveLength(api.store[list].length);

    for (const id of ids) {
      expect(id.startsWith(prefix)).toBe(true);
      const data = await api.data(`query ($id: ID!) { node(id: $id) { __typename id } ${lookup}(id: $id) { id } }`, { id });
      expect(data.node).toEqual({ __typename: typename, id });
      expect(data[lookup]).toEqual({ id });
    }
  });

  test('the seed articles are all there, with their publication dates where the file gives one', async () => {
    const data = await api.data(`{ sources { nodes { id publishedAt wordCount } } }`);

    expect(data.sources.nodes.map((s: any) => s.id)).toEqual([
      'source:000_032f559aabc36aa4',
      'source:001_afd467b4330c55e2',
      'source:002_497e42434e3ba65f',
      'source:003_0b1de31f74846667',
      'source:004_fceb291943609c71',
    ]);
    expect(data.sources.nodes[0].publishedAt).toBe('2025-04-12');
    expect(data.sources.nodes[3].publishedAt).toBe('2025-04-11');
    for (const source of data.sources.nodes) expect(source.wordCount).toBeGreaterThan(300);
  });

  test('an unknown id, or an id of another type, finds nothing', async () => {
    const data = await api.data(`{
      node(id: "actor:nobody-at-all") { id }
      actor(id: "source:000_032f559aabc36aa4") { id }
      source(id: "000_032f559aabc36aa4") { id }
    }`);

    expect(data).toEqual({ node: null, actor: null, source: null });
  });
});
