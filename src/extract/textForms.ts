/** Identity-preserving text normalisations shared by extraction and merge. */
import { stripAccents } from './lexicon/forms';

export { stripAccents };

/** "Vladimir Putin" → "vladimir-putin": readable, deterministic id parts. */
export function slugify(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Collapses runs of white space so excerpts from different layouts read the same. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
