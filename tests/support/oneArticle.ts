import { extractArticle } from '../../src/extract/extractArticle';
import type { ArticleExtraction } from '../../src/extract/types';

/** The extraction of an invented one-article text, dated 12 April 2025, as the extractor tests probe it. */
export function extractOne(text: string): ArticleExtraction {
  return extractArticle({ id: 'one', origin: 'one', text, publishedAt: '2025-04-12', metadata: {} });
}

/** The speaker of each quote the text holds, by name, in text order ('-' where none). */
export function quoteSpeakers(text: string): string[] {
  const x = extractOne(text);
  const name = (key: string) => x.actors.find((a) => a.key === key)?.name ?? key;
  return x.quotes.map((q) => (q.speakerKey ? name(q.speakerKey) : '-'));
}
