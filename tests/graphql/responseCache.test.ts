import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import { tempCorpus } from '../support/tempCorpus';
import { startTestServer, WRITE_SECRET, WRITER, type TestServer } from '../support/testServer';

const schema = buildGraphQLSchema();
const WIRE = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'ingest', 'witkoff-putin-wire.json'), 'utf8'));
const ADD = `mutation ($input: ArticleInput!) { addArticle(input: $input) { source { id } } }`;
const MEETING = `{ meeting(id: "meeting:2025-04-11-steve-witkoff-vladimir-putin") { sourceCount reports(limit: 500) { source { id } } } stats { counts { sources } } }`;

/** POSTs (with `token` when given) and returns the body with the cache's verdict. */
async function post(api: TestServer, body: object, token?: string): Promise<{ cache: string | null; json: any; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) };
  const response = await fetch(api.server.url, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  return { cache: response.headers.get('x-response-cache'), json: JSON.parse(text), text };
}

describe('the whole-response cache over HTTP', () => {
  const corpus = tempCorpus();
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(schema, LiveOntology.open(corpus.dir), WRITER);
  });
  afterAll(async () => {
    await api.server.stop();
    corpus.remove();
  });

  test('a repeated query is answered from the cache with the same bytes, whatever its spacing', async () => {
    const first = await post(api, { query: MEETING });
    const second = await post(api, { query: MEETING });
    const respaced = await post(api, { query: `\n  # the same question\n  ${MEETING.replace(/ /g, '   ')}` });
    expect([first.cache, second.cache, respaced.cache]).toEqual(['MISS', 'HIT', 'HIT']);
    expect(second.text).toBe(first.text);
    expect(respaced.text).toBe(first.text);
    // Different variables or operation name are different entries.
    const withName = await post(api, { query: `query Q ${MEETING}`, operationName: 'Q' });
    expect(withName.cache).toBe('MISS');
  });

  test('a cached answer changes after addArticle: the new ontology version is not answered from the old', async () => {
    const before = await post(api, { query: MEETING });
    expect(before.cache).toBe('HIT');
    const added = await post(api, { query: ADD, variables: { input: WIRE } }, WRITE_SECRET);
    expect(added.json.errors).toBeUndefined();
    expect(added.cache).toBeNull(); // mutations never go through the cache
    const after = await post(api, { query: MEETING });
    expect(after.cache).toBe('MISS');
    expect(after.json.data.stats.counts.sources).toBe(before.json.data.stats.counts.sources + 1);
    expect(after.json.data.meeting.sourceCount).toBe(before.json.data.meeting.sourceCount + 1);
    expect(after.json.data.meeting.reports.map((r: any) => r.source.id)).toContain('source:wire-2025-04-12-witkoff');
    expect((await post(api, { query: MEETING })).cache).toBe('HIT');
  });

  test('errors are never cached', async () => {
    const query = `{ stats { counts { sources } } statements(after: "bogus") { totalCount } }`;
    const first = await post(api, { query });
    const second = await post(api, { query });
    expect(first.json.errors).toBeDefined();
    expect([first.cache, second.cache]).toEqual(['MISS', 'MISS']);
  });

  test('who added an article is never served from the cache to a request without a token, nor the other way round', async () => {
    const ADDED_BY = `{ source(id: "source:wire-2025-04-12-witkoff") { id addedBy } }`;
    const anonymous = await post(api, { query: ADDED_BY });
    const writer = await post(api, { query: ADDED_BY }, WRITE_SECRET);
    const anonymousAgain = await post(api, { query: ADDED_BY });
    const writerAgain = await post(api, { query: ADDED_BY }, WRITE_SECRET);

    expect([anonymous.cache, writer.cache, anonymousAgain.cache, writerAgain.cache]).toEqual(['MISS', 'MISS', 'HIT', 'HIT']);
    expect(anonymous.json.data.source).toEqual({ id: 'source:wire-2025-04-12-witkoff', addedBy: null });
    expect(anonymousAgain.text).toBe(anonymous.text);
    expect(writer.json.data.source).toEqual({ id: 'source:wire-2025-04-12-witkoff', addedBy: 'tests' });
    expect(writerAgain.text).toBe(writer.text);
  });

  test('a mutation is never answered from the cache', async () => {
    const again = await post(api, { query: ADD, variables: { input: WIRE } }, WRITE_SECRET);
    expect(again.cache).toBeNull();
    expect(again.json.errors?.[0].extensions?.reason).toBe('DUPLICATE_ID');
  });
});
