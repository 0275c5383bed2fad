import type { Ontology } from '../ontology/types';
import type { SourceCounts, TypeCounts } from '../ontology/summary';

/** "5 sources, 12 actors, ..." */
export function formatTypeCounts(counts: TypeCounts): string {
  return Object.entries(counts)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
}

export function formatSourceCounts(sources: readonly SourceCounts[]): string[] {
  return sources.map(
    (s) =>
      `  ${s.id}: ${s.wordCount} words, ${s.actors} actors, ${s.statements} statements, ` +
      `${s.meetings} meetings, ${s.agreements} agreements${s.title ? ` — ${s.title}` : ''}`,
  );
}

/** One line per article that failed to load or extract, naming the file and what is wrong with it. */
export function formatWarnings(warnings: Ontology['warnings']): string[] {
  if (warnings.length === 0) return [];
  return [`${warnings.length} warning(s):`, ...warnings.map((w) => `  ${w.origin}: ${w.reason}`)];
}
