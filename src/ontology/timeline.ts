import { partitionPoint } from '../listIndex';
import type { OntologyNode, OntologyStore } from './OntologyStore';

export type TimelineNode = Extract<OntologyNode, { type: 'Meeting' | 'Agreement' | 'Statement' }>;
export type TimelineKind = TimelineNode['type'];

export interface TimelineEntry {
  date: string;
  node: TimelineNode;
}

const KIND_ORDER: Record<TimelineKind, number> = { Meeting: 0, Agreement: 1, Statement: 2 };

/** Dated meetings, agreements and statements by date; on one day meetings first, then agreements, then statements. */
function buildTimeline(store: OntologyStore): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const list of [store.meetings, store.agreements, store.statements]) {
    for (const item of list) if (item.date !== undefined) entries.push({ date: item.date, node: store.node(item.id) as TimelineNode });
  }
  // Array.prototype.sort is stable, so within a day and kind the ontology's order stays.
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.node.type] - KIND_ORDER[b.node.type]));
}

/** The dated events between `from` and `to` (inclusive; a missing bound is open), in date order. */
export function timeline(store: OntologyStore, from: string | undefined, to: string | undefined, kinds?: readonly TimelineKind[]): TimelineEntry[] {
  const entries = store.derived(buildTimeline);
  const start = from === undefined ? 0 : partitionPoint(0, entries.length, (i) => entries[i].date < from);
  const end = to === undefined ? entries.length : partitionPoint(start, entries.length, (i) => entries[i].date <= to);
  const range = entries.slice(start, end);
  return kinds === undefined ? range : range.filter((e) => kinds.includes(e.node.type));
}
