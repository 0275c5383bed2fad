import { stripAccents } from '../extract/textForms';

const STOPWORDS = new Set('a an the of to in on at for and or but is are was were be been it its this that with by as from has have had he she they we i you his her their our not no will would could should can do does did there here than then so if into over about'.split(' '));

/**
 * Words of a quote as a reader compares them: case, accents, quote styles, dashes, editorial insertions
 * ("[sic]", "(are)") and punctuation do not make two wordings different.
 */
export function wordsOf(s: string): string[] {
  return stripAccents(s)
    .toLowerCase()
    .replace(/\[sic\]/g, ' ')
    .replace(/[()[\]]/g, ' ')
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== "'");
}

function lcs(a: string[], b: string[]): number {
  const dp = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return dp[b.length];
}

export function isStopword(w: string): boolean {
  return STOPWORDS.has(w);
}

/** How many words of a fragment of `length` words `containedIn` must find in order: all of one or two, 80% of more. */
export function wordsToMatch(length: number): number {
  return length <= 2 ? length : Math.ceil(length * 0.8);
}

/**
 * Whether the shorter wording appears inside the longer one: exactly for fragments of one or two words
 * ("get moving"), and allowing a few changed words (typos, "[sic]", "(are)") for longer ones, within a
 * window of about the fragment's length so that scattered common words do not count.
 */
export function containedIn(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length > long.length + 2) return false;
  if (short.every((w) => STOPWORDS.has(w))) return false;
  if (!numbersRecur(short, long)) return false;
  if (short.length <= 2) {
    for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, k) => long[i + k] === w)) return true;
    return false;
  }
  const need = wordsToMatch(short.length);
  const width = short.length + 2;
  for (let i = 0; i < Math.max(1, long.length - short.length + 1); i++) {
    if (!long.slice(i, i + width).includes(short[0]) && !long.slice(i, i + width).includes(short[1])) continue;
    const window = long.slice(i, i + width);
    if ((lcs(short, window) >= need && contentWordsMissing(short, window) <= MAX_CHANGED_CONTENT_WORDS) || sameWordsReordered(short, window, need)) return true;
  }
  return false;
}

/** A typo changes one word; two changed content words ("on energy security" for "on a prisoner exchange") are another remark. */
const MAX_CHANGED_CONTENT_WORDS = 1;

function contentWordsMissing(short: string[], window: string[]): number {
  const present = new Set(window);
  let missing = 0;
  for (const w of short) if (!STOPWORDS.has(w) && !present.has(w)) missing++;
  return missing;
}

/**
 * A retelling that keeps the words but moves a phrase ("pay the A reciprocal tariffs of 15%" for "pay
 * reciprocal tariffs to the A of 15%"): every content word of the fragment in the window, and as many of
 * all its words, counted with repeats, as the in-order test needs.
 */
function sameWordsReordered(short: string[], window: string[], need: number): boolean {
  const left = new Map<string, number>();
  for (const w of window) left.set(w, (left.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of short) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      left.set(w, n - 1);
      found++;
    } else if (!STOPWORDS.has(w)) return false;
  }
  return found >= need;
}

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'edly', 'ally', 'ed', 'es', 'al', 'ly', 's', 'e'];

/** A light suffix stripper: "refused"/"refusal" → "refus", "approved"/"approval" → "approv"; "world's" → "world". */
function stem(w: string): string {
  const bare = w.replace(/'s?$/, '');
  const once = stripSuffix(bare);
  // Stripped again, so that "collectively" meets "collective" ("collectiv").
  return once === bare ? once : stripSuffix(once);
}

function stripSuffix(w: string): string {
  for (const suffix of SUFFIXES) if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  return w;
}

/** Content words, stemmed, for comparing paraphrases. */
export function contentWords(s: string): Set<string> {
  return new Set(wordsOf(s).filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem));
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter;
}

/** Shared words over the smaller set: a short paraphrase of a longer statement still scores high. */
export function overlapCoefficient(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return sharedCount(a, b) / Math.min(a.size, b.size);
}

/** The sentences of a quote: a stop, question or exclamation mark followed by a capital (after any quote mark). */
export function sentencesOf(quote: string): string[] {
  return quote.split(/(?<=[.!?…])\s+(?=["“‘'(]?\p{Lu})/u).filter((x) => x.trim().length > 0);
}

const NUMBER = /^\d/;

/**
 * Whether every number of the shorter wording recurs in the other: numbers are what a retelling keeps, and
 * "in round 3" and "in round 14" are two remarks however alike the rest.
 */
export function numbersRecur(short: Iterable<string>, long: string[] | Set<string>): boolean {
  // Most wordings have no number: the other side's set is built only for one that has.
  let other: Set<string> | undefined;
  for (const w of short) {
    if (!NUMBER.test(w)) continue;
    other ??= long instanceof Set ? long : new Set(long);
    if (!other.has(w)) return false;
  }
  return true;
}
