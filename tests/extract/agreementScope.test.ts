import { extractArticle } from '../../src/extract/extractArticle';

/** A trade deal is told apart from a pledge or truce of the same parties by its scope, so sources do not merge them. */
test('"a trade deal" carries the scope trade', () => {
  const e = extractArticle({ id: 'one', origin: 'one', text: 'Officials spoke on Monday. Norway is negotiating a trade deal with Sweden.', publishedAt: '2025-04-12', metadata: {} });
  expect(e.agreements.map((a) => a.scope)).toContain('trade');
});
