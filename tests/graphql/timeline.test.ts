import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { serveForTests } from '../support/testServer';

const api = serveForTests(buildGraphQLSchema());

const ENTRY = `date kind node { __typename ... on Meeting { id title } ... on Agreement { id status } ... on Statement { id text } }`;
const KIND_RANK: Record<string, number> = { MEETING: 0, AGREEMENT: 1, STATEMENT: 2 };

test('every dated meeting, agreement and statement, by date; on one day meetings, then agreements, then statements', async () => {
  const { store } = api;
  const entries = (await api.data(`{ timeline(limit: 500) { ${ENTRY} } }`)).timeline;

  const dated = [...store.meetings, ...store.agreements, ...store.statements].filter((n) => n.date !== undefined);
  expect(entries.map((e: any) => e.node.id).sort()).toEqual(dated.map((n) => n.id).sort());
  for (const e of entries) expect(e.date).toBe((store.node(e.node.id) as { date?: string }).date);
  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [entries[i - 1], entries[i]];
    expect(a.date < b.date || (a.date === b.date && KIND_RANK[a.kind] <= KIND_RANK[b.kind])).toBe(true);
  }
  expect(entries.find((e: any) => e.kind === 'MEETING' && e.node.title === 'Steve Witkoff – Vladimir Putin meeting')?.date).toBe('2025-04-11');
});

test('from and to are inclusive bounds; kinds and limit narrow it further', async () => {
  const all = (await api.data(`{ timeline(limit: 500) { date kind } }`)).timeline;
  const day = (await api.data(`{ timeline(from: "2025-04-11", to: "2025-04-11", limit: 500) { date kind } }`)).timeline;
  const meetings = (await api.data(`{ timeline(from: "2025-04-11", kinds: [MEETING]) { ${ENTRY} } }`)).timeline;
  const firstTwo = (await api.data(`{ timeline(limit: 2) { date kind } }`)).timeline;

  expect(day).toEqual(all.filter((e: any) => e.date === '2025-04-11'));
  expect(day.length).toBeGreaterThan(2);
  expect(meetings.map((e: any) => e.node.__typename)).toEqual(api.store.meetings.map(() => 'Meeting'));
  expect(firstTwo).toEqual(all.slice(0, 2));
  expect((await api.data(`{ timeline(to: "2025-04-09") { date } }`)).timeline).toEqual([]);
});

test.each([
  ['from: "2025-04-12", to: "2025-04-11"', 'BAD_USER_INPUT', /to must not be before from/],
  ['limit: 501', 'BAD_USER_INPUT', /limit must not be greater than 500/],
])('timeline(%s) is refused', async (args, code, message) => {
  const response = await api.query(`{ timeline(${args}) { date } }`);

  expect(response.errors?.[0].extensions?.code).toBe(code);
  expect(response.errors?.[0].message).toMatch(message);
});

test('a date that is not a calendar day is refused, naming the argument', async () => {
  const response = await api.query(`query ($from: Date) { timeline(from: $from) { date } }`, { from: '2025-13-01' });

  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/\$from.*Date must be a calendar date/);
});
