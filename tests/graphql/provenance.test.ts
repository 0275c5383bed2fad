import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { ONTOLOGIES_UNDER_TEST } from '../support/handBuiltOntology';
import { startTestServer, type TestServer } from '../support/testServer';
import { walkList } from '../support/walkList';

interface ReportJson {
  excerpt: string;
  start: number;
  end: number;
  source: { id: string };
}

const REPORT = 'excerpt start end source { id }';
const schema = buildGraphQLSchema();

describe.each(ONTOLOGIES_UNDER_TEST)('over %s', (_name, makeStore) => {
  let api: TestServer;
  let textOf: Map<string, string>;
  beforeAll(async () => {
    api = await startTestServer(schema, makeStore());
    const sources = await walkList<{ id: string; text: string }>(api, 'sources', 'id text');
    textOf = new Map(sources.map((s) => [s.id, s.text]));
  });
  afterAll(() => api?.server.stop());

  function expectExact(reports: ReportJson[]): void {
    for (const r of reports) {
      expect({ id: r.source.id, slice: textOf.get(r.source.id)?.slice(r.start, r.end) }).toEqual({ id: r.source.id, slice: r.excerpt });
    }
  }

  test.each(['actors', 'statements', 'meetings', 'agreements'] as const)(
    'every report of %s quotes its source exactly at its offsets',
    async (list) => {
      const nodes = await walkList<{ id: string; reports: ReportJson[] }>(api, list, `id reports { ${REPORT} }`);
      expect(nodes).toHaveLength(api.store[list].length);
      for (const node of nodes) {
        expect(node.reports.length).toBeGreaterThan(0);
        expectExact(node.reports);
      }
    },
  );

  test.each(['statements', 'meetings', 'agreements'] as const)('sourceCount of %s counts distinct sources', async (list) => {
    const nodes = await walkList<{ sourceCount: number; reports: ReportJson[] }>(api, list, `sourceCount reports { ${REPORT} }`);
    for (const node of nodes) expect(node.sourceCount).toBe(new Set(node.reports.map((r) => r.source.id)).size);
  });

  test('every reported value of a discrepancy quotes its source exactly', async () => {
    const discrepancies = await walkList<{ values: { reports: ReportJson[] }[] }>(api, 'discrepancies', `values { reports { ${REPORT} } }`);
    expect(discrepancies).toHaveLength(api.store.discrepancies.length);
    for (const d of discrepancies) {
      expect(d.values.length).toBeGreaterThanOrEqual(2);
      for (const v of d.values) expectExact(v.reports);
    }
  });
});
