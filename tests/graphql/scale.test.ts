import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCorpus } from '../../src/bench/syntheticCorpus';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import type { OntologyStore } from '../../src/ontology/OntologyStore';
import { buildStore } from '../../src/pipeline';
import { SEEDS_DIR, startTestServer, type TestServer } from '../support/testServer';

/*
 * A generated corpus of 1,000 articles (bench/syntheticCorpus.ts) through the real pipeline, served over HTTP.
 * The assertions are about how the answer is found, not how long it takes: every full list of the store is
 * wrapped to count the items read, and a nested question must read no more than the page it returns,
 * whatever the size of the corpus. Timings are in `npm run bench`.
 */

const LISTS = ['sources', 'actors', 'statements', 'meetings', 'agreements', 'discrepancies'] as const;
type Reads = Record<(typeof LISTS)[number], number>;

/** Replaces each top-level list of `store` by a view that counts the items read from it. */
function countReads(store: OntologyStore): { reads: Reads; reset(): void } {
  const reads = Object.fromEntries(LISTS.map((l) => [l, 0])) as Reads;
  for (const list of LISTS) {
    const items = store[list];
    const counted = new Proxy(items, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads[list]++;
        return Reflect.get(target, property, receiver);
      },
    });
    Object.defineProperty(store, list, { value: counted });
  }
  return { reads, reset: () => LISTS.forEach((l) => (reads[l] = 0)) };
}

const NESTED = `query ($first: Int, $where: MeetingWhere, $orderBy: MeetingOrder, $after: String) {
  meetings(first: $first, where: $where, orderBy: $orderBy, after: $after) {
    totalCount
    nodes { id title date place participants { id name statementCount statements(limit: 5) { text kind sourceCount reports(limit: 3) { source { id outlet } excerpt } } } }
    pageInfo { endCursor }
  }
}`;

const schema = buildGraphQLSchema();

describe('a 1,000-article generated corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
  let api: TestServer;
  let counter: ReturnType<typeof countReads>;
  beforeAll(async () => {
    writeSyntheticCorpus(dir, 1000);
    const store = buildStore(dir);
    counter = countReads(store);
    // Without the response cache: these tests count what executing the query reads.
    api = await startTestServer(schema, store, { responseCache: false });
  }, 120_000);
  afterAll(async () => {
    await api?.server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('loads through the bulk .jsonl path and merges into a many-source ontology', () => {
    const { store } = api;
    expect(store.sources).toHaveLength(1000);
    expect(store.warnings).toEqual([]);
    expect(store.meetings.length).toBeGreaterThanOrEqual(200);
    expect(store.statements.length).toBeGreaterThanOrEqual(400);
    expect(Math.max(...store.statements.map((s) => new Set(s.reports.map((r) => r.sourceId)).size))).toBeGreaterThanOrEqual(4);
  });

  test('the nested meeting question reads only the meetings of its page, and no statement, actor or source list', async () => {
    await api.data(NESTED, { first: 10 }); // the first request builds the orderings, once for this ontology version
    counter.reset();

    const data = await api.data(NESTED, { first: 10 });

    expect(counter.reads).toEqual({ sources: 0, actors: 0, statements: 0, meetings: 10, agreements: 0, discrepancies: 0 });
    // And the answer is the one a scan of the whole store gives.
    const { store } = api;
    expect(data.meetings.totalCount).toBe(store.meetings.length);
    data.meetings.nodes.forEach((meeting: any, i: number) => {
      const stored = store.meetings[i];
      expect(meeting.id).toBe(stored.id);
      meeting.participants.forEach((p: any, j: number) => {
        const said = store.statementsOfSpeaker(stored.participantIds[j]);
        expect(p.statementCount).toBe(said.length);
        expect(p.statements.map((s: any) => s.text)).toEqual(said.slice(0, 5).map((s) => s.text));
        p.statements.forEach((s: any, k: number) => {
          expect(s.reports.map((r: any) => r.excerpt)).toEqual(said[k].reports.slice(0, 3).map((r) => r.excerpt));
        });
      });
    });
  });

  test('filtered, ordered and resumed from a cursor, it reads none of the full lists', async () => {
    const { store } = api;
    const busiest = [...store.actors].sort((a, b) => store.meetingsOfParticipant(b.id).length - store.meetingsOfParticipant(a.id).length)[0];
    const variables = { first: 5, where: { participantId: busiest.id, dateFrom: '2025-03-01' }, orderBy: { field: 'DATE', direction: 'DESC' } };
    const firstPage = await api.data(NESTED, variables);
    counter.reset();

    const next = await api.data(NESTED, { ...variables, after: firstPage.meetings.pageInfo.endCursor });

    expect(counter.reads).toEqual({ sources: 0, actors: 0, statements: 0, meetings: 0, agreements: 0, discrepancies: 0 });
    const expected = store.meetings
      .filter((m) => m.participantIds.includes(busiest.id) && m.date! >= '2025-03-01')
      .sort((a, b) => b.date!.localeCompare(a.date!) || store.meetings.indexOf(a) - store.meetings.indexOf(b));
    expect(next.meetings.totalCount).toBe(expected.length);
    expect(next.meetings.nodes.map((m: any) => m.id)).toEqual(expected.slice(5, 10).map((m) => m.id));
  });

  test('an actor dashboard (every speaker, counts, first statements) reads no statement list', async () => {
    await api.data(`{ actors(first: 1, orderBy: { field: STATEMENT_COUNT, direction: DESC }) { totalCount } }`);
    counter.reset();

    const data = await api.data(`{
      actors(first: 100, where: { hasStatements: true }, orderBy: { field: STATEMENT_COUNT, direction: DESC }) {
        totalCount nodes { name statementCount reportCount statements(limit: 3) { sourceCount } meetings(limit: 3) { id } }
      }
      stats { counts { statements } statementsPerSpeaker(limit: 5) { statementCount } }
    }`);

    expect(counter.reads.statements).toBe(0);
    expect(counter.reads.meetings).toBe(0);
    const counts = data.actors.nodes.map((a: any) => a.statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(data.stats.statementsPerSpeaker.map((s: any) => s.statementCount)).toEqual(counts.slice(0, 5));
  });
});

test('the same nested question reads the same on the five seed articles: the work follows the page, not the corpus', async () => {
  const store = buildStore(SEEDS_DIR);
  const counter = countReads(store);
  const api = await startTestServer(schema, store, { responseCache: false });
  try {
    await api.data(NESTED, { first: 10 });
    counter.reset();
    await api.data(NESTED, { first: 10 });
    expect(counter.reads).toEqual({ sources: 0, actors: 0, statements: 0, meetings: store.meetings.length, agreements: 0, discrepancies: 0 });
  } finally {
    await api.server.stop();
  }
});
