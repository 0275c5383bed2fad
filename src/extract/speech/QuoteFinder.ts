import type { QuoteSpan } from '../types';

type Style = 'double' | 'single';
interface Mark {
  pos: number;
  length: number;
  style: Style;
  role: 'open' | 'close' | 'either';
}

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:]/;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Curly double quotes are printed the wrong way round often enough (`peace,“ he said`, `”Yes,” she said`) that
 * their shape only decides when the context does not: a mark glued to a word or a comma on its left and free
 * on its right closes, one free on its left and glued to a word on its right opens.
 */
function curlyRole(ch: string, prev: string, next: string): Mark['role'] {
  const freeLeft = OPENING_CONTEXT.test(prev);
  const freeRight = /[\s.,;:!?)\]—–-]/.test(next);
  if (ch === '“' && !freeLeft && freeRight && /[\p{L}\p{N}.,;:!?'’)]/u.test(prev)) return 'close';
  if (ch === '”' && freeLeft && !freeRight && LETTER.test(next)) return 'open';
  return ch === '“' ? 'open' : 'close';
}

/**
 * Classifies every quote character of one paragraph. Straight quotes get their direction from what
 * surrounds them; an apostrophe inside a word ("Russia’s", "wouldn't") is not a quote mark at all.
 */
function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const prev = i > from ? text[i - 1] : ' ';
    const next = i + 1 < to ? text[i + 1] : ' ';
    if (ch === '“' || ch === '”') marks.push({ pos: i, length: 1, style: 'double', role: curlyRole(ch, prev, next) });
    else if (ch === '«' || ch === '„') marks.push({ pos: i, length: 1, style: 'double', role: 'open' });
    else if (ch === '»') marks.push({ pos: i, length: 1, style: 'double', role: 'close' });
    else if (ch === '"' || (ch === "'" && next === "'")) {
      // AP style writes a double quote as two apostrophes: ''like this''.
      const length = ch === '"' ? 1 : 2;
      const after = i + length < to ? text[i + length] : ' ';
      const role = OPENING_CONTEXT.test(prev) || i === from ? 'open' : /[\s.,;:!?)\]—–-]/.test(after) || i + length >= to ? 'close' : 'either';
      marks.push({ pos: i, length, style: 'double', role });
      i += length - 1;
    } else if (ch === '‘' || ch === "'" || ch === '’') {
      if (LETTER.test(prev) && LETTER.test(next)) continue; // apostrophe inside a word
      if ((OPENING_CONTEXT.test(prev) || i === from) && (LETTER.test(next) || next === '"' || next === '“')) {
        if (ch !== '’') marks.push({ pos: i, length: 1, style: 'single', role: 'open' });
      } else if (!OPENING_CONTEXT.test(prev) && ch !== '‘') {
        marks.push({ pos: i, length: 1, style: 'single', role: 'close' });
      }
    }
  }
  return marks;
}

/** Pairs marks of one style left to right; returns spans and the position of an unclosed opener, if any. */
function pair(marks: Mark[], style: Style, paragraphEnd: number, text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Mark | undefined;
  for (const m of marks) {
    if (m.style !== style) continue;
    if (!open) {
      if (m.role !== 'close') open = m;
      continue;
    }
    if (m.role === 'open' && style === 'single') {
      open = m; // a stray opener before the real one
      continue;
    }
    if (m.role === 'open' && style === 'double' && text[m.pos] !== '"') {
      open = m;
      continue;
    }
    spans.push({ start: open.pos, end: m.pos + m.length, contentStart: open.pos + open.length, contentEnd: m.pos, closed: true, nested: false });
    open = undefined;
  }
  if (open && style === 'double') {
    let end = paragraphEnd;
    while (end > open.pos + 1 && /\s/.test(text[end - 1])) end--;
    spans.push({ start: open.pos, end, contentStart: open.pos + open.length, contentEnd: end, closed: false, nested: false });
  }
  return spans;
}

/** A fast "is this position inside a quote?" over non-overlapping spans, by binary search. */
export function insideSpans(spans: readonly { start: number; end: number }[]): (pos: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (pos: number) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < sorted[mid].start) hi = mid - 1;
      else if (pos >= sorted[mid].end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/**
 * Finds quotations in every quote style news uses: curly and straight double quotes, British single quotes,
 * AP-style '' pairs, guillemets, quotes split around an attribution, and multi-paragraph quotes whose
 * paragraphs open with a mark and only the last one closes. Single quotes inside a double quote are nested.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const result: QuoteSpan[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const marks = marksOf(text, from, to);
    const doubles = pair(marks, 'double', to, text);
    const singles = pair(marks, 'single', to, text).map((s) => ({
      ...s,
      nested: doubles.some((d) => s.start > d.start && s.end <= d.end),
    }));
    // A single-quoted span that wraps a double-quoted one makes the double one nested instead.
    for (const d of doubles) d.nested = singles.some((s) => !s.nested && d.start > s.start && d.end <= s.end);
    result.push(...doubles, ...singles.filter((s) => s.contentEnd > s.contentStart));
    from = to + 1;
  }
  return result.sort((a, b) => a.start - b.start);
}
