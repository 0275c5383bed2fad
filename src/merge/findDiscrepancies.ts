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
  if (byText.size < 2 || new Set(values.map((v) => v.report.sourceId)).size < 2) return undefined;
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
export function findDiscrepancies(extractions: ArticleExtraction[], actors: ActorNode[], meetingDurations: Map<string, SourcedValue[]>): DiscrepancyRecord[] {
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
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
