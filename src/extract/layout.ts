import type { AnalyzedText } from '../nlp/types';

/** Lines that are page furniture rather than reporting, whatever the outlet. */
const BOILERPLATE = /^(advertisement|more shorts|read more|related|sign up|subscribe|share this|follow us|watch:|listen:|photo:|image:|video:|copyright|©|all rights reserved|impact shorts)/i;
const TERMINAL = /[.!?:;…]["'”’)\]]*$/;

/**
 * Sentences that are headings, section titles, captions or boilerplate: a short line of its own without
 * final punctuation. They are not reporting, so no statement, meeting or agreement is taken from them.
 */
export function findNonProseSentences(analysis: AnalyzedText): Set<number> {
  const { text, sentences } = analysis;
  const result = new Set<number>();
  for (const s of sentences) {
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const nl = text.indexOf('\n', s.end);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd).trim();
    const ownLine = text.slice(lineStart, s.start).trim() === '' && text.slice(s.end, lineEnd).trim() === '';
    const words = line.split(/\s+/).length;
    if (BOILERPLATE.test(line)) result.add(s.index);
    else if (ownLine && words <= 16 && !TERMINAL.test(line)) result.add(s.index);
  }
  return result;
}
