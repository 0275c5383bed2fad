import { CHANNELS } from '../lexicon';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lower-cased for the searches that decide where the expressions run. The expressions of case-insensitive
 * channels compare by Unicode case folding, which also equates "ſ" (long s) with "s", where lower-casing does not.
 */
const foldedForSearch = (s: string) => s.toLowerCase().replace(/ſ/g, 's');

/** A phrase's first run of ASCII letters: a text holds the phrase only if it holds this as a word of its own. */
const leadWordOf = (phrase: string) => /^[a-z]*/.exec(foldedForSearch(phrase))![0];

/**
 * Each channel's phrases as one regular expression, on word boundaries, compiled once. The expressions (a
 * look-behind, then dozens of alternatives) cost far more than plain searches, and most texts name few
 * channels, so an expression runs only where searches find what every one of its matches contains.
 */
const CHANNEL_PATTERNS = CHANNELS.map((channel) => ({
  name: channel.name,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${channel.patterns.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, channel.caseSensitive ? 'gu' : 'giu'),
  caseSensitive: channel.caseSensitive === true,
  phrases: channel.caseSensitive ? channel.patterns : channel.patterns.map(foldedForSearch),
  leadWords: channel.patterns.map(leadWordOf),
}));

/** A channel phrase found in a text: the channel's name and where the phrase starts. */
export interface ChannelPhrase {
  name: string;
  index: number;
}

/** Where one article names channels ("on Truth Social", "told reporters", "in a statement"). */
export class ChannelPhrases {
  private readonly candidates: typeof CHANNEL_PATTERNS;

  constructor(private readonly text: string) {
    // A phrase starts where no letter or digit precedes it and its lead word ends where no ASCII letter follows
    // (a space, a hyphen or an accented letter comes next in the phrase, or its end, where no letter may follow):
    // so the lead word is one of the article's runs of ASCII letters.
    const words = new Set(foldedForSearch(text).match(/[a-z]+/g));
    this.candidates = CHANNEL_PATTERNS.filter(({ leadWords }) => leadWords.some((w) => w === '' || words.has(w)));
  }

  /** The channel phrases in [start, end), channel by channel in lexicon order, each channel's in text order. */
  within(start: number, end: number): ChannelPhrase[] {
    const window = this.text.slice(start, end);
    const folded = foldedForSearch(window);
    const found: ChannelPhrase[] = [];
    for (const { name, pattern, caseSensitive, phrases } of this.candidates) {
      const searched = caseSensitive ? window : folded;
      if (!phrases.some((p) => searched.includes(p))) continue;
      for (const m of window.matchAll(pattern)) found.push({ name, index: start + (m.index ?? 0) });
    }
    return found;
  }
}
