/*
 * "the Velmar Workers Union (VWU)": news gives a body's acronym in brackets right after its full name, then uses
 * the acronym alone. The acronym counts when its letters are the initials of the name's capitalised words, in
 * order and starting with the first (small words such as "of" and "and" may be skipped).
 */

const BRACKETED = /^ ?\(([A-Z][A-Z0-9&]{1,9})\)/;

/** The acronym in brackets right after `end`, when it fits the name `surface`. */
export function acronymAfter(text: string, end: number, surface: string): string | undefined {
  const match = BRACKETED.exec(text.slice(end, end + 14));
  if (!match) return undefined;
  const acronym = match[1];
  const letters = acronym.replace(/[^A-Z]/g, '');
  const initials = surface
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (letters.length < 2 || initials[0] !== letters[0]) return undefined;
  let matched = 0;
  for (const c of initials) if (c === letters[matched]) matched++;
  return matched === letters.length ? acronym : undefined;
}
