import type { ArticleExtraction } from '../extract/types';
import type { Ontology, SourceRecord } from '../ontology/types';
import { findDiscrepancies } from './findDiscrepancies';
import { actorIdOf, mergeActors } from './mergeActors';
import { mergeAgreements } from './mergeAgreements';
import { meetingOccurrences, mergeMeetings } from './mergeMeetings';
import { mergeStatements, statementOccurrences } from './mergeStatements';

/** Reconciles per-article extractions into one ontology: one node per real-world thing, one report per telling. */
export function mergeExtractions(extractions: ArticleExtraction[], sources: SourceRecord[], warnings: Ontology['warnings']): Ontology {
  const actors = mergeActors(extractions);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const name = (key: string) => byId.get(actorIdOf(key))?.name ?? key;
  const isCountry = (placeName: string) => actors.some((a) => a.kind === 'COUNTRY' && (a.name === placeName || a.aliases.includes(placeName)));
  const meetings = mergeMeetings(meetingOccurrences(extractions), actorIdOf, name, isCountry);
  const statements = mergeStatements(
    statementOccurrences(extractions, (sourceId, index) => meetings.idOf.get(`${sourceId}#${index}`)),
    actorIdOf,
  );
  const agreements = mergeAgreements(extractions, actorIdOf, name);
  const discrepancies = findDiscrepancies(extractions, actors, meetings.durations, [...meetings.nodes, ...agreements, ...statements]);
  return { sources, actors, statements, meetings: meetings.nodes, agreements, discrepancies, warnings };
}
