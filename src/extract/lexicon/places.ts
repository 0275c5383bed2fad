/**
 * Places that recur in world news: cities, regions, frontline towns, summit venues and landmarks used
 * as meeting places, with the spelling variants English-language news uses ("Kyiv"/"Kiev",
 * "St Petersburg"/"Saint Petersburg"). `country` is the `name` of a COUNTRIES entry; for occupied or
 * disputed territory it is the internationally recognised state (Crimea → Ukraine, Golan Heights →
 * Syria, East Jerusalem → Palestine); Western Sahara is listed under Morocco, which administers most of
 * it, although its status is disputed. General geography only: nothing about what happened there.
 */
import { expandForms } from './forms';
import data from './data/places.json';

export interface LexiconPlace {
  name: string;
  variants: string[];
  country: string;
}

interface PlaceRow { name: string; country: string; variants?: string[] }

function place({ name, country, variants = [] }: PlaceRow): LexiconPlace {
  return { name, country, variants: expandForms([name, ...variants], [name]) };
}

/** The entries of data/places.json, which holds them by region. */
export const PLACES: readonly LexiconPlace[] = data.sections.flatMap((s) => (s.places as PlaceRow[]).map(place));
