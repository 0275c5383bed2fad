import type { ActorKind } from '../../ontology/types';

/**
 * General knowledge about a well-known actor: who they are, never what they said or did in a particular article.
 * `affiliation` is the `name` of another entry (Peskov → Kremlin → Russia).
 */
export interface LexiconActor {
  name: string;
  kind: ActorKind;
  /** Other names the actor goes by in news text, including surname-only forms and metonyms ("Moscow" for Russia is NOT here: see `metonyms`). */
  aliases?: string[];
  /** Demonym adjectives that refer to a country ("Russian", "Ukrainian"). Countries only. */
  demonyms?: string[];
  /** Place names used in news to stand for the actor ("Moscow", "Kyiv", "Washington"). */
  metonyms?: string[];
  /** Offices the actor is commonly known by, lower-case, without the country ("president", "kremlin spokesman"). */
  titles?: string[];
  affiliation?: string;
}
