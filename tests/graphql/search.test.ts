import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { serveForTests } from '../support/testServer';

const api = serveForTests(buildGraphQLSchema());

interface Hit {
  node: { __typename: string; id: string };
  score: number;
  field: string;
  snippet: string;
  terms: string[];
}

async function search(text: string, extra = ''): Promise<Hit[]> {
  return (await api.data(`query ($text: String!) { search(text: $text${extra}) { node { __typename id } score field snippet terms } }`, { text })).search;
}

test('a name finds the actor first, ranked above the statements and sources that mention it', async () => {
  const hits = await search('Witkoff', ', first: 20');

  expect(hits[0]).toEqual({ node: { __typename: 'Actor', id: 'actor:steve-witkoff' }, score: expect.any(Number), field: 'name', snippet: 'Steve Witkoff', terms: ['witkoff'] });
  expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  expect(new Set(hits.map((h) => h.node.__typename))).toEqual(new Set(['Actor', 'Meeting', 'Statement', 'Agreement', 'Source']));
  for (const hit of hits) expect(hit.snippet.toLowerCase()).toContain('witkoff');
});

test('aliases, accents, typos and the start of a last word all find their node', async () => {
  expect((await search('Kiev'))[0]).toMatchObject({ node: { id: 'actor:ukraine' }, field: 'aliases' });
  expect((await search('ZELENSKÝ'))[0]).toMatchObject({ node: { id: 'actor:volodymyr-zelensky' }, field: 'name' });
  expect((await search('Zelenksy'))[0]).toMatchObject({ node: { id: 'actor:volodymyr-zelensky' } });
  const petersburg = await search('petersb', ', types: [MEETING]');
  expect(petersburg.map((h) => h.node.id)).toEqual(['meeting:2025-04-11-steve-witkoff-vladimir-putin']);
  expect(petersburg[0]).toMatchObject({ field: 'place', snippet: 'St Petersburg', terms: ['petersburg'] });
});

test('statement text is searched, with the matching passage as the snippet', async () => {
  const hits = await search('senseless war', ', types: [STATEMENT]');
  // The post's sentence about the war, as the outlets that quote it tell it.
  const senseless = api.store.statements.filter((s) => /senseless war/i.test(s.text)).map((s) => s.id);

  expect(senseless.length).toBeGreaterThan(0);
  expect(hits.map((h) => h.node.id)).toEqual(expect.arrayContaining(senseless));
  for (const hit of hits) {
    expect(hit.node.__typename).toBe('Statement');
    expect(hit.snippet.toLowerCase()).toMatch(/senseless|war/);
  }
});

test('a hit in a long article text is cut around the first match, with … where it was cut', async () => {
  const [hit] = await search('Grand Hotel Europe', ', types: [SOURCE], first: 1');
  const text = api.store.source(hit.node.id)!.text;

  expect(hit.field).toBe('text');
  expect(hit.snippet).toMatch(/^….*Grand Hotel Europe.*…$/);
  expect(hit.snippet.length).toBeLessThan(200);
  expect(text.replace(/\s+/g, ' ')).toContain(hit.snippet.slice(1, -1));
});

test('first bounds the hits; words found nowhere give no hits', async () => {
  expect(await search('Putin', ', first: 3')).toHaveLength(3);
  expect(await search('xylophone zeppelin')).toEqual([]);
});

test.each([
  ['text: "  "', 'text must not be blank'],
  ['text: "Putin", first: 0', 'first must not be less than 1'],
  ['text: "Putin", first: 101', 'first must not be greater than 100'],
])('search(%s) is refused as BAD_USER_INPUT', async (args, message) => {
  const response = await api.query(`{ search(${args}) { score } }`);

  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toContain(message);
});
