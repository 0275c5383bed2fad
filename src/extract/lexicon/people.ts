/**
 * Prominent people in world political news, as of 2025.
 *
 * What belongs here: the usual English news spelling of the full name (`name`), other forms news uses
 * (`aliases`: the bare surname, transliteration and accent variants, well-known nicknames), the offices
 * they are commonly known by (`titles`, lower-case, without the country: "president", "kremlin
 * spokesman"), and `affiliation` = the `name` of a country or organisation entry. Former office-holders
 * still in the news carry "former ..." titles. General knowledge only: never what an article says.
 *
 * Bare surnames are given only when no other entry shares them. Deliberately omitted as ambiguous:
 * Kim, Lee, Wang, Li, Zhang, Lin, Han, Cho, Johnson (Boris/Mike), Powell (Jerome/Jonathan), Clinton,
 * Khan, Singh, Shah, Gandhi, Wong (Penny/Lawrence), Albanese (Anthony/Francesca), Barzani, Zardari,
 * Shinawatra, Hun, Duterte, Rodríguez, Qassem, Sinwar, "bin Salman", "bin Zayed", "Al Thani",
 * Sanders, Miller, Kennedy, Harris-vs-none (Simon Harris is left out so "Harris" stays Kamala Harris).
 */
import type { LexiconActor } from './types';
import { expandForms } from './forms';
import data from './data/people.json';

interface PersonRow { name: string; aliases: string[]; titles?: string[]; affiliation?: string }

function person({ name, aliases, titles = [], affiliation }: PersonRow): LexiconActor {
  const entry: LexiconActor = { name, kind: 'PERSON', aliases: expandForms([name, ...aliases], [name]), titles };
  if (affiliation) entry.affiliation = affiliation;
  return entry;
}

/** The entries of data/people.json, which holds them by region. */
export const PEOPLE: readonly LexiconActor[] = data.sections.flatMap((s) => (s.people as PersonRow[]).map(person));
