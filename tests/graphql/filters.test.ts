import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import type { StatementNode } from '../../src/ontology/types';
import { serveForTests, sourcesOf } from '../support/testServer';

/*
 * `where`, `orderBy` and paging together over the seed corpus, each answer checked against a plain scan of the
 * store, so the indexes are checked against the obvious definition of every filter.
 */

const api = serveForTests(buildGraphQLSchema());

const byId = <T extends { id: string }>(items: readonly T[]) => items.map((i) => i.id);

const ITEM = { sources: 'Source', actors: 'Actor', statements: 'Statement', meetings: 'Meeting', agreements: 'Agreement' };

/** The ids of a whole filtered, ordered top-level list. */
async function ids(list: keyof typeof ITEM, args: Record<string, unknown>): Promise<string[]> {
  const data = await api.data(
    `query ($where: ${ITEM[list]}Where, $orderBy: ${ITEM[list]}Order) {
      ${list}(first: 500, where: $where, orderBy: $orderBy) { totalCount nodes { id } }
    }`,
    args,
  );
  expect(data[list].totalCount).toBe(data[list].nodes.length);
  return data[list].nodes.map((n: { id: string }) => n.id);
}

describe('statements', () => {
  let statements: readonly StatementNode[];
  let speaker: string;
  beforeAll(() => {
    statements = api.store.statements;
    // The speaker with the most statements, so the filter has something to narrow.
    speaker = [...api.store.actors].sort((a, b) => api.store.statementsOfSpeaker(b.id).length - api.store.statementsOfSpeaker(a.id).length)[0].id;
  });

  test.each([
    ['speakerId', () => ({ speakerId: speaker }), (s: StatementNode) => s.speakerId === speaker],
    ['kind', () => ({ kind: 'DIRECT_QUOTE' }), (s: StatementNode) => s.kind === 'DIRECT_QUOTE'],
    ['channel (any case)', () => ({ channel: 'truth SOCIAL' }), (s: StatementNode) => s.channel === 'Truth Social'],
    ['meetingId', () => ({ meetingId: 'meeting:2025-04-11-steve-witkoff-vladimir-putin' }), (s: StatementNode) => s.meetingId === 'meeting:2025-04-11-steve-witkoff-vladimir-putin'],
    ['sourceId', () => ({ sourceId: 'source:003_0b1de31f74846667' }), (s: StatementNode) => sourcesOf(s).has('source:003_0b1de31f74846667')],
    ['aboutId', () => ({ aboutId: 'actor:russia' }), (s: StatementNode) => s.aboutIds.includes('actor:russia')],
    ['minSources', () => ({ minSources: 3 }), (s: StatementNode) => sourcesOf(s).size >= 3],
    ['dateFrom and dateTo', () => ({ dateFrom: '2025-04-11', dateTo: '2025-04-11' }), (s: StatementNode) => s.date === '2025-04-11'],
    ['dateFrom alone', () => ({ dateFrom: '2025-04-12' }), (s: StatementNode) => s.date !== undefined && s.date >= '2025-04-12'],
  ])('where %s keeps exactly the matching statements, in the ontology order', async (_name, where, keep) => {
    const expected = byId(statements.filter(keep));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(statements.length);
    expect(await ids('statements', { where: where() })).toEqual(expected);
  });

  test('textContains ignores case, accents and quote style: straight quotes find curly ones', async () => {
    const curly = statements.find((s) => s.text.includes('wouldn’t have happened'))!;
    expect(curly).toBeDefined();

    expect(await ids('statements', { where: { textContains: "WOULDN'T HAVE happened" } })).toEqual([curly.id]);
    expect(await ids('statements', { where: { textContains: 'wouldn"t have happened' } })).toEqual([curly.id]);
    expect(await ids('statements', { where: { textContains: 'no such words anywhere' } })).toEqual([]);
  });

  test('fields combine with AND, and orderBy orders what the filter keeps', async () => {
    const expected = statements
      .filter((s) => sourcesOf(s).size >= 2 && s.kind === 'PARAPHRASE')
      .map((s, position) => ({ s, position }))
      .sort((a, b) => sourcesOf(b.s).size - sourcesOf(a.s).size || a.position - b.position)
      .map(({ s }) => s.id);
    expect(expected.length).toBeGreaterThan(1);

    const got = await ids('statements', { where: { minSources: 2, kind: 'PARAPHRASE' }, orderBy: { field: 'SOURCE_COUNT', direction: 'DESC' } });

    expect(got).toEqual(expected);
  });

  test('orderBy DATE puts undated statements last in both directions; ties keep the ontology order', async () => {
    const order = (direction: number) =>
      statements
        .map((s, position) => ({ s, position }))
        .sort((a, b) => {
          if (a.s.date === undefined || b.s.date === undefined) return (a.s.date === undefined ? 1 : 0) - (b.s.date === undefined ? 1 : 0) || a.position - b.position;
          return direction * a.s.date.localeCompare(b.s.date) || a.position - b.position;
        })
        .map(({ s }) => s.id);

    expect(await ids('statements', { orderBy: { field: 'DATE', direction: 'ASC' } })).toEqual(order(1));
    expect(await ids('statements', { orderBy: { field: 'DATE', direction: 'DESC' } })).toEqual(order(-1));
  });

  test('pages of a filtered, ordered list walk it exactly once, with the filtered totalCount on every page', async () => {
    const variables = { where: { minSources: 2 }, orderBy: { field: 'SOURCE_COUNT', direction: 'DESC' } };
    const whole = await ids('statements', variables);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await api.data(
          `query ($where: StatementWhere, $orderBy: StatementOrder, $after: String) {
            statements(first: 3, after: $after, where: $where, orderBy: $orderBy) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
          }`,
          { ...variables, after },
        )
      ).statements;
      expect(page.totalCount).toBe(whole.length);
      walked.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole);
  });

  test('a cursor of a statement the filter leaves out resumes right after its place in the ordering', async () => {
    const all = byId(statements);
    const corroborated = statements.filter((s) => sourcesOf(s).size >= 2).map((s) => s.id);
    const outsider = all.findIndex((id) => !corroborated.includes(id) && all.indexOf(id) > all.indexOf(corroborated[0]));
    const cursor = Buffer.from(all[outsider]).toString('base64url');

    const data = await api.data(`query ($after: String) { statements(first: 500, after: $after, where: { minSources: 2 }) { nodes { id } } }`, { after: cursor });

    expect(data.statements.nodes.map((n: { id: string }) => n.id)).toEqual(corroborated.filter((id) => all.indexOf(id) > outsider));
  });
});

describe('actors, meetings, agreements, sources and discrepancies', () => {
  test('actors: kind, nameContains (names and aliases, any case or accent), hasStatements, sourceId', async () => {
    const { store } = api;
    expect(await ids('actors', { where: { kind: 'COUNTRY' } })).toEqual(byId(store.actors.filter((a) => a.kind === 'COUNTRY')));
    expect(await ids('actors', { where: { nameContains: 'KIEV' } })).toEqual(['actor:ukraine']);
    expect(await ids('actors', { where: { nameContains: 'pútin' } })).toEqual(['actor:vladimir-putin']);
    expect(await ids('actors', { where: { hasStatements: true } })).toEqual(byId(store.actors.filter((a) => store.statementsOfSpeaker(a.id).length > 0)));
    expect(await ids('actors', { where: { hasStatements: false } })).toEqual(byId(store.actors.filter((a) => store.statementsOfSpeaker(a.id).length === 0)));
    expect(await ids('actors', { where: { sourceId: 'source:004_fceb291943609c71', kind: 'PERSON' } })).toEqual(
      byId(store.actors.filter((a) => a.kind === 'PERSON' && sourcesOf(a).has('source:004_fceb291943609c71'))),
    );
  });

  test('actors: orderBy NAME, STATEMENT_COUNT and SOURCE_COUNT', async () => {
    const { store } = api;
    const names = (await api.data(`{ actors(first: 500, orderBy: { field: NAME, direction: DESC }) { nodes { name } } }`)).actors.nodes.map((n: any) => n.name);
    expect(names).toEqual([...names].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));

    const counts = (await api.data(`{ actors(first: 500, orderBy: { field: STATEMENT_COUNT, direction: DESC }) { nodes { statementCount } } }`)).actors.nodes.map((n: any) => n.statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...store.actors.map((a) => store.statementsOfSpeaker(a.id).length)));

    const top = await ids('actors', { orderBy: { field: 'SOURCE_COUNT', direction: 'DESC' } });
    expect(sourcesOf(store.actor(top[0])!).size).toBe(Math.max(...store.actors.map((a) => sourcesOf(a).size)));
  });

  test('meetings: participantId, place (any case), dates; agreements: status, partyId', async () => {
    const { store } = api;
    expect(await ids('meetings', { where: { participantId: 'actor:vladimir-putin' } })).toEqual(['meeting:2025-04-11-steve-witkoff-vladimir-putin']);
    expect(await ids('meetings', { where: { place: 'st petersburg' } })).toEqual(['meeting:2025-04-11-steve-witkoff-vladimir-putin']);
    expect(await ids('meetings', { where: { dateFrom: '2025-04-11', dateTo: '2025-04-11' } })).toEqual(byId(store.meetings));
    expect(await ids('meetings', { where: { dateTo: '2025-04-10' } })).toEqual([]);

    expect(await ids('agreements', { where: { status: 'CONDITIONAL' } })).toEqual(byId(store.agreements.filter((g) => g.status === 'CONDITIONAL')));
    expect(await ids('agreements', { where: { partyId: 'actor:united-states', dateFrom: '2025-01-01' } })).toEqual(
      byId(store.agreements.filter((g) => g.partyIds.includes('actor:united-states') && g.date !== undefined)),
    );
  });

  test('sources: publishedFrom/publishedTo, ordered by WORD_COUNT', async () => {
    expect(await ids('sources', { where: { publishedFrom: '2025-04-12' } })).toEqual(['source:000_032f559aabc36aa4']);
    expect(await ids('sources', { where: { publishedFrom: '2025-04-11', publishedTo: '2025-04-11' } })).toEqual(['source:003_0b1de31f74846667']);
    const words = (await api.data(`{ sources(orderBy: { field: WORD_COUNT, direction: ASC }) { nodes { wordCount } } }`)).sources.nodes.map((n: any) => n.wordCount);
    expect(words).toEqual([...words].sort((a, b) => a - b));
  });

  test('discrepancies: subjectId, kind, field', async () => {
    const { store } = api;
    const found = async (where: object) =>
      (await api.data(`query ($where: DiscrepancyWhere) { discrepancies(where: $where) { nodes { field subject { id } } } }`, { where })).discrepancies.nodes;
    const d = store.discrepancies[0];

    expect(await found({ subjectId: d.subjectId, field: d.field })).toEqual([{ field: d.field, subject: { id: d.subjectId } }]);
    expect(await found({ kind: 'CONFLICT' })).toEqual(store.discrepancies.filter((x) => x.kind === 'CONFLICT').map((x) => ({ field: x.field, subject: { id: x.subjectId } })));
  });
});

describe('bad filter values are BAD_USER_INPUT errors that name the field', () => {
  test.each([
    ['statements', 'StatementWhere', { speakerId: 'vladimir-putin' }, 'where.speakerId must be an actor id such as "actor:vladimir-putin"'],
    ['statements', 'StatementWhere', { sourceId: 'actor:russia' }, 'where.sourceId must be a source id'],
    ['statements', 'StatementWhere', { minSources: 0 }, 'where.minSources must not be less than 1'],
    ['statements', 'StatementWhere', { dateFrom: '2025-04-12', dateTo: '2025-04-11' }, 'where.dateTo must not be before dateFrom'],
    ['statements', 'StatementWhere', { textContains: '   ' }, 'where.textContains must not be blank'],
    ['statements', 'StatementWhere', { textContains: 'x'.repeat(201) }, 'where.textContains must be shorter than or equal to 200 characters'],
    ['actors', 'ActorWhere', { nameContains: '' }, 'where.nameContains must not be blank'],
    ['meetings', 'MeetingWhere', { participantId: 'putin' }, 'where.participantId must be an actor id'],
    ['sources', 'SourceWhere', { publishedFrom: '2025-05-01', publishedTo: '2025-04-01' }, 'where.publishedTo must not be before publishedFrom'],
    ['discrepancies', 'DiscrepancyWhere', { subjectId: 'nothing' }, 'where.subjectId must be a node id'],
  ])('%s where %j', async (list, type, where, message) => {
    const response = await api.query(`query ($where: ${type}) { ${list}(where: $where) { totalCount } }`, { where });

    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(message);
    expect(response.errors?.[0].extensions?.validationErrors).toEqual([expect.objectContaining({ argument: message.split(' ')[0] })]);
  });

  test('a date that is not a calendar day names the field', async () => {
    const response = await api.query(`query ($where: MeetingWhere) { meetings(where: $where) { totalCount } }`, { where: { dateFrom: '2025-02-30' } });

    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/at "where\.dateFrom"; Date must be a calendar date as YYYY-MM-DD/);
  });

  test('an order without a direction, or by a field of another type, is refused before anything runs', async () => {
    const noDirection = await api.query(`{ statements(orderBy: { field: DATE }) { totalCount } }`);
    const wrongField = await api.query(`{ statements(orderBy: { field: NAME, direction: ASC }) { totalCount } }`);

    expect(noDirection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(noDirection.errors?.[0].message).toMatch(/direction.*required/);
    expect(wrongField.errors?.[0].message).toMatch(/Value "NAME" does not exist in "StatementOrderField" enum/);
  });

  test('null filter fields are ignored, like absent ones', async () => {
    expect(await ids('statements', { where: { speakerId: null, minSources: null }, orderBy: null })).toEqual(byId(api.store.statements));
  });
});

describe('lists inside a node are bounded by limit/offset, with their size beside them', () => {
  test('Actor.statements and reports, Source.statements: slices of the full lists, with counts', async () => {
    const { store } = api;
    const speaker = [...store.actors].sort((a, b) => store.statementsOfSpeaker(b.id).length - store.statementsOfSpeaker(a.id).length)[0];
    const data = await api.data(
      `query ($id: ID!, $source: ID!) {
        actor(id: $id) { statementCount statements(limit: 2, offset: 1) { id } reportCount reports(limit: 3) { start } firstOnes: statements { id } }
        source(id: $source) { statementCount statements(limit: 1) { id } }
      }`,
      { id: speaker.id, source: 'source:000_032f559aabc36aa4' },
    );

    const said = byId(store.statementsOfSpeaker(speaker.id));
    expect(said.length).toBeGreaterThan(3);
    expect(data.actor.statementCount).toBe(said.length);
    expect(byId(data.actor.statements)).toEqual(said.slice(1, 3));
    expect(byId(data.actor.firstOnes)).toEqual(said.slice(0, 50));
    expect(data.actor.reportCount).toBe(speaker.reports.length);
    expect(data.actor.reports.map((r: any) => r.start)).toEqual(speaker.reports.slice(0, 3).map((r) => r.start));
    expect(data.source.statementCount).toBe(store.statementsInSource('source:000_032f559aabc36aa4').length);
    expect(byId(data.source.statements)).toEqual(byId(store.statementsInSource('source:000_032f559aabc36aa4')).slice(0, 1));
  });

  test('without limit a nested list stops at 50: Russia has more reports than that', async () => {
    const russia = api.store.actor('actor:russia')!;
    expect(russia.reports.length).toBeGreaterThan(50);

    const data = await api.data(`{ actor(id: "actor:russia") { reportCount reports { start } all: reports(limit: 500) { start } } }`);

    expect(data.actor.reports).toHaveLength(50);
    expect(data.actor.all).toHaveLength(russia.reports.length);
    expect(data.actor.reportCount).toBe(russia.reports.length);
  });

  test.each([
    ['limit: 501', 'must not be greater than 500'],
    ['limit: -1', 'must not be less than 0'],
    ['offset: -5', 'must not be less than 0'],
  ])('%s is refused as BAD_USER_INPUT', async (arg, problem) => {
    const response = await api.query(`{ actor(id: "actor:russia") { statements(${arg}) { id } } }`);

    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(`${arg.split(':')[0]} ${problem}`);
  });
});

test('ids from one answer go straight back into filters as ID! variables, as Relay and typed clients hold them', async () => {
  const { meeting } = await api.data(`{ meeting(id: "meeting:2025-04-11-steve-witkoff-vladimir-putin") { id participants { id } reports(limit: 1) { source { id } } } }`);
  const [speaker] = meeting.participants.map((p: { id: string }) => p.id);
  const source = meeting.reports[0].source.id;

  const data = await api.data(
    `query ($meeting: ID!, $speaker: ID!, $source: ID!) {
      statements(where: { meetingId: $meeting, sourceId: $source }) { totalCount }
      meetings(where: { participantId: $speaker, sourceId: $source }) { nodes { id } }
      discrepancies(where: { subjectId: $meeting }) { totalCount }
    }`,
    { meeting: meeting.id, speaker, source },
  );

  expect(data.meetings.nodes.map((m: { id: string }) => m.id)).toContain(meeting.id);
  expect(data.statements.totalCount).toBe(api.store.statements.filter((s) => s.meetingId === meeting.id && s.reports.some((r) => r.sourceId === source)).length);
  expect(data.discrepancies.totalCount).toBe(api.store.discrepancies.filter((d) => d.subjectId === meeting.id).length);
});
