import type { AnalyzedText } from '../../nlp/types';
import type { SpeakerResolver } from '../speech/SpeakerResolver';
import type { ArticleActor, QuantityFact } from '../types';
import { findMoney } from '../values/quantities';

/** Verbs that assert the same kind of transfer, so that sources' amounts for it can be compared. */
const PREDICATE_CLASSES: Record<string, string> = {
  buy: 'buy', purchase: 'buy', import: 'buy', acquire: 'buy', order: 'buy',
  give: 'give', provide: 'give', donate: 'give', grant: 'give', pledge: 'give', send: 'give', allocate: 'give', contribute: 'give',
  pay: 'pay', spend: 'pay', invest: 'invest', lend: 'lend', loan: 'lend', borrow: 'borrow', raise: 'raise', fine: 'fine',
};

interface Context {
  analysis: AnalyzedText;
  actors: ReadonlyMap<string, ArticleActor>;
  speakers: SpeakerResolver;
  nonProse: ReadonlySet<number>;
  isQuoted: (pos: number) => boolean;
}

/**
 * Money amounts sources assert about an actor ("she donated the equivalent of around $50"): the verb that
 * governs the amount and the actor doing it, so that different sources' amounts can be compared as values.
 * A converted amount in parentheses ("€21 billion ($24bn)") restates the first and is skipped.
 */
export function extractQuantityFacts(ctx: Context): QuantityFact[] {
  const { analysis } = ctx;
  const { tokens, text } = analysis;
  const facts: QuantityFact[] = [];
  for (const sentence of analysis.sentences) {
    if (ctx.nonProse.has(sentence.index)) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    for (const money of findMoney(sentenceText)) {
      const start = sentence.start + money.index;
      if (ctx.isQuoted(start) || /\(\s*[^()]*$/.test(sentenceText.slice(0, money.index))) continue;
      let verb = -1;
      for (let i = sentence.firstToken; i < sentence.lastToken && tokens[i].start < start; i++) if (tokens[i].pos === 'VERB') verb = i;
      if (verb < 0) continue;
      const subject = ctx.speakers.resolveLeft(verb) ?? ctx.speakers.sentenceSubject(verb, ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP']);
      if (!subject) continue;
      facts.push({
        subjectKey: subject.key,
        predicate: PREDICATE_CLASSES[tokens[verb].lemma] ?? tokens[verb].lemma,
        value: { text: money.text, unit: money.unit, low: money.low, high: money.high },
        span: { start, end: start + money.text.length },
      });
    }
  }
  return facts;
}
