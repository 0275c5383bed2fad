import type { Span } from '../nlp/types';
import type { ReportSpan } from '../ontology/types';
import { partitionPoint } from '../listIndex';

/** A report of `span` in a source, trimmed of surrounding white space; always `text.slice(start, end) === excerpt`. */
export function reportOf(sourceId: string, text: string, span: Span): ReportSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { sourceId, start, end, excerpt: text.slice(start, end) };
}

/** Reports by source, then by start; a sort keeps equal ones in the order it is given them. */
const compareReports = (a: ReportSpan, b: ReportSpan) => (a.sourceId === b.sourceId ? a.start - b.start : a.sourceId < b.sourceId ? -1 : 1);

/** Each report once (the first of those at the same place), by source, then by start. */
export function sortReports(reports: ReportSpan[]): ReportSpan[] {
  const seen = new Set<string>();
  return reports
    .filter((r) => {
      const key = `${r.sourceId}:${r.start}:${r.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareReports);
}

/**
 * `sortReports([...reports, ...added])` given `sorted`, which is `sortReports(reports)`: the added reports found
 * by binary search rather than everything sorted again, for a node that gains a few reports on top of thousands.
 */
export function withReports(sorted: readonly ReportSpan[], added: ReportSpan[]): ReportSpan[] {
  const placed: { report: ReportSpan; at: number }[] = [];
  for (const report of sortReports(added)) {
    const at = partitionPoint(0, sorted.length, (i) => compareReports(sorted[i], report) <= 0);
    let known = false;
    for (let i = at - 1; i >= 0 && compareReports(sorted[i], report) === 0; i--) if (sorted[i].end === report.end) known = true;
    if (!known) placed.push({ report, at });
  }
  const out: ReportSpan[] = [];
  let from = 0;
  for (const { report, at } of placed) {
    for (let i = from; i < at; i++) out.push(sorted[i]);
    out.push(report);
    from = at;
  }
  for (let i = from; i < sorted.length; i++) out.push(sorted[i]);
  return out;
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
