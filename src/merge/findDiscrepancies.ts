import type { ArticleExtraction, Quantity } from '../extract/types';
import type { ActorNode, DiscrepancyKind, DiscrepancyRecord, ReportSpan } from '../ontology/types';
import { squeeze } from '../extract/textForms';
import { compatible } from '../extract/values/quantities';
import { reportOf } from './reports';

interface SourcedValue {
  value: Quantity;
  report: ReportSpan;
}

/** Values of one fact grouped by wording; a VARIANT when one true value could satisfy them all. */
function quantityDiscrepancy(subjectId: string, field: string, values: SourcedValue[]): DiscrepancyRecord | undefined {
  const byText = new Map<string, SourcedValue[]>();
  for (const v of values) {
    const key = squeeze(v.value.text.toLowerCase()).replace(/^the equivalent of /, '');
    byText.set(key, [...(byText.get(key) ?? []), v]);
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

/**
 * Numbers the sources give inside their reports of one node ("up to 200 aid trucks a day" and "at least 300
 * trucks" in two reports of one truce), compared per measured thing across sources.
 */
function numbersInReports(nodes: { id: string; reports: ReportSpan[] }[], extractions: ArticleExtraction[], skipUnits: (id: string) => Set<string>): DiscrepancyRecord[] {
  const bySource = new Map(extractions.map((e) => [`source:${e.article.id}`, e]));
  const out: DiscrepancyRecord[] = [];
  for (const node of nodes) {
    if (new Set(node.reports.map((r) => r.sourceId)).size < 2) continue;
    const byUnit = new Map<string, SourcedValue[]>();
    const seen = new Set<string>();
    for (const r of node.reports) {
      const e = bySource.get(r.sourceId);
      for (const n of e?.numbers ?? []) {
        if (n.start < r.start || n.end > r.end || skipUnits(node.id).has(n.value.unit)) continue;
        const key = `${r.sourceId}:${n.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        byUnit.set(n.value.unit, [...(byUnit.get(n.value.unit) ?? []), { value: n.value, report: reportOf(r.sourceId, e!.article.text, n) }]);
      }
    }
    for (const [unit, values] of byUnit) {
      const d = quantityDiscrepancy(node.id, fieldOf(unit), values);
      if (d) out.push(d);
    }
  }
  return out;
}

/** "former US president" and "President" for the same person cannot both be true. */
function titleDiscrepancies(actors: ActorNode[], extractions: ArticleExtraction[]): DiscrepancyRecord[] {
  const out: DiscrepancyRecord[] = [];
  const titlesByActor = new Map<string, { title: string; report: ReportSpan }[]>();
  for (const e of extractions) {
    for (const a of e.actors) {
      for (const t of a.titles) {
        const list = titlesByActor.get(a.key) ?? [];
        list.push({ title: t.title, report: reportOf(`source:${e.article.id}`, e.article.text, t) });
        titlesByActor.set(a.key, list);
      }
    }
  }
  const head = (t: string) => t.toLowerCase().split(/\s+/).pop() ?? '';
  for (const actor of actors) {
    const titles = titlesByActor.get(actor.id.slice('actor:'.length)) ?? [];
    const former = titles.filter((t) => /^former\b/i.test(t.title));
    const current = titles.filter((t) => !/^(former|ex-)\b/i.test(t.title) && former.some((f) => head(f.title) === head(t.title)));
    if (former.length === 0 || current.length === 0) continue;
    const values = new Map<string, ReportSpan[]>();
    for (const t of [...former, ...current]) values.set(t.title, [...(values.get(t.title) ?? []), t.report]);
    out.push({ id: `discrepancy:${actor.id}:title`, subjectId: actor.id, field: 'title', kind: 'CONFLICT', values: [...values.entries()].map(([value, reports]) => ({ value, reports })) });
  }
  return out;
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
    for (const f of e.facts) {
      const key = `${f.subjectKey}|${f.predicate}|${f.value.unit}`;
      facts.set(key, [...(facts.get(key) ?? []), { value: f.value, report: reportOf(`source:${e.article.id}`, e.article.text, f.span) }]);
    }
  }
  for (const [key, values] of facts) {
    const [subjectKey, predicate] = key.split('|');
    const d = quantityDiscrepancy(`actor:${subjectKey}`, `amount (${predicate})`, values);
    if (d) out.push(d);
  }
  out.push(...titleDiscrepancies(actors, extractions));
  // A meeting's own duration is compared above, from the words that give it.
  const known = new Set(out.map((d) => d.id));
  const inReports = numbersInReports(nodes, extractions, (id) => (meetingDurations.has(id) ? new Set(['hour']) : new Set()));
  out.push(...inReports.filter((d) => !known.has(d.id)));
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
