import type { Token } from '../../nlp/types';
import type { ActorMention } from '../types';

/** One word of a person's name that, alone, may refer back to them ("Zhou" for "Zhou Wenbo"). */
export interface ShortForm {
  surname: string;
  key: string;
}

/**
 * Which person a short form refers to when several people of the article share it ("Park" with two Parks named):
 * news style keeps the bare name for the person introduced first and names the other in full. When the other
 * is named in full in the same sentence, the short form is ambiguous and names no one.
 */
export function chooseReferent(hits: readonly ShortForm[], at: Token, introduced: ReadonlyMap<string, ActorMention[]>): string | undefined {
  const keys = [...new Set(hits.map((h) => h.key))];
  if (keys.length === 1) return keys[0];
  const firstStart = (key: string) => introduced.get(key)?.[0]?.start ?? Infinity;
  const first = keys.reduce((a, b) => (firstStart(b) < firstStart(a) ? b : a));
  if (firstStart(first) > at.start) return undefined;
  const rivalNearby = keys.some((k) => k !== first && (introduced.get(k) ?? []).some((m) => m.sentence === at.sentence));
  return rivalNearby ? undefined : first;
}
