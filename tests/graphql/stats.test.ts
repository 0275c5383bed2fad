import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { serveForTests, sourcesOf } from '../support/testServer';

const api = serveForTests(buildGraphQLSchema());


test('one request answers counts per type, statements per speaker, reports per source and a coverage matrix', async () => {
  const { store } = api;
  const data = await api.data(`{
    stats {
      counts { sources actors statements meetings agreements discrepancies }
      speakerCount
      statementsPerSpeaker(limit: 500) { speaker { id name } statementCount }
      reportsPerSource { source { id } reportCount actorCount statementCount meetingCount agreementCount }
      coverage(first: 500) { sources { id } rows { statement { id } cells } totalCount }
    }
  }`);
  const { counts, speakerCount, statementsPerSpeaker, reportsPerSource, coverage } = data.stats;

  expect(counts).toEqual({
    sources: 5,
    actors: store.actors.length,
    statements: store.statements.length,
    meetings: store.meetings.length,
    agreements: store.agreements.length,
    discrepancies: store.discrepancies.length,
  });

  // Statements per speaker: every speaker once, most statements first, ties in name order.
  const said = store.actors
    .map((a) => ({ speaker: { id: a.id, name: a.name }, statementCount: store.statementsOfSpeaker(a.id).length }))
    .filter((s) => s.statementCount > 0)
    .sort((a, b) => b.statementCount - a.statementCount || a.speaker.name.localeCompare(b.speaker.name));
  expect(statementsPerSpeaker).toEqual(said);
  expect(speakerCount).toBe(said.length);
  expect(said.reduce((n, s) => n + s.statementCount, 0)).toBe(store.statements.length);

  // Reports per source: every report span of every node, counted where it stands.
  const nodes = [...store.actors, ...store.statements, ...store.meetings, ...store.agreements];
  expect(reportsPerSource).toEqual(
    store.sources.map((s) => ({
      source: { id: s.id },
      reportCount: nodes.flatMap((n) => n.reports).filter((r) => r.sourceId === s.id).length,
      actorCount: store.actors.filter((a) => sourcesOf(a).has(s.id)).length,
      statementCount: store.statements.filter((x) => sourcesOf(x).has(s.id)).length,
      meetingCount: store.meetings.filter((m) => sourcesOf(m).has(s.id)).length,
      agreementCount: store.agreements.filter((g) => sourcesOf(g).has(s.id)).length,
    })),
  );

  // Coverage: one row per statement, one cell per source column, true exactly where the source reports it.
  expect(coverage.totalCount).toBe(store.statements.length);
  expect(coverage.sources.map((s: any) => s.id)).toEqual(store.sources.map((s) => s.id));
  for (const row of coverage.rows) {
    const reportedBy = sourcesOf(store.statement(row.statement.id)!);
    expect(row.cells).toEqual(coverage.sources.map((s: any) => reportedBy.has(s.id)));
  }
});

test('coverage takes the statement filter, ordering and paging; its columns are the sources of the page', async () => {
  const { store } = api;
  const query = `query ($after: String) {
    stats { coverage(first: 2, after: $after, where: { speakerId: "actor:donald-trump" }, orderBy: { field: SOURCE_COUNT, direction: DESC }) {
      sources { id outlet } rows { statement { id speaker { id } sourceCount } cells } totalCount pageInfo { hasNextPage endCursor }
    } }
  }`;
  const first = (await api.data(query)).stats.coverage;
  const second = (await api.data(query, { after: first.pageInfo.endCursor })).stats.coverage;

  const trump = store.statementsOfSpeaker('actor:donald-trump');
  expect(first.totalCount).toBe(trump.length);
  expect(first.rows).toHaveLength(2);
  expect(first.rows[0].statement.sourceCount).toBeGreaterThanOrEqual(first.rows[1].statement.sourceCount);
  expect(second.rows[0].statement.sourceCount).toBeLessThanOrEqual(first.rows[1].statement.sourceCount);
  for (const page of [first, second]) {
    for (const row of page.rows) {
      expect(row.statement.speaker.id).toBe('actor:donald-trump');
      expect(row.cells.filter(Boolean)).toHaveLength(row.statement.sourceCount);
    }
    // Every column reports something in the page.
    page.sources.forEach((_: unknown, j: number) => expect(page.rows.some((row: any) => row.cells[j])).toBe(true));
  }
});

test('the ranked lists are bounded by limit and offset', async () => {
  const data = await api.data(`{ stats { top: statementsPerSpeaker(limit: 2) { statementCount } next: statementsPerSpeaker(limit: 1, offset: 2) { statementCount } all: statementsPerSpeaker(limit: 500) { statementCount } reportsPerSource(limit: 2, offset: 1) { source { id } } } }`);

  expect([...data.stats.top, ...data.stats.next]).toEqual(data.stats.all.slice(0, 3));
  expect(data.stats.reportsPerSource.map((r: any) => r.source.id)).toEqual(api.store.sources.slice(1, 3).map((s) => s.id));
});
