/**
 * Small helpers shared by the lexicon modules. Matching downstream is exact and case-sensitive, so every
 * surface form that news text may contain must be listed; these helpers add the mechanical variants
 * (typographic apostrophes) and drop duplicates, nothing else.
 */

/**
 * Adds the typographic-apostrophe spelling of every form containing a straight one ("Sa'ar" → "Sa’ar") and,
 * unless `accents` is false, the unaccented spelling of accented forms ("Orbán" → "Orban"), which English
 * news uses about as often. Forms listed in `exclude` (typically the entry's own name) are left out.
 */
export function expandForms(forms: readonly string[], exclude: readonly string[] = [], accents = true): string[] {
  const out: string[] = [];
  const seen = new Set<string>(exclude);
  const push = (f: string) => {
    const t = f.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  };
  const withQuotes = (f: string) => {
    push(f);
    if (f.includes("'")) push(f.replace(/'/g, '\u2019'));
    if (f.includes('\u2019')) push(f.replace(/\u2019/g, "'"));
  };
  for (const f of forms) {
    withQuotes(f);
    if (accents) {
      const plain = stripAccents(f);
      if (plain !== f) withQuotes(plain);
    }
  }
  return out;
}

/** Removes accents: "Orbán" → "Orban". */
export function stripAccents(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Key used to compare forms across entries: accent-, case- and apostrophe-insensitive, squeezed. */
export function comparisonKey(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
