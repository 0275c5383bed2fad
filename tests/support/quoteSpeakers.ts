import { extractArticle } from '../../src/extract/extractArticle';

/** The speaker of each quote an invented one-article text holds, by name, in text order ('-' where none). */
export function quoteSpeakers(text: string): string[] {
  const x = extractArticle({ id: 'one', origin: 'one', text, publishedAt: '2025-04-12', metadata: {} });
  const name = (key: string) => x.actors.find((a) => a.key === key)?.name ?? key;
  return x.quotes.map((q) => (q.speakerKey ? name(q.speakerKey) : '-'));
}
