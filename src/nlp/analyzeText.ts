import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedText, NlpEntity, Sentence, Token } from './types';

const LETTERS = /^[\p{L}\p{M}]+$/u;

// Loading the model costs ~100 ms; do it once per process.
const nlp = winkNLP(model);
const its = nlp.its;

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
    if (start < 0 || /\S/.test(text.slice(cursor, start))) {
      start = cursor;
      while (start < text.length && /\s/.test(text[start])) start++;
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
  const readable = text.replace(/\S{65,}/g, (run) => ' '.repeat(run.length));
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
    const value = text.slice(offsets[i][0], offsets[i][1]);
    if (value.trim() === '') {
      ownIndex.push(-1);
      return;
    }
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
    if (previous && text.slice(previous.end, start).includes('\n')) paragraph++;
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
      else if (text.slice(previousEnd, tokens[own].start).includes('\n')) {
        pushSentence(pieceStart, own);
        pieceStart = own;
      }
      previousEnd = tokens[own].end;
    }
    if (pieceStart >= 0) pushSentence(pieceStart, (ownIndex.slice(first, last + 1).filter((x) => x >= 0).pop() ?? pieceStart) + 1);
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
