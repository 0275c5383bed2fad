/**
 * What the dashboard shows, computed from the lists the API serves (sources, statements, meetings, agreements,
 * discrepancies). No DOM here, and only the fields each function reads, so jest tests it on plain objects and
 * the types codegen generates fit these shapes without conversion.
 */

export interface SourceRef {
  id: string;
}

export interface Report {
  excerpt: string;
  start: number;
  end: number;
  source: SourceRef;
}

export interface SourceInfo {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
}

export interface StatementInfo {
  id: string;
  text: string;
  date: string | null;
  speaker: { id: string; name: string };
  reports: Report[];
}

export interface MeetingInfo {
  id: string;
  title: string;
  date: string | null;
}

export interface AgreementInfo {
  id: string;
  title: string;
  date: string | null;
}

export interface DiscrepancyInfo {
  field: string;
  subject: { id: string };
  values: { value: string; reports: { source: SourceRef }[] }[];
}

/** Short labels (S1, S2, …) in the order the API lists the sources, and a colour slot for each. */
export class SourceLabels {
  private readonly indexById = new Map<string, number>();

  constructor(readonly sources: readonly SourceInfo[]) {
    sources.forEach((source, i) => this.indexById.set(source.id, i));
  }

  /** Position in the source list; sources the list lacks sort last. */
  index(id: string): number {
    return this.indexById.get(id) ?? this.sources.length;
  }

  short(id: string): string {
    const i = this.indexById.get(id);
    return i === undefined ? '?' : `S${i + 1}`;
  }

  /** "Outlet — Title (2025-04-12)", or the id where the source has neither outlet nor title. */
  long(id: string): string {
    const source = this.sources[this.index(id)];
    if (!source) return id;
    const name = [source.outlet, source.title].filter(Boolean).join(' — ') || source.id.replace(/^source:/, '');
    return source.publishedAt ? `${name} (${source.publishedAt})` : name;
  }

  /** The distinct sources of `reports`, in source-list order. */
  of(reports: readonly { source: SourceRef }[]): string[] {
    return [...new Set(reports.map((report) => report.source.id))].sort((a, b) => this.index(a) - this.index(b));
  }
}

/** Distinct sources among the reports. */
export function sourceCount(reports: readonly { source: SourceRef }[]): number {
  return new Set(reports.map((report) => report.source.id)).size;
}

/** Statements carried by more sources first; ties keep the API's order. */
export function rankStatements<T extends StatementInfo>(statements: readonly T[]): T[] {
  return statements
    .map((statement, i) => ({ statement, i, count: sourceCount(statement.reports) }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .map(({ statement }) => statement);
}

export interface CoverageRow {
  source: SourceInfo;
  /** One per column: whether this source reports that statement. */
  cells: boolean[];
  /** How many of the statements this source reports. */
  count: number;
}

export interface CoverageMatrix<T extends StatementInfo> {
  /** The statements, ranked by how many sources carry them. */
  columns: T[];
  /** One row per source, in source-list order. */
  rows: CoverageRow[];
}

/** Who reported what: a row per source, a column per statement. */
export function coverageMatrix<T extends StatementInfo>(sources: readonly SourceInfo[], statements: readonly T[]): CoverageMatrix<T> {
  const columns = rankStatements(statements);
  const reporters = columns.map((statement) => new Set(statement.reports.map((report) => report.source.id)));
  const rows = sources.map((source) => {
    const cells = reporters.map((ids) => ids.has(source.id));
    return { source, cells, count: cells.filter(Boolean).length };
  });
  return { columns, rows };
}

export type TimelineEntry =
  | { kind: 'meeting'; item: MeetingInfo }
  | { kind: 'agreement'; item: AgreementInfo }
  | { kind: 'statement'; item: StatementInfo };

export interface TimelineDay {
  date: string;
  entries: TimelineEntry[];
}

export interface Timeline {
  /** Earliest first; within a day meetings, then agreements, then statements, each in the API's order. */
  days: TimelineDay[];
  /** How many items have no date and so are not on the timeline. */
  undated: { meetings: number; agreements: number; statements: number };
}

/** Meetings, agreements and statements placed on their dates. */
export function timeline(
  meetings: readonly MeetingInfo[],
  agreements: readonly AgreementInfo[],
  statements: readonly StatementInfo[],
): Timeline {
  const entries: TimelineEntry[] = [
    ...meetings.map((item) => ({ kind: 'meeting' as const, item })),
    ...agreements.map((item) => ({ kind: 'agreement' as const, item })),
    ...statements.map((item) => ({ kind: 'statement' as const, item })),
  ];
  const byDate = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    if (entry.item.date === null) continue;
    const day = byDate.get(entry.item.date) ?? [];
    day.push(entry);
    byDate.set(entry.item.date, day);
  }
  const days = [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, dayEntries]) => ({ date, entries: dayEntries }));
  const undated = (list: readonly { date: string | null }[]) => list.filter((item) => item.date === null).length;
  return { days, undated: { meetings: undated(meetings), agreements: undated(agreements), statements: undated(statements) } };
}

/** The discrepancies about one node, by field ("duration", "place", …). */
export function discrepanciesBySubject<T extends DiscrepancyInfo>(discrepancies: readonly T[]): Map<string, Map<string, T>> {
  const bySubject = new Map<string, Map<string, T>>();
  for (const discrepancy of discrepancies) {
    const fields = bySubject.get(discrepancy.subject.id) ?? new Map<string, T>();
    fields.set(discrepancy.field, discrepancy);
    bySubject.set(discrepancy.subject.id, fields);
  }
  return bySubject;
}

export interface Highlight {
  before: string;
  excerpt: string;
  after: string;
  /** False when `text.slice(start, end)` is not the excerpt, which the API promises never happens. */
  offsetsMatch: boolean;
}

/**
 * A source's text cut around one report's excerpt, using the report's offsets. With `context`, `before` and
 * `after` keep at most that many characters, cut at a word boundary and marked with "…".
 */
export function highlight(text: string, report: Pick<Report, 'excerpt' | 'start' | 'end'>, context?: number): Highlight {
  let { start, end } = report;
  const offsetsMatch = text.slice(start, end) === report.excerpt;
  if (!offsetsMatch) {
    const found = text.indexOf(report.excerpt);
    if (found >= 0) [start, end] = [found, found + report.excerpt.length];
  }
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (context !== undefined) {
    if (before.length > context) before = '…' + before.slice(before.length - context).replace(/^\S*\s/, '');
    if (after.length > context) after = after.slice(0, context).replace(/\s\S*$/, '') + '…';
  }
  return { before, excerpt: text.slice(start, end), after, offsetsMatch };
}
