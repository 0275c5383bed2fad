import fc from 'fast-check';
import type { ExtractedStatement } from '../../src/extract/types';

// Few words, so that statements overlap in every way the test knows: fragments inside others, with typos
// and stopwords; paraphrases sharing half their words; posts on one platform; dates that do or do not agree.
const WORDS = ['we', 'will', 'the', 'talks', 'progress', 'real', 'made', 'ceasefire', 'grain', 'Kyiv', 'moving', 'get', 'on', 'progres'];
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));

/** Statements of two speakers, quoted or paraphrased, made of few words. */
export const overlappingStatement: fc.Arbitrary<ExtractedStatement> = fc
  .record({
    speakerKey: fc.constantFrom('a', 'b'),
    kind: fc.constantFrom('DIRECT_QUOTE' as const, 'PARAPHRASE' as const),
    quotes: fc.array(words, { maxLength: 2 }),
    said: words,
    channel: fc.constantFrom(undefined, 'Twitter', 'Telegram', 'reporters'),
    date: fc.constantFrom(undefined, '2025-03-01', '2025-03-02'),
  })
  .map(({ said, ...s }) => ({ ...s, text: s.kind === 'DIRECT_QUOTE' && s.quotes.length > 0 ? s.quotes.join(' ') : said, spans: [{ start: 0, end: 1 }], aboutKeys: [] }));

/** A direct quote of one speaker. */
export function quoted(words: string[]): ExtractedStatement {
  return { speakerKey: 'a', kind: 'DIRECT_QUOTE', quotes: [words.join(' ')], text: words.join(' '), spans: [{ start: 0, end: 1 }], aboutKeys: [] };
}
