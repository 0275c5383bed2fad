import type { ExtractedStatement } from '../extract/types';
import type { Span } from '../nlp/types';
import { sentencesOf, wordsOf } from './wording';

/*
 * A statement as the extractor gives it may join several quoted passages of one article ("…,” she said. “…”),
 * and a passage several sentences. Other outlets often quote only one of them, or group them otherwise, so
 * the cross-source merge compares and joins each on its own: a remark. The remarks of one statement become
 * one Statement again unless other outlets tell them apart (siblingRemarks.ts), and the reports of adjacent
 * remarks are then one report again (mergeStatements.ts).
 */

/** Sentences shorter than this ("Yes.", "It is done.") stay with the one before them. */
const MIN_SENTENCE_WORDS = 4;

/** The remarks of one extracted statement: one per place it is told, and per sentence of a quoted passage. */
export function remarksOf(statement: ExtractedStatement, text: string): ExtractedStatement[] {
  const passages = statement.spans.map((span) => text.slice(span.start, span.end));
  const quotesOf = passages.map((passage) => statement.quotes.filter((q) => passage.includes(q)));
  // A passage without its own quoted words could not be compared: the statement then stays whole.
  if (statement.spans.length > 1 && quotesOf.some((quotes) => quotes.length === 0)) return [statement];
  const remarks = statement.spans.flatMap((span, k) => {
    const sentences = statement.kind === 'DIRECT_QUOTE' && quotesOf[k].length === 1 ? sentenceSpans(text, span, quotesOf[k][0]) : [];
    if (sentences.length > 1) return sentences.map(({ sentence, span: s }) => ({ ...statement, text: sentence, quotes: [sentence], spans: [s] }));
    return [{ ...statement, text: statement.spans.length > 1 ? quotesOf[k].join(' ') : statement.text, quotes: statement.spans.length > 1 ? quotesOf[k] : statement.quotes, spans: [span] }];
  });
  return remarks.length === 1 ? [statement] : remarks;
}

/**
 * The sentences of the quote told at `span`, each with the part of the span it covers: the first from the
 * span's start, the last to its end (quote marks and attribution included), so that together they are the span.
 */
function sentenceSpans(text: string, span: Span, quote: string): { sentence: string; span: Span }[] {
  const sentences: string[] = [];
  for (const s of sentencesOf(quote)) {
    if (sentences.length > 0 && wordsOf(s).length < MIN_SENTENCE_WORDS) sentences[sentences.length - 1] += ` ${s}`;
    else sentences.push(s);
  }
  if (sentences.length > 1 && wordsOf(sentences[0]).length < MIN_SENTENCE_WORDS) sentences.splice(0, 2, `${sentences[0]} ${sentences[1]}`);
  if (sentences.length < 2) return [];
  const out: { sentence: string; span: Span }[] = [];
  let at = text.indexOf(quote, span.start);
  if (at < 0 || at >= span.end) return [];
  for (let k = 0; k < sentences.length; k++) {
    const first = sentences[k].split(' ')[0];
    const start = text.indexOf(first, at);
    if (start < 0 || start >= span.end) return [];
    const end = k + 1 < sentences.length ? text.indexOf(sentences[k + 1].split(' ')[0], start + sentences[k].length - 1) : span.end;
    if (end < 0 || end > span.end) return [];
    out.push({ sentence: sentences[k], span: { start: k === 0 ? span.start : start, end: k + 1 < sentences.length ? end : span.end } });
    at = end;
  }
  return out;
}

/**
 * Which passage of its told statement a remark comes from, as a key unique in the corpus: the sentences of one
 * quoted passage share it, the passages around an attribution ("…,” she said. “…”) do not.
 */
export function passageKey(sourceId: string, told: ExtractedStatement, remark: ExtractedStatement): string {
  const at = remark.spans[0].start;
  const passage = told.spans.find((t) => t.start <= at && at < t.end) ?? remark.spans[0];
  return `${sourceId}:${passage.start}`;
}
