import type { ExtractedStatement } from '../extract/types';

/*
 * A statement as the extractor gives it may join several quoted passages of one article ("…,” she said. “…”).
 * Other outlets often quote only one of them, or quote them apart, so the cross-source merge compares and
 * joins each passage on its own: a remark. A statement of one place is one remark.
 */

/** The remarks of one extracted statement: one per place it is told, each with the quotes of that place. */
export function remarksOf(statement: ExtractedStatement, text: string): ExtractedStatement[] {
  if (statement.spans.length <= 1) return [statement];
  return statement.spans.map((span) => {
    const passage = text.slice(span.start, span.end);
    const quotes = statement.quotes.filter((q) => passage.includes(q));
    const wording = quotes.length > 0 ? quotes.join(' ') : passage;
    return { ...statement, text: wording, quotes, spans: [span] };
  });
}
