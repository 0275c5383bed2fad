/**
 * The general-knowledge lexicon: who exists (countries, organisations, people), how news names them,
 * where things are, which words are titles, which verbs report speech and which channels carry it.
 * Nothing here describes any particular article.
 *
 * `ACTOR_LEXICON` is the single list of actors (countries + organisations + people), built once.
 * `validateLexicon()` lists structural problems and must return [] — run it in tests.
 */
import type { LexiconActor } from './types';
import { COUNTRIES } from './countries';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE } from './people';
import { PLACES } from './places';
import { CHANNELS } from './channels';
import { SPEECH_VERBS } from './speechVerbs';
import { TITLE_WORDS } from './titles';
import { comparisonKey } from './forms';

export type { LexiconActor } from './types';
export { COUNTRIES } from './countries';
export { ORGANIZATIONS } from './organizations';
export { PEOPLE } from './people';
export { PLACES, type LexiconPlace } from './places';
export { TITLE_WORDS, HONORIFICS } from './titles';
export { SPEECH_VERBS, SPEECH_LEMMAS, SPEECH_CLAUSE_LEMMAS, SPEECH_NOUNS, SPEECH_PREPOSITIONAL_CUES } from './speechVerbs';
export { CHANNELS, type LexiconChannel } from './channels';
export { comparisonKey, stripAccents } from './forms';

/** Countries, organisations and people in one list. */
export const ACTOR_LEXICON: readonly LexiconActor[] = [...COUNTRIES, ...ORGANIZATIONS, ...PEOPLE];

/** Exact `name` → entry. */
export const ACTOR_BY_NAME: ReadonlyMap<string, LexiconActor> = new Map(ACTOR_LEXICON.map((a) => [a.name, a]));

/** Every surface form of an actor (name, aliases, demonyms, metonyms). */
export function actorForms(actor: LexiconActor): string[] {
  return [actor.name, ...(actor.aliases ?? []), ...(actor.demonyms ?? []), ...(actor.metonyms ?? [])];
}

/** The chain of affiliations above an actor, nearest first (Peskov → Kremlin → Russia). */
export function affiliationChain(actor: LexiconActor): LexiconActor[] {
  const chain: LexiconActor[] = [];
  const seen = new Set<string>([actor.name]);
  let next = actor.affiliation ? ACTOR_BY_NAME.get(actor.affiliation) : undefined;
  while (next && !seen.has(next.name)) {
    chain.push(next);
    seen.add(next.name);
    next = next.affiliation ? ACTOR_BY_NAME.get(next.affiliation) : undefined;
  }
  return chain;
}

/** The country an actor ultimately belongs to, if its affiliation chain reaches one. */
export function countryOf(actor: LexiconActor): LexiconActor | undefined {
  if (actor.kind === 'COUNTRY') return actor;
  return affiliationChain(actor).find((a) => a.kind === 'COUNTRY');
}

/** Slug identical to the one the extractor derives entity keys from ("Vladimir Putin" → "vladimir-putin"). */
function slugKey(s: string): string {
  return comparisonKey(s)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Structural problems in the lexicon, one human-readable line each; [] when sound:
 * duplicate names (also by slug), forms shared by more than one actor (compared ignoring case, accents
 * and apostrophe style), affiliations that do not resolve or loop, non-country demonyms, upper-case
 * titles, empty forms, places whose country is unknown, empty channels, duplicate title words.
 */
export function validateLexicon(): string[] {
  const problems: string[] = [];
  const countryNames = new Set(COUNTRIES.map((c) => c.name));

  // Names: exact and slug duplicates.
  const bySlug = new Map<string, string>();
  for (const a of ACTOR_LEXICON) {
    const slug = slugKey(a.name);
    const prior = bySlug.get(slug);
    if (prior !== undefined) problems.push(`duplicate name: "${a.name}" and "${prior}" (slug "${slug}")`);
    else bySlug.set(slug, a.name);
  }

  // Forms shared across entries.
  const owners = new Map<string, Set<string>>();
  const surfaces = new Map<string, Set<string>>();
  for (const a of ACTOR_LEXICON) {
    for (const f of actorForms(a)) {
      if (!f || f.trim() !== f) problems.push(`empty or padded form on "${a.name}": "${f}"`);
      const key = comparisonKey(f);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(a.name);
      if (!surfaces.has(key)) surfaces.set(key, new Set());
      surfaces.get(key)!.add(f);
    }
  }
  for (const [key, names] of owners) {
    if (names.size > 1) {
      problems.push(`form "${[...surfaces.get(key)!].join('" / "')}" shared by: ${[...names].map((n) => `"${n}"`).join(', ')}`);
    }
  }

  // Affiliations resolve and do not loop; field hygiene.
  for (const a of ACTOR_LEXICON) {
    if (a.affiliation !== undefined) {
      if (a.affiliation === a.name) problems.push(`"${a.name}" is affiliated with itself`);
      else if (!ACTOR_BY_NAME.has(a.affiliation)) problems.push(`affiliation of "${a.name}" does not resolve: "${a.affiliation}"`);
    }
    if (a.kind === 'COUNTRY' && a.affiliation) problems.push(`country "${a.name}" has an affiliation`);
    if (a.kind !== 'COUNTRY' && a.demonyms?.length) problems.push(`non-country "${a.name}" has demonyms`);
    for (const t of a.titles ?? []) {
      if (t !== t.toLowerCase() || !t.trim()) problems.push(`title of "${a.name}" is not lower-case: "${t}"`);
    }
  }
  for (const a of ACTOR_LEXICON) {
    const seen = new Set<string>([a.name]);
    let cur = a.affiliation ? ACTOR_BY_NAME.get(a.affiliation) : undefined;
    while (cur) {
      if (seen.has(cur.name)) {
        problems.push(`affiliation cycle through "${a.name}"`);
        break;
      }
      seen.add(cur.name);
      cur = cur.affiliation ? ACTOR_BY_NAME.get(cur.affiliation) : undefined;
    }
  }

  // Places.
  const placeNames = new Set<string>();
  const placeOwners = new Map<string, Set<string>>();
  for (const p of PLACES) {
    if (!countryNames.has(p.country)) problems.push(`place "${p.name}" has unknown country "${p.country}"`);
    if (placeNames.has(p.name)) problems.push(`duplicate place: "${p.name}"`);
    placeNames.add(p.name);
    for (const f of [p.name, ...p.variants]) {
      const key = comparisonKey(f);
      if (!placeOwners.has(key)) placeOwners.set(key, new Set());
      placeOwners.get(key)!.add(p.name);
    }
  }
  for (const [key, names] of placeOwners) {
    if (names.size > 1) problems.push(`place form "${key}" shared by: ${[...names].map((n) => `"${n}"`).join(', ')}`);
  }

  // Titles, verbs, channels.
  const titleSeen = new Set<string>();
  for (const t of TITLE_WORDS) {
    if (t !== t.toLowerCase()) problems.push(`title word not lower-case: "${t}"`);
    if (titleSeen.has(t)) problems.push(`duplicate title word: "${t}"`);
    titleSeen.add(t);
  }
  for (const [form, lemma] of SPEECH_VERBS) {
    if (form !== form.toLowerCase() || lemma !== lemma.toLowerCase()) problems.push(`speech verb not lower-case: "${form}" → "${lemma}"`);
  }
  const channelNames = new Set<string>();
  for (const c of CHANNELS) {
    if (!c.patterns.length) problems.push(`channel "${c.name}" has no patterns`);
    if (channelNames.has(c.name)) problems.push(`duplicate channel: "${c.name}"`);
    channelNames.add(c.name);
  }

  return problems;
}
