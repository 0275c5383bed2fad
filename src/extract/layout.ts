import type { AnalyzedText } from '../nlp/types';

/** Lines that are page furniture rather than reporting, whatever the outlet. */
const BOILERPLATE = /^(advertisement|more shorts|read more|related|sign up|subscribe|share this|follow us|watch:|listen:|photo:|image:|video:|copyright|©|all rights reserved|impact shorts)/i;
const TERMINAL = /[.!?:;…]["'”’)\]]*$/;

/**
 * Sentences that are headings, section titles, captions or boilerplate: a short line of its own without
 * final punctuation. They are not reporting, so no statement, meeting or agreement is taken from them.
 * Linear in the text: each line is measured once, however many sentences it holds.
 */
export function findNonProseSentences(analysis: AnalyzedText): Set<number> {
  const { text, sentences } = analysis;
  const result = new Set<number>();
  let lineStart = 0;
  let s = 0;
  while (lineStart <= text.length && s < sentences.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const inLine: number[] = [];
    while (s < sentences.length && sentences[s].start < lineEnd) inLine.push(s++);
    if (inLine.length > 0) {
      // Only a short line can be furniture; the test needs its text, the rest does not.
      const line = lineEnd - lineStart <= 400 ? text.slice(lineStart, lineEnd).trim() : undefined;
      if (line !== undefined && BOILERPLATE.test(line)) for (const i of inLine) result.add(i);
      else if (line !== undefined && inLine.length === 1 && line.split(/\s+/).length <= 16 && !TERMINAL.test(line)) result.add(inLine[0]);
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return result;
}
