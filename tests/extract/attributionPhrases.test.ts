import { extractArticle } from '../../src/extract/extractArticle';

/** Attribution phrases whose speaker is a description or sits apart from the verb. Invented sentences. */
function quoteSpeakers(text: string): string[] {
  const x = extractArticle({ id: 'one', origin: 'one', text, publishedAt: '2025-04-12', metadata: {} });
  const name = (key: string) => x.actors.find((a) => a.key === key)?.name ?? key;
  return x.quotes.map((q) => (q.speakerKey ? name(q.speakerKey) : '-'));
}

test('"According to the president, ..." opening a sentence gives its quotes to the president named before', () => {
  const text = 'Velmarian President Tom Berg spoke on Monday. According to the president, the "best part" of the pact is that "our ports will open to trade."';
  expect(quoteSpeakers(text)).toEqual(['Tom Berg', 'Tom Berg']);
});
