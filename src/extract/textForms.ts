/** Identity-preserving text normalisations shared by extraction and merge. */

export function stripDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** "Vladimir Putin" → "vladimir-putin": readable, deterministic id parts. */
export function slugify(s: string): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Collapses runs of white space so excerpts from different layouts read the same. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
