import type { ActorKind } from '../../ontology/types';
import placeNamePrefixes from './data/placeNamePrefixes.json';

/** Place words that open a place's name; the others make a place only as its head (see the data file). */
const PLACE_PREFIXES = new Set(placeNamePrefixes.prefixes);

/** Head words that make an unknown capitalised name an organisation, a group, or a place rather than a person. */
const ORGANIZATION_WORDS = new Set(
  'agency association authority bank board bureau cabinet centre center coalition college commission committee company congress corporation corp council court department directorate foundation fund government guard inc institute league ltd ministry network news office organisation organization parliament party post press programme program service society tribune union university times herald journal gazette television radio broadcasting group holdings wire courier ledger chronicle observer monitor daily dispatch bulletin embassy consulate presidency'.split(' '),
);
const GROUP_WORDS = new Set('army brigade brigades forces front militia movement rebels regiment battalion faction'.split(' '));
const PLACE_WORDS = new Set(
  'airport avenue bay bridge canal cathedral city coast county desert district island islands hall hotel kremlin lake library mountain mountains museum ocean oblast palace park peninsula plaza port province region republic river road sea square stadium strait street station tower valley village airbase base'.split(' '),
);
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

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
