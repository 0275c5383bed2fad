import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedText, NlpEntity, Sentence, Token } from './types';

const LETTERS = /^[\p{L}\p{M}]+$/u;
/** Runs of this many non-space characters or more are blanked before wink reads the text (see analyzeText). */
const LONGEST_READ_RUN = 64;
const LONG_RUN = new RegExp(`\\S{${LONGEST_READ_RUN + 1},}`, 'g');

// Loading the model costs ~100 ms; do it once per process.
const nlp = winkNLP(model);
const its = nlp.its;

/** White space as `\s` and `String.prototype.trim` define it, read from the character code. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[from, to) holds a character other than white space. */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether text[from, to) holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Whether the text has a run of non-space characters longer than wink reads quickly. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isSpaceCode(text.charCodeAt(i)) ? 0 : run + 1;
    if (run > LONGEST_READ_RUN) return true;
  }
  return false;
}

/**
 * Locates each token's characters in the original text. wink-nlp reports token values and spacing, not
 * offsets, so offsets are recovered by searching forward from the previous token; tokens whose value
 * wink normalised (rare) are aligned to the next non-space run instead of being dropped.
 */
function alignTokens(text: string, values: string[]): [number, number][] {
  const spans: [number, number][] = [];
  let cursor = 0;
  for (const value of values) {
    let start = text.indexOf(value, cursor);
    if (start < 0 || hasNonSpace(text, cursor, start)) {
      start = cursor;
      while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
      spans.push([start, Math.min(text.length, start + value.length)]);
    } else {
      spans.push([start, start + value.length]);
    }
    cursor = spans[spans.length - 1][1];
  }
  return spans;
}

/**
 * Sentences and tokens with character offsets. A line break always ends a sentence: news text puts
 * headlines, datelines and boilerplate on lines of their own without final punctuation.
 */
export function analyzeText(text: string): AnalyzedText {
  // wink's tokenizer slows sharply on very long tokens (a 64 KB token takes seconds). Runs of 65+ non-space
  // characters (encoded blobs, long rules of punctuation) carry nothing to extract: blank them, keeping
  // every offset, and take token values from the original text.
  const readable = hasLongRun(text) ? text.replace(LONG_RUN, (run) => ' '.repeat(run.length)) : text;
  const doc = nlp.readDoc(readable);
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink types its.lemma with a signature that out() does not accept, though it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.normal) as string[];
  const offsets = alignTokens(readable, values);

  // wink emits line breaks as tokens; they are separators here, and a line break always ends a sentence.
  const ownIndex: number[] = [];
  const tokens: Token[] = [];
  values.forEach((_, i) => {
    if (!hasNonSpace(text, offsets[i][0], offsets[i][1])) {
      ownIndex.push(-1);
      return;
    }
    const value = text.slice(offsets[i][0], offsets[i][1]);
    // wink splits words at letters outside its alphabet ("Vītola" → "V", "ī", "tola"); join them back.
    const previous = tokens[tokens.length - 1];
    if (previous && previous.end === offsets[i][0] && LETTERS.test(previous.value) && LETTERS.test(value)) {
      previous.value += value;
      previous.end = offsets[i][1];
      previous.normal = previous.value.toLowerCase();
      previous.lemma = previous.normal;
      if (pos[i] === 'PROPN') previous.pos = 'PROPN';
      ownIndex.push(tokens.length - 1);
      return;
    }
    ownIndex.push(tokens.length);
    tokens.push({ value, normal: normals[i], lemma: lemmas[i], pos: pos[i], start: offsets[i][0], end: offsets[i][1], sentence: -1 });
  });

  const sentences: Sentence[] = [];
  let paragraph = 0;
  const pushSentence = (first: number, last: number) => {
    if (first >= last) return;
    const start = tokens[first].start;
    const previous = sentences[sentences.length - 1];
    // wink ends a sentence inside "Chile-U.K.-Peru": a sentence never starts glued to the previous one.
    if (previous && previous.end === start && previous.lastToken === first) {
      previous.end = tokens[last - 1].end;
      previous.lastToken = last;
      for (let t = first; t < last; t++) tokens[t].sentence = previous.index;
      return;
    }
    if (previous && hasLineBreak(text, previous.end, start)) paragraph++;
    const sentence: Sentence = { index: sentences.length, start, end: tokens[last - 1].end, firstToken: first, lastToken: last, paragraph };
    for (let t = first; t < last; t++) tokens[t].sentence = sentence.index;
    sentences.push(sentence);
  };
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    let pieceStart = -1;
    let previousEnd = -1;
    for (let w = first; w <= last; w++) {
      const own = ownIndex[w];
      if (own < 0) continue;
      if (pieceStart < 0) pieceStart = own;
      else if (hasLineBreak(text, previousEnd, tokens[own].start)) {
        pushSentence(pieceStart, own);
        pieceStart = own;
      }
      previousEnd = tokens[own].end;
    }
    let lastOwn = pieceStart;
    for (let w = last; w >= first; w--) {
      if (ownIndex[w] >= 0) {
        lastOwn = ownIndex[w];
        break;
      }
    }
    if (pieceStart >= 0) pushSentence(pieceStart, lastOwn + 1);
  });

  const entities: NlpEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const start = offsets[first][0];
    const end = offsets[last][1];
    entities.push({ type: e.out(its.type) as string, start, end, value: text.slice(start, end) });
  });

  return { text, tokens, sentences, entities };
}
