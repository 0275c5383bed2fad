/**
 * Organisations and non-state groups that appear in world news.
 *
 * What belongs here: international bodies, government institutions (with their country as
 * `affiliation`), news organisations (state-controlled outlets carry their country as `affiliation`),
 * companies that figure in political news, political parties (kind ORGANIZATION) and armed or
 * non-state groups (kind GROUP). Names, aliases, metonyms and affiliations only: general knowledge,
 * never what an article says.
 *
 * Matching downstream is exact and case-sensitive, so common casing and possessive variants
 * ("Russian foreign ministry", "Russia's Foreign Ministry") are listed explicitly: an `institution` entry gives its country prefixes and its head nouns, and every prefix × head becomes an alias.
 * Generic names that are ambiguous across countries ("Foreign Ministry", "Treasury", "Supreme Court",
 * "Parliament") are deliberately absent.
 */
import type { ActorKind } from '../../ontology/types';
import type { LexiconActor } from './types';
import { expandForms } from './forms';
import data from './data/organizations.json';

interface OrganizationRow {
  name: string;
  kind: string;
  aliases: string[];
  affiliation?: string;
  metonyms?: string[];
  /** A national institution named as "<Russian|Russia's> <Foreign Ministry|foreign ministry|...>". */
  institution?: { prefixes: string[]; heads: string[] };
}

function organization({ name, kind, aliases, affiliation, metonyms = [], institution }: OrganizationRow): LexiconActor {
  const forms: string[] = [];
  for (const p of institution?.prefixes ?? []) for (const h of institution!.heads) forms.push(`${p} ${h}`);
  const entry: LexiconActor = { name, kind: kind as ActorKind, aliases: expandForms([name, ...forms, ...aliases], [name]) };
  if (metonyms.length) entry.metonyms = expandForms(metonyms, [], false);
  if (affiliation) entry.affiliation = affiliation;
  return entry;
}

/** The entries of data/organizations.json, which holds them by region and kind. */
export const ORGANIZATIONS: readonly LexiconActor[] = data.sections.flatMap((s) => (s.organizations as OrganizationRow[]).map(organization));
