import type { AnalyzedText, Sentence, Token } from '../../nlp/types';
import type { ActorMention, ArticleActor, ExtractedAgreement } from '../types';
import { slugify, squeeze } from '../textForms';
import data from './data/transfers.json';

const alternatives = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const TO = new RegExp(`\\b(?:${alternatives(data.toCues)})\\s+$`, 'i');
const SIGNING = new RegExp(`\\b(?:${alternatives(data.signingCues)})\\s+$`, 'i');
const FROM = /\bfrom\s+$/i;
const MONEY = new RegExp(`(?:${data.moneyWords.map((w) => (/^\w/.test(w) ? `\\b${w}\\b` : w)).join('|')})`, 'i');
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
const BODY_KINDS = new Set(['ORGANIZATION', 'PERSON', undefined]);

interface Context {
  analysis: AnalyzedText;
  actors: Map<string, ArticleActor>;
  mentions: ActorMention[];
  nonProse: ReadonlySet<number>;
  isQuoted: (pos: number) => boolean;
}

/** The capitalised name that starts at token `i` ("Lakeside Rovers", "Rovers"), skipping "the". */
function nameAt(tokens: Token[], i: number, sentence: Sentence): [number, number] | undefined {
  let first = i;
  if (tokens[first]?.normal === 'the') first++;
  let last = first - 1;
  while (last + 1 < sentence.lastToken && CAPITALISED.test(tokens[last + 1].value)) last++;
  return last >= first ? [first, last] : undefined;
}

/** The body named by tokens first..last: the actor of that name, made an organisation, or a new one. */
function bodyOf(span: [number, number], ctx: Context): string | undefined {
  const { tokens, text } = ctx.analysis;
  const start = tokens[span[0]].start;
  const end = tokens[span[1]].end;
  const name = text.slice(start, end);
  const key = slugify(name);
  const known = ctx.actors.get(key);
  // A country or group that "joins" is not a club: only unknown names, people-shaped names and organisations.
  if (!BODY_KINDS.has(known?.kind)) return undefined;
  // A person the lexicon knows or the text gives a title ("President X") stays a person.
  if (known?.kind === 'PERSON' && (known.fromLexicon || known.titles.length > 0)) return undefined;
  if (known) known.kind = 'ORGANIZATION';
  else ctx.actors.set(key, { key, name, kind: 'ORGANIZATION', aliases: [], titles: [], fromLexicon: false });
  if (!ctx.mentions.some((m) => m.start === start && m.key === key)) {
    ctx.mentions.push({ key, start, end, surface: name, via: 'unknown-name', sentence: tokens[span[0]].sentence, firstToken: span[0], lastToken: span[1] });
  }
  return key;
}

/**
 * Transfers between two bodies, one sentence each: "X joins A from B in a deal worth ...", "A confirmed the
 * signing of X from B". The destination and the origin become the parties (organisations, since the text
 * makes them so); the agreement is done: the sentence reports the move.
 */
export function extractTransfers(ctx: Context): ExtractedAgreement[] {
  const { tokens, text, sentences } = ctx.analysis;
  const out: ExtractedAgreement[] = [];
  for (const sentence of sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (ctx.nonProse.has(sentence.index) || !/\bfrom\b/i.test(sentenceText) || !MONEY.test(sentenceText)) continue;
    let to: [number, number] | undefined;
    let from: [number, number] | undefined;
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      if (ctx.isQuoted(tokens[i].start) || !CAPITALISED.test(tokens[i].value)) continue;
      const before = text.slice(Math.max(sentence.start, tokens[i].start - 30), tokens[i].start).replace(/\bthe\s+$/i, '');
      if (!to && TO.test(before)) to = nameAt(tokens, i, sentence);
      else if (!to && SIGNING.test(before) && i > sentence.firstToken) to = nameAt(tokens, sentence.firstToken, sentence);
      else if (to && !from && FROM.test(before)) from = nameAt(tokens, i, sentence);
    }
    if (!to || !from) continue;
    const keys = [bodyOf(to, ctx), bodyOf(from, ctx)].filter((k): k is string => !!k);
    if (keys.length < 2 || keys[0] === keys[1]) continue;
    out.push({ kind: 'transfer', partyKeys: [...new Set(keys)].sort(), status: 'AGREED', terms: squeeze(sentenceText), spans: [{ start: sentence.start, end: sentence.end }] });
  }
  if (out.length > 0) ctx.mentions.sort((a, b) => a.start - b.start);
  return out;
}
