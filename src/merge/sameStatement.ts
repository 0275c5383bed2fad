import { CHANNELS } from '../extract/lexicon';
import speechActs from './data/speechActs.json';
import type { ExtractedStatement } from '../extract/types';
import { containedIn, contentWords, numbersRecur, overlapCoefficient, sentencesOf, sharedCount, wordsOf, wordsToMatch } from './wording';

/*
 * Whether two statements of one speaker are one thing said. The test is symmetric: which of the two was read
 * first does not matter, so the merge may compare them in any order.
 */

/** Measured on the gold sets: 0.4 gains one seed merge but joins two different statements in the fixtures. */
const PARAPHRASE_OVERLAP = 0.5;
const PARAPHRASE_MIN_SHARED = 3;
const RENDERING_OVERLAP = 0.8;
const RENDERING_MIN_SHARED = 5;
/** Content words of the smaller that the other may lack: one, as with a typo; two make another remark. */
const RENDERING_MAX_CHANGED = 1;
/** Shorter sentences ("Yes.", "It is done.") recur in anyone's quotes. */
const MIN_SENTENCE_WORDS = 4;
/** Speech-act words every statement has in common; they say nothing about what was said. */
const SPEECH_ACT = new RegExp(`^(${speechActs.prefixes.join('|')})`);

/** The words a statement is compared by: its quoted fragments, word by word, and its point, as content words. */
export interface StatementWords {
  fragments: string[][];
  /** The words of each fragment, as sets. */
  fragmentWords: Set<string>[];
  point: Set<string>;
}

export function statementWords(s: ExtractedStatement): StatementWords {
  const fragments = s.quotes.map(wordsOf).filter((w) => w.length > 0);
  if (s.kind === 'DIRECT_QUOTE' && s.quotes.length > 1) fragments.push(wordsOf(s.quotes.join(' ')));
  // Each sentence of a longer quote is a remark of its own: another outlet may quote it alone, or with others.
  for (const q of s.quotes) {
    const sentences = sentencesOf(q);
    if (sentences.length > 1) fragments.push(...sentences.map(wordsOf).filter((w) => w.length >= MIN_SENTENCE_WORDS));
  }
  return { fragments, fragmentWords: fragments.map((w) => new Set(w)), point: pointOf(s) };
}

/** Kept for the statements that are compared, once per statement rather than once per compared pair. */
const kept = new WeakMap<ExtractedStatement, StatementWords>();

export function keepWords(s: ExtractedStatement, words: StatementWords): StatementWords {
  kept.set(s, words);
  return words;
}

export function wordsOfStatement(s: ExtractedStatement): StatementWords {
  return kept.get(s) ?? keepWords(s, statementWords(s));
}

/** One quoted fragment inside the other; of two fragments of one length, either may be the one inside. */
export function sameWords(a: ExtractedStatement, b: ExtractedStatement): boolean {
  const wa = wordsOfStatement(a);
  const wb = wordsOfStatement(b);
  for (let i = 0; i < wa.fragments.length; i++) {
    for (let j = 0; j < wb.fragments.length; j++) {
      const [x, y] = [wa.fragments[i], wb.fragments[j]];
      if (x.length <= y.length && enoughWordsIn(x, wb.fragmentWords[j]) && containedIn(x, y)) return true;
      if (y.length <= x.length && enoughWordsIn(y, wa.fragmentWords[i]) && containedIn(y, x)) return true;
    }
  }
  return false;
}

/** Whether as many of the short fragment's words as `containedIn` needs occur in the long one at all: a quick no. */
function enoughWordsIn(short: string[], long: Set<string>): boolean {
  let missing = short.length - wordsToMatch(short.length);
  for (const w of short) if (!long.has(w) && --missing < 0) return false;
  return true;
}

/**
 * What a statement is about, as comparable words: without the speech act, and without proper names, which
 * in news about one conflict recur in everything anyone says ("Russia", "Ukraine").
 */
function pointOf(s: ExtractedStatement): Set<string> {
  const common = s.text.replace(/\b\p{Lu}[\p{L}'’-]*/gu, ' ');
  return new Set([...contentWords(common)].filter((w) => !SPEECH_ACT.test(w)));
}

/** The words of a statement's text, once per statement: a statement is compared with many. */
const textWords = new WeakMap<ExtractedStatement, string[]>();

function textWordsOf(s: ExtractedStatement): string[] {
  let words = textWords.get(s);
  if (words === undefined) textWords.set(s, (words = wordsOf(s.text)));
  return words;
}

/** Different wordings of the same point: most content words of the shorter one recur in the other. */
export function samePoint(a: ExtractedStatement, b: ExtractedStatement): boolean {
  const pa = wordsOfStatement(a).point;
  const pb = wordsOfStatement(b).point;
  // Two quotes are verbatim, so only a re-rendering (another translation, another transcript) words one remark
  // differently, and then nearly all of its content words stay.
  if (a.kind === 'DIRECT_QUOTE' && b.kind === 'DIRECT_QUOTE') {
    const shared = sharedCount(pa, pb);
    if (shared < RENDERING_MIN_SHARED || overlapCoefficient(pa, pb) < RENDERING_OVERLAP || Math.min(pa.size, pb.size) - shared > RENDERING_MAX_CHANGED) return false;
    // A rendering keeps the numbers, all of them.
    const [na, nb] = [textWordsOf(a), textWordsOf(b)];
    return numbersRecur(na, nb) && numbersRecur(nb, na);
  }
  if (sharedCount(pa, pb) < PARAPHRASE_MIN_SHARED || overlapCoefficient(pa, pb) < PARAPHRASE_OVERLAP) return false;
  // One telling may leave numbers out, but not give others ("a 10% cut" and "a 25% cut" are two points).
  const [na, nb] = [textWordsOf(a), textWordsOf(b)];
  return numbersRecur(na, nb) || numbersRecur(nb, na);
}

/**
 * The fewest point words that a point of `size` words, the smaller of two, shares with the other when
 * `samePoint` holds (Infinity when it never can): computed with the test's own arithmetic.
 */
export function pointWordsToShare(size: number): number {
  if (size < PARAPHRASE_MIN_SHARED) return Infinity;
  let shared = PARAPHRASE_MIN_SHARED;
  while (shared / size < PARAPHRASE_OVERLAP) shared++;
  return shared;
}

const PLATFORMS = new Set(CHANNELS.filter((c) => c.platform).map((c) => c.name));

export function isPlatform(channel: string | undefined): channel is string {
  return channel !== undefined && PLATFORMS.has(channel);
}

/**
 * Reports of one speaker's post on one platform ("he said later on X", "writing on X, he said", "he later
 * clarified on X") tell of the same post when they share any content at all.
 */
export function samePost(a: ExtractedStatement, b: ExtractedStatement): boolean {
  if (!isPlatform(a.channel) || a.channel !== b.channel) return false;
  return sharedCount(wordsOfStatement(a).point, wordsOfStatement(b).point) >= 1;
}

export function datesAgree(a: ExtractedStatement, b: ExtractedStatement): boolean {
  return !a.date || !b.date || a.date === b.date;
}

/** Whether two statements of one speaker are one thing said; the cheap word-set tests go first. */
export function sameStatement(a: ExtractedStatement, b: ExtractedStatement): boolean {
  return datesAgree(a, b) && (samePoint(a, b) || samePost(a, b) || sameWords(a, b));
}
