import type { ExtractedStatement } from '../extract/types';

/*
 * A statement as the extractor gives it may join several quoted passages of one article ("…,” she said. “…”).
 * Other outlets often quote only one of them, or quote them apart, so the cross-source merge compares and
 * joins each passage on its own: a remark. A statement of one place is one remark.
 */

/** The remarks of one extracted statement: one per place it is told, each with the quotes of that place. */
export function remarksOf(statement: ExtractedStatement, text: string): ExtractedStatement[] {
  if (statement.spans.length <= 1) return [statement];
  const passages = statement.spans.map((span) => text.slice(span.start, span.end));
  const quotesOf = passages.map((passage) => statement.quotes.filter((q) => passage.includes(q)));
  // A passage without its own quoted words could not be compared: the statement then stays whole.
  if (quotesOf.some((quotes) => quotes.length === 0)) return [statement];
  return statement.spans.map((span, k) => ({ ...statement, text: quotesOf[k].join(' '), quotes: quotesOf[k], spans: [span] }));
}
