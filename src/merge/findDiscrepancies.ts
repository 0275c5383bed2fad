import type { ArticleExtraction, Quantity } from '../extract/types';
import type { ActorNode, DiscrepancyKind, DiscrepancyRecord, ReportSpan } from '../ontology/types';
import { squeeze } from '../extract/textForms';
import { compatible } from '../extract/values/quantities';
import { reportOf } from './reports';
import { appendTo } from '../listIndex';

export interface SourcedValue {
  value: Quantity;
  report: ReportSpan;
}

/** Values of one fact grouped by wording; a VARIANT when one true value could satisfy them all. */
export function quantityDiscrepancy(subjectId: string, field: string, values: SourcedValue[]): DiscrepancyRecord | undefined {
  const byText = new Map<string, SourcedValue[]>();
  for (const v of values) {
    const key = squeeze(v.value.text.toLowerCase()).replace(/^the equivalent of /, '');
    appendTo(byText, key, v);
  }
  // A disagreement is between sources: some wording must come from a source that no other wording shares.
  const sourcesOf = [...byText.values()].map((vs) => new Set(vs.map((v) => v.report.sourceId)));
  const acrossSources = sourcesOf.some((a, i) => sourcesOf.some((b, j) => i !== j && [...a].some((s) => !b.has(s))));
  if (byText.size < 2 || !acrossSources) return undefined;
  // "less than two months" and "under two months" are one value in other words.
  if (values.every((v) => v.value.low === values[0].value.low && v.value.high === values[0].value.high)) return undefined;
  const low = Math.max(...values.map((v) => v.value.low));
  const high = Math.min(...values.map((v) => v.value.high));
  const pairwise = values.every((a) => values.every((b) => compatible(a.value, b.value)));
  const kind: DiscrepancyKind = low <= high && pairwise ? 'VARIANT' : 'CONFLICT';
  return {
    id: `discrepancy:${subjectId}:${field}`,
    subjectId,
    field,
    kind,
    values: [...byText.entries()].map(([value, vs]) => ({ value, reports: vs.map((v) => v.report) })),
  };
}

const CURRENCY_UNITS = new Set(['USD', 'EUR', 'GBP']);

function fieldOf(unit: string): string {
  if (unit === 'hour') return 'duration';
  if (unit === 'day') return 'period';
  if (CURRENCY_UNITS.has(unit)) return 'amount';
  return `number of ${unit}s`;
}

/** The numbers inside the reports of one node, compared per measured thing across its sources. */
export function numbersInNode(node: { id: string; reports: ReportSpan[] }, bySource: ReadonlyMap<string, ArticleExtraction>, skip: Set<string>): DiscrepancyRecord[] {
  const out: DiscrepancyRecord[] = [];
  if (new Set(node.reports.map((r) => r.sourceId)).size < 2) return out;
  const byUnit = new Map<string, SourcedValue[]>();
  const seen = new Set<string>();
  for (const r of node.reports) {
    const e = bySource.get(r.sourceId);
    for (const n of e?.numbers ?? []) {
      if (n.start < r.start || n.end > r.end || skip.has(n.value.unit)) continue;
      const key = `${r.sourceId}:${n.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      appendTo(byUnit, n.value.unit, { value: n.value, report: reportOf(r.sourceId, e!.article.text, n) });
    }
  }
  for (const [unit, values] of byUnit) {
    const d = quantityDiscrepancy(node.id, fieldOf(unit), values);
    if (d) out.push(d);
  }
  return out;
}

/**
 * Numbers the sources give inside their reports of one node ("up to 200 aid trucks a day" and "at least 300
 * trucks" in two reports of one truce), compared per measured thing across sources.
 */
function numbersInReports(nodes: { id: string; reports: ReportSpan[] }[], extractions: ArticleExtraction[], skipUnits: (id: string) => Set<string>): DiscrepancyRecord[] {
  const bySource = new Map(extractions.map((e) => [`source:${e.article.id}`, e]));
  return nodes.flatMap((node) => numbersInNode(node, bySource, skipUnits(node.id)));
}

export interface SourcedTitle {
  title: string;
  report: ReportSpan;
}

/** The titles each actor is given in one article, by actor key. */
export function titlesIn(e: ArticleExtraction): [string, SourcedTitle[]][] {
  return e.actors.map((a) => [a.key, a.titles.map((t) => ({ title: t.title, report: reportOf(`source:${e.article.id}`, e.article.text, t) }))]);
}

const head = (t: string) => t.toLowerCase().split(/\s+/).pop() ?? '';

/** "former US president" and "President" for the same person cannot both be true. */
export function titleDiscrepancy(actorId: string, titles: SourcedTitle[]): DiscrepancyRecord | undefined {
  const former = titles.filter((t) => /^former\b/i.test(t.title));
  const current = titles.filter((t) => !/^(former|ex-)\b/i.test(t.title) && former.some((f) => head(f.title) === head(t.title)));
  if (former.length === 0 || current.length === 0) return undefined;
  const values = new Map<string, ReportSpan[]>();
  for (const t of [...former, ...current]) appendTo(values, t.title, t.report);
  return { id: `discrepancy:${actorId}:title`, subjectId: actorId, field: 'title', kind: 'CONFLICT', values: [...values.entries()].map(([value, reports]) => ({ value, reports })) };
}

function titleDiscrepancies(actors: ActorNode[], extractions: ArticleExtraction[]): DiscrepancyRecord[] {
  const titlesByActor = new Map<string, SourcedTitle[]>();
  for (const e of extractions) {
    for (const [key, titles] of titlesIn(e)) {
      const list = titlesByActor.get(key) ?? [];
      list.push(...titles);
      titlesByActor.set(key, list);
    }
  }
  const out: DiscrepancyRecord[] = [];
  for (const actor of actors) {
    const d = titleDiscrepancy(actor.id, titlesByActor.get(actor.id.slice('actor:'.length)) ?? []);
    if (d) out.push(d);
  }
  return out;
}

/** The key a stated amount is compared under, and each amount an article states, with its report. */
export const factKey = (f: { subjectKey: string; predicate: string; value: { unit: string } }) => `${f.subjectKey}|${f.predicate}|${f.value.unit}`;

export function factsIn(e: ArticleExtraction): [string, SourcedValue][] {
  return e.facts.map((f) => [factKey(f), { value: f.value, report: reportOf(`source:${e.article.id}`, e.article.text, f.span) }]);
}

/** Amounts the sources assert about an actor under one key, compared as intervals. */
export function factDiscrepancy(key: string, values: SourcedValue[]): DiscrepancyRecord | undefined {
  const [subjectKey, predicate] = key.split('|');
  return quantityDiscrepancy(`actor:${subjectKey}`, `amount (${predicate})`, values);
}

/**
 * Where sources give different values for the same fact: meeting durations, amounts asserted about an
 * actor (compared as intervals, so "around $50" and "$51" are a VARIANT, "$20m" and "$35m" a CONFLICT),
 * and a person's office.
 */
export function findDiscrepancies(
  extractions: ArticleExtraction[],
  actors: ActorNode[],
  meetingDurations: Map<string, SourcedValue[]>,
  nodes: { id: string; reports: ReportSpan[] }[],
): DiscrepancyRecord[] {
  const out: DiscrepancyRecord[] = [];
  for (const [meetingId, values] of meetingDurations) {
    const d = quantityDiscrepancy(meetingId, 'duration', values);
    if (d) out.push(d);
  }
  const facts = new Map<string, SourcedValue[]>();
  for (const e of extractions) {
    for (const [key, value] of factsIn(e)) appendTo(facts, key, value);
  }
  for (const [key, values] of facts) {
    const d = factDiscrepancy(key, values);
    if (d) out.push(d);
  }
  out.push(...titleDiscrepancies(actors, extractions));
  // A meeting's own duration is compared above, from the words that give it.
  const known = new Set(out.map((d) => d.id));
  const inReports = numbersInReports(nodes, extractions, (id) => (meetingDurations.has(id) ? new Set(['hour']) : new Set()));
  out.push(...inReports.filter((d) => !known.has(d.id)));
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
