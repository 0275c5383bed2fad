import type { Span } from '../nlp/types';
import type { ReportSpan } from '../ontology/types';

/** A report of `span` in a source, trimmed of surrounding white space; always `text.slice(start, end) === excerpt`. */
export function reportOf(sourceId: string, text: string, span: Span): ReportSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { sourceId, start, end, excerpt: text.slice(start, end) };
}

export function sortReports(reports: ReportSpan[]): ReportSpan[] {
  const seen = new Set<string>();
  return reports
    .filter((r) => {
      const key = `${r.sourceId}:${r.start}:${r.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.sourceId === b.sourceId ? a.start - b.start : a.sourceId < b.sourceId ? -1 : 1));
}

/** The value most sources give; ties go to the first seen. */
export function mostCommon<T>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) { best = v; bestCount = c; }
  return best;
}
