import type { OntologyStore } from './OntologyStore';

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

export function countsBySource(store: OntologyStore): SourceCounts[] {
  return store.sources.map((s) => ({
    id: s.id,
    title: s.title,
    wordCount: s.wordCount,
    actors: store.actorsInSource(s.id).length,
    statements: store.statementsInSource(s.id).length,
    meetings: store.meetingsInSource(s.id).length,
    agreements: store.agreementsInSource(s.id).length,
  }));
}
