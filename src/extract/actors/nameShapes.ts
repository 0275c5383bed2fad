import type { ActorKind } from '../../ontology/types';
import nameHeads from './data/nameHeads.json';
import placeNamePrefixes from './data/placeNamePrefixes.json';

/** Place words that open a place's name; the others make a place only as its head (see the data file). */
const PLACE_PREFIXES = new Set(placeNamePrefixes.prefixes);

/** Head words that make an unknown capitalised name an organisation, a group, or a place rather than a person. */
const ORGANIZATION_WORDS = new Set(nameHeads.organizationWords);
const GROUP_WORDS = new Set(nameHeads.groupWords);
const PLACE_WORDS = new Set(nameHeads.placeWords);
const NOT_NAMES = new Set(nameHeads.notNames);

export type NameShape = { kind: ActorKind } | { kind: 'PLACE' } | { kind: 'NONE' };

/** Infers what an unknown multi-word capitalised name denotes from its words. */
export function classifyName(words: string[]): NameShape {
  const lower = words.map((w) => w.toLowerCase().replace(/[.'’]/g, ''));
  if (lower.some((w) => NOT_NAMES.has(w))) return { kind: 'NONE' };
  if (lower.some((w) => ORGANIZATION_WORDS.has(w))) return { kind: 'ORGANIZATION' };
  if (lower.some((w) => GROUP_WORDS.has(w))) return { kind: 'GROUP' };
  if (lower.some((w, i) => PLACE_WORDS.has(w) && (i === lower.length - 1 || lower[i + 1] === 'of' || PLACE_PREFIXES.has(w)))) return { kind: 'PLACE' };
  if (words.length >= 2 && words.length <= 4) return { kind: 'PERSON' };
  return { kind: 'NONE' };
}

/** Lower-case particles that may sit inside a personal name. */
export const NAME_PARTICLES = new Set(['bin', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'del', 'la', 'le', 'ibn', 'abu', 'dos', 'du']);
