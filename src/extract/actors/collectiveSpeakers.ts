import type { ArticleActor } from '../types';
import collectiveSpeakers from './data/collectiveSpeakers.json';

/** "critics said", "rights groups said": plural nouns that name unnamed groups of speakers (see the data file). */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(collectiveSpeakers.nouns);

/** Whether an actor is an unnamed group found by its words ("critics", "Western officials"), not a named one. */
export function isCollectiveSpeaker(actor: ArticleActor | undefined): boolean {
  if (!actor || actor.kind !== 'GROUP' || actor.fromLexicon) return false;
  return COLLECTIVE_NOUNS.has(actor.name.toLowerCase().split(/\s+/).pop() ?? '');
}
