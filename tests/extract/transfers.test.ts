import { extractArticle } from '../../src/extract/extractArticle';
import { extractOne } from '../support/oneArticle';

/** A move between two bodies with a fee or deal is a transfer agreement between them, organisations both. */
function transfersOf(text: string) {
  const e = extractArticle({ id: 'one', origin: 'one', text: `Officials spoke on Monday. ${text}`, publishedAt: '2025-04-12', metadata: {} });
  const actor = (key: string) => e.actors.find((a) => a.key === key);
  return e.agreements.filter((a) => a.kind === 'transfer').map((a) => a.partyKeys.map((k) => `${actor(k)?.name}:${actor(k)?.kind}`).sort());
}

test.each([
  ['Tomas Lindqvist joins Harbour Rovers from Westfield Athletic in a deal worth up to £40 million.'],
  ['Tomas Lindqvist has signed for Harbour Rovers from Westfield Athletic for a fee of £40 million.'],
  ['Harbour Rovers have completed the signing of Tomas Lindqvist from Westfield Athletic for a club-record fee.'],
])('"%s" is a transfer between the two clubs', (text) => {
  expect(transfersOf(text)).toEqual([['Harbour Rovers:ORGANIZATION', 'Westfield Athletic:ORGANIZATION']]);
});

test.each([
  ['Tomas Lindqvist joined Carla Mendez from the start of the meeting.'],
  ['Tomas Lindqvist joined Harbour Rovers from Westfield Athletic last year.'],
])('"%s" is no transfer agreement', (text) => {
  expect(transfersOf(text)).toEqual([]);
});

test('every mention of a club is exact', () => {
  const text = 'Officials spoke on Monday. Tomas Lindqvist joins Harbour Rovers from Westfield Athletic in a deal worth £4 million.';
  const e = extractOne(text);
  for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  expect(e.mentions.map((m) => m.surface)).toEqual(expect.arrayContaining(['Harbour Rovers', 'Westfield Athletic']));
});

test('a titled person is no club', () => {
  expect(transfersOf('Tomas Lindqvist joined President Carla Mendez from the capital in a deal worth £4 million.')).toEqual([]);
});
