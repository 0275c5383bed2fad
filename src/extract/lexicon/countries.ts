/**
 * Countries: every UN member state plus Taiwan, Kosovo, Palestine and Vatican City.
 *
 * What belongs here: the common English short name (`name`), official/long names and abbreviations
 * (`aliases`), adjectival demonyms (`demonyms`: "Russian", not "Russians"), and the capital or other
 * seat-of-government names that news uses to stand for the government (`metonyms`: "Moscow", "Kyiv").
 * General knowledge only: nothing about what any article says.
 *
 * Deliberately left out because they are ambiguous between entries: "Korea"/"Korean" (North vs South),
 * "Congo"/"Congolese" (DRC vs Republic of the Congo), "Guinean" beyond Guinea itself, "Brussels" (an EU
 * metonym, see organizations.ts) on Belgium.
 */
import type { LexiconActor } from './types';
import { expandForms } from './forms';
import data from './data/countries.json';

interface CountryRow { name: string; aliases: string[]; demonyms?: string[]; metonyms?: string[] }

function country({ name, aliases, demonyms = [], metonyms = [] }: CountryRow): LexiconActor {
  return {
    name,
    kind: 'COUNTRY',
    aliases: expandForms([name, ...aliases], [name]),
    demonyms: expandForms(demonyms),
    metonyms: expandForms(metonyms, [], false),
  };
}

/** The entries of data/countries.json, which holds them by region. */
export const COUNTRIES: readonly LexiconActor[] = data.sections.flatMap((s) => (s.countries as CountryRow[]).map(country));
