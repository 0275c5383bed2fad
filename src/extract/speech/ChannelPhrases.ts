import { partitionPoint } from '../../listIndex';
import { CHANNELS } from '../lexicon';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lower-cased for the searches that decide where the expressions run. The expressions of case-insensitive
 * channels compare by Unicode case folding, which also equates "ſ" (long s) with "s", where lower-casing does not.
 */
const foldedForSearch = (s: string) => s.toLowerCase().replace(/ſ/g, 's');

/** Words in so many sentences that a phrase anchored on one would be looked for in every article. */
const COMMON_WORDS = new Set(['a', 'an', 'the', 'on', 'in', 'at', 'of', 'to', 'by', 'with', 'and', 'its', 'told', 'said', 'call', 'meeting']);

/**
 * The run of ASCII letters of a phrase that a text must hold for the phrase to be there: a phrase matches
 * where no letter or digit precedes or follows it, so each of its runs of ASCII letters (lower-cased unless
 * the channel is case-sensitive) is a whole run of the text's. Of those, the rarest-looking one: a capitalised
 * word for a case-sensitive channel ("X" of "on X"), else the longest uncommon one, the later of two ("TV" of "on TV").
 */
function anchorOf(phrase: string, caseSensitive: boolean): string | undefined {
  const words = caseSensitive ? phrase.match(/[A-Za-z]+/g) : foldedForSearch(phrase).match(/[a-z]+/g);
  const rank = (w: string) => w.length + (/[A-Z]/.test(w) ? 100 : 0) - (COMMON_WORDS.has(w.toLowerCase()) ? 50 : 0);
  return words?.reduce((best, w) => (rank(w) >= rank(best) ? w : best));
}

/**
 * Each channel's phrases as one regular expression, on word boundaries, compiled once. The expressions (a
 * look-behind, then dozens of alternatives) cost far more than plain searches, and most texts name few
 * channels, so an expression runs only on texts where searches find what every one of its matches contains,
 * and then once over the whole text.
 */
const CHANNEL_PATTERNS = CHANNELS.map((channel) => {
  const caseSensitive = channel.caseSensitive === true;
  return {
    name: channel.name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${channel.patterns.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu'),
    caseSensitive,
    anchors: channel.patterns.map((p) => anchorOf(p, caseSensitive)),
  };
});
type ChannelPattern = (typeof CHANNEL_PATTERNS)[number];

/** Anchor words → the channels with a phrase anchored on them, and one expression finding any of them as a whole run. */
function anchorIndex(caseSensitive: boolean): { channels: Map<string, ChannelPattern[]>; pattern: RegExp } {
  const channels = new Map<string, ChannelPattern[]>();
  for (const c of CHANNEL_PATTERNS) {
    if (c.caseSensitive !== caseSensitive) continue;
    for (const a of new Set(c.anchors)) if (a !== undefined) channels.set(a, [...(channels.get(a) ?? []), c]);
  }
  const letter = caseSensitive ? '[A-Za-z]' : '[a-z]';
  const words = [...channels.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { channels, pattern: new RegExp(`(?<!${letter})(?:${words.join('|')})(?!${letter})`, 'g') };
}
const EXACT_ANCHORS = anchorIndex(true);
const FOLDED_ANCHORS = anchorIndex(false);
/** Channels with a phrase without letters, which no search can rule out. */
const UNANCHORED = CHANNEL_PATTERNS.filter((c) => c.anchors.includes(undefined));

/** A channel phrase found in a text: the channel's name and where the phrase starts. */
export interface ChannelPhrase {
  name: string;
  index: number;
}

/** Where one article names channels ("on Truth Social", "told reporters", "in a statement"). */
export class ChannelPhrases {
  /** The channels whose phrases may be in the article, in lexicon order. */
  private readonly candidates: ChannelPattern[];

  constructor(private readonly text: string) {
    const found = new Set<ChannelPattern>(UNANCHORED);
    for (const [searched, { channels, pattern }] of [[text, EXACT_ANCHORS], [foldedForSearch(text), FOLDED_ANCHORS]] as const) {
      for (const m of searched.matchAll(pattern)) for (const c of channels.get(m[0]) ?? []) found.add(c);
    }
    this.candidates = CHANNEL_PATTERNS.filter((c) => found.has(c));
  }

  /** Each candidate's phrases over the whole text, in text order: found once, then looked up per window. */
  private matches?: { index: number; end: number }[][];

  /** The channel phrases in [start, end), channel by channel in lexicon order, each channel's in text order. */
  within(start: number, end: number): ChannelPhrase[] {
    this.matches ??= this.candidates.map(({ pattern }) => [...this.text.matchAll(pattern)].map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length })));
    const found: ChannelPhrase[] = [];
    this.candidates.forEach(({ name }, c) => {
      const all = this.matches![c];
      for (let k = firstAtOrAfter(all, start); k < all.length && all[k].index < end; k++) {
        if (all[k].end <= end) found.push({ name, index: all[k].index });
      }
    });
    return found;
  }
}

/** The first match starting at or after `pos` (binary search over matches in text order). */
function firstAtOrAfter(matches: readonly { index: number }[], pos: number): number {
  return partitionPoint(0, matches.length, (k) => matches[k].index < pos);
}
