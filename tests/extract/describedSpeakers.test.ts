import { extractArticle } from '../../src/extract/extractArticle';
import { quoteSpeakers } from '../support/oneArticle';

/** Institutions and groups speaking through a description ("the junta said"), in invented sentences. */

test('"the junta" refers back to the organisation an apposition introduced as a junta', () => {
  const text = 'The Tarsin Defence Council, the junta that seized power in May, closed the border.\n\nAid arrived on Friday.\n\nThe junta said: "Relief comes first."';
  expect(quoteSpeakers(text)).toEqual(['Tarsin Defence Council']);
});

test('"the charity" refers back to the organisation introduced as one', () => {
  const text = 'The charity Harbour Relief Council opened a shelter on Monday.\n\nVolunteers arrived from three towns.\n\nThe charity said: "We need blankets."';
  expect(quoteSpeakers(text)).toEqual(['Harbour Relief Council']);
});

test('"the group" is not a party named only as the modifier of another noun', () => {
  const text = 'The vote was pushed by Unity Party ministers.\n\nThe group said: "The vote was rigged."';
  expect(quoteSpeakers(text)).toEqual(['-']);
});

test('an organisation name keeps words that are title words elsewhere', () => {
  const x = extractArticle({ id: 'one', origin: 'one', text: 'Yesterday the Tarsin Defence Council closed the border.', publishedAt: '2025-04-12', metadata: {} });
  expect(x.actors.map((a) => a.name)).toEqual(['Tarsin Defence Council']);
});

test('an unnamed group is a speaker of its own, never another actor', () => {
  const text = 'The Harbour Relief Council opened a shelter.\n\nCritics said: "It is far too small."\n\nUkrainian officials said: "We are ready."';
  expect(quoteSpeakers(text)).toEqual(['Critics', 'Ukrainian officials']);
});

test('officials of a named institution speak for the institution, and "the officials" refers back', () => {
  const text = 'Harbour Relief Council officials said: "We are ready."\n\nThe officials said: "No more."';
  expect(quoteSpeakers(text)).not.toContain('officials');
});
