import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { buildStore } from '../../src/pipeline';
import { tempCorpus } from '../support/tempCorpus';
import { startTestServer, type TestServer } from '../support/testServer';

const GOOD = {
  id: 'harbour-0412',
  title: 'Envoy and president meet in St Petersburg',
  outlet: 'Harbour Times',
  url: 'https://example.org/harbour/0412',
  publishedAt: '2025-04-12',
  lang: 'en',
  text: 'US envoy Steve Witkoff met Russian President Vladimir Putin in St Petersburg on Friday.\n\n"The talks were productive," Kremlin spokesman Dmitry Peskov said.\n',
};
const NO_ID = { text: 'Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris on Wednesday.', publishedAt: '2025-04-16' };

const LINES = [
  JSON.stringify(GOOD),
  '{not json',
  JSON.stringify({ title: 'No text at all' }),
  JSON.stringify({ text: 'A body.', publishedAt: '2025-13-01' }),
  '',
  JSON.stringify({ id: '000_032f559aabc36aa4', text: 'Same id as a seed file.' }),
  '[1, 2]',
  JSON.stringify({ text: 'A body.', tags: ['a', 'b'] }),
  JSON.stringify(NO_ID),
];

const corpus = tempCorpus();
let file: string;
beforeAll(() => {
  file = join(corpus.dir, 'wire.jsonl');
  writeFileSync(file, LINES.join('\n') + '\n');
});
afterAll(() => corpus.remove());

test('the loader reads one article per .jsonl line, and reports each bad line by file:line and reason', () => {
  const { articles, errors } = loadCorpus(corpus.dir);

  expect(articles.map((a) => a.id)).toEqual([
    '000_032f559aabc36aa4',
    '001_afd467b4330c55e2',
    '002_497e42434e3ba65f',
    '003_0b1de31f74846667',
    '004_fceb291943609c71',
    'harbour-0412',
    expect.stringMatching(/^2025-04-16_[0-9a-f]{16}$/),
  ]);
  expect(articles[5]).toEqual({
    id: 'harbour-0412',
    origin: `${file}:1`,
    text: GOOD.text,
    title: GOOD.title,
    outlet: 'Harbour Times',
    url: GOOD.url,
    publishedAt: '2025-04-12',
    metadata: { lang: 'en' },
  });
  expect(errors).toEqual([
    { origin: `${file}:2`, reason: expect.stringMatching(/^is not valid JSON/) },
    { origin: `${file}:3`, reason: expect.stringContaining('text must be a string') },
    { origin: `${file}:4`, reason: 'publishedAt must be a calendar date as YYYY-MM-DD' },
    { origin: `${file}:6`, reason: 'duplicate source id "000_032f559aabc36aa4"' },
    { origin: `${file}:7`, reason: 'is not a JSON object' },
    { origin: `${file}:8`, reason: 'field "tags" is not one of text, id, title, outlet, url, publishedAt and does not hold a string' },
  ]);
});

describe('served', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(buildGraphQLSchema(), buildStore(corpus.dir));
  });
  afterAll(() => api?.server.stop());

  test('JSON Lines articles are sources like any other, with their outlet, url and date', async () => {
    const data = await api.data(`{
      sources(where: { outlet: "HARBOUR TIMES" }) { nodes { id title outlet url publishedAt statementCount } }
      meeting(id: "meeting:2025-04-11-steve-witkoff-vladimir-putin") { reports(limit: 500) { source { id } } }
    }`);

    expect(data.sources.nodes).toEqual([
      { id: 'source:harbour-0412', title: GOOD.title, outlet: 'Harbour Times', url: GOOD.url, publishedAt: '2025-04-12', statementCount: expect.any(Number) },
    ]);
    expect(data.meeting.reports.map((r: any) => r.source.id)).toContain('source:harbour-0412');
    expect(api.store.warnings.map((w) => w.origin)).toEqual([2, 3, 4, 6, 7, 8].map((line) => `${file}:${line}`));
  });
});
