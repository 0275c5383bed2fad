import { partitionPoint } from '../listIndex';
import type { OntologyStore } from './OntologyStore';
import { listsOf } from './queries';
import type { ActorNode } from './types';

export interface TypeCounts {
  sources: number;
  actors: number;
  statements: number;
  meetings: number;
  agreements: number;
  discrepancies: number;
}

export interface SourceCounts {
  id: string;
  title?: string;
  wordCount: number;
  /** Report spans in this source, over actors, statements, meetings and agreements. */
  reports: number;
  actors: number;
  statements: number;
  meetings: number;
  agreements: number;
}

export function countsByType(store: OntologyStore): TypeCounts {
  return {
    sources: store.sources.length,
    actors: store.actors.length,
    statements: store.statements.length,
    meetings: store.meetings.length,
    agreements: store.agreements.length,
    discrepancies: store.discrepancies.length,
  };
}

function buildReportCounts(store: OntologyStore): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of [store.actors, store.statements, store.meetings, store.agreements]) {
    for (const node of list) for (const r of node.reports) counts.set(r.sourceId, (counts.get(r.sourceId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Per source, in the ontology's order: its size, its reports, and how many nodes of each type it reports. Built
 * once per ontology version (a page of it is asked for on every stats request), so not to be changed.
 */
export function countsBySource(store: OntologyStore): readonly SourceCounts[] {
  return store.derived(buildSourceCounts);
}

function buildSourceCounts(store: OntologyStore): readonly SourceCounts[] {
  const reports = buildReportCounts(store);
  return store.sources.map((s) => ({
    id: s.id,
    title: s.title,
    wordCount: s.wordCount,
    reports: reports.get(s.id) ?? 0,
    actors: store.actorsInSource(s.id).length,
    statements: store.statementsInSource(s.id).length,
    meetings: store.meetingsInSource(s.id).length,
    agreements: store.agreementsInSource(s.id).length,
  }));
}

/** The actors who made statements, most statements first (ties by name): the prefix of an ordering. */
export function speakersByStatementCount(store: OntologyStore): readonly ActorNode[] {
  const ordered = listsOf(store).actors.ordered({ field: 'STATEMENT_COUNT', direction: 'DESC' });
  return ordered.slice(0, partitionPoint(0, ordered.length, (i) => store.statementsOfSpeaker(ordered[i].id).length > 0));
}
