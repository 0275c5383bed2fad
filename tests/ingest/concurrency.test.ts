import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import type { OntologyStore } from '../../src/ontology/OntologyStore';
import { buildStore } from '../../src/pipeline';
import { tempCorpus } from '../support/tempCorpus';
import { serveForTests, WRITER, type GraphQLResponse } from '../support/testServer';

const ADD = `mutation ($input: ArticleInput!) {
  addArticle(input: $input) { source { id } added { __typename id } counts { sources } }
}`;

const PEOPLE = [
  ['Marco Rubio', 'Rubio', 'Sergei Lavrov', 'Riyadh'],
  ['Keith Kellogg', 'Kellogg', 'Volodymyr Zelensky', 'Kyiv'],
  ['Steve Witkoff', 'Witkoff', 'Kirill Dmitriev', 'Moscow'],
  ['Donald Trump', 'Trump', 'Vladimir Putin', 'Anchorage'],
  ['Dmitry Peskov', 'Peskov', 'Steve Witkoff', 'St Petersburg'],
  ['Volodymyr Zelensky', 'Zelensky', 'Donald Trump', 'Rome'],
  ['Sergei Lavrov', 'Lavrov', 'Marco Rubio', 'Istanbul'],
  ['Kirill Dmitriev', 'Dmitriev', 'Keith Kellogg', 'Geneva'],
];

function article(i: number): { id: string; title: string; publishedAt: string; text: string } {
  const [speaker, surname, other, place] = PEOPLE[i];
  return {
    id: `burst-${i}`,
    title: `${speaker} meets ${other}`,
    publishedAt: `2025-05-${String(10 + i).padStart(2, '0')}`,
    text:
      `${speaker} met ${other} in ${place} on Monday, officials said.\n\n` +
      `"We had a frank and useful conversation about the ceasefire, round ${i}," ${surname} told reporters after the talks.\n`,
  };
}

function snapshot(store: OntologyStore): string {
  return JSON.stringify([store.sources, store.actors, store.statements, store.meetings, store.agreements, store.discrepancies]);
}

const corpus = tempCorpus();
afterAll(() => corpus.remove());
const api = serveForTests(buildGraphQLSchema(), () => LiveOntology.open(corpus.dir), WRITER);

test('concurrent addArticle calls run one at a time: every article lands once, duplicates are refused, nothing is corrupted', async () => {
  const articles = PEOPLE.map((_, i) => article(i));
  const inputs = [
    ...articles,
    { ...article(3), text: `${article(3).text}\nA second article under the same id.` },
    { ...article(5), id: 'burst-5-copy' },
  ];

  // All at once, over HTTP, as ten clients would send them.
  const responses: GraphQLResponse<any>[] = await Promise.all(inputs.map((input) => api.query(ADD, { input })));

  const ok = responses.filter((r) => r.data?.addArticle);
  const refused = responses.filter((r) => r.errors);
  expect(ok).toHaveLength(8);
  expect(refused.map((r) => r.errors![0].extensions?.reason).sort()).toEqual(['DUPLICATE_ID', 'DUPLICATE_TEXT']);
  expect(ok.map((r) => r.data.addArticle.source.id).sort()).toEqual(articles.map((a) => `source:${a.id}`).sort());
  expect(responses.filter((r) => r.data?.addArticle?.source.id === 'source:burst-5-copy')).toEqual([]);

  // One at a time: each addition saw the one before it, so the source counts run 6, 7, ... 13 with no repeat,
  // and each one's diff holds exactly one new source, its own.
  expect(ok.map((r) => r.data.addArticle.counts.sources).sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
  for (const r of ok) {
    const newSources = r.data.addArticle.added.filter((n: any) => n.__typename === 'Source').map((n: any) => n.id);
    expect(newSources).toEqual([r.data.addArticle.source.id]);
  }

  // The corpus folder: one whole file per article, numbered in the order they were merged, no temporary files.
  const files = readdirSync(join(corpus.dir, 'added')).sort();
  expect(files.map((f) => f.slice(0, 8))).toEqual(['00000001', '00000002', '00000003', '00000004', '00000005', '00000006', '00000007', '00000008']);
  const byCount = [...ok].sort((a, b) => a.data.addArticle.counts.sources - b.data.addArticle.counts.sources);
  files.forEach((file, n) => {
    const lines = readFileSync(join(corpus.dir, 'added', file), 'utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const stored = JSON.parse(lines[0]);
    expect(`source:${stored.id}`).toBe(byCount[n].data.addArticle.source.id);
    expect(stored).toEqual({ ...articles.find((a) => a.id === stored.id), addedBy: 'tests' });
  });

  // The live ontology holds all thirteen sources, and a restart from the folder builds exactly the same one.
  expect(api.store.sources).toHaveLength(13);
  expect(snapshot(buildStore(corpus.dir))).toBe(snapshot(api.store));
});
