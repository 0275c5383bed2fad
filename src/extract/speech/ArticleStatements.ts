import type { Sentence, Span } from '../../nlp/types';
import { squeeze } from '../textForms';
import { ChannelPhrases } from './ChannelPhrases';
import type { DetectedQuote, ExtractedStatement, QuoteSpan } from '../types';
import { appendTo } from '../../listIndex';
import type { StatementContext } from './StatementExtractor';
import type { SpeechCues } from './SpeechCues';

export function trimQuote(s: string): string {
  return squeeze(s).replace(/^[\s,]+|[\s,]+$/g, '');
}

/**
 * The statements of one article found so far, with what they used: the quotes they carry, the cues that
 * introduced them, and where they lie by sentence, so that later cues find them without a scan.
 */
export class ArticleStatements {
  readonly detected = new Map<QuoteSpan, DetectedQuote>();
  readonly usedCues = new Set<number>();
  /** Statements by the sentences their excerpts start and end in: a cue inside one is found without a scan. */
  readonly bySentence = new Map<number, ExtractedStatement[]>();
  private channels?: ChannelPhrases;

  constructor(private readonly ctx: StatementContext, private readonly cues: SpeechCues, readonly statements: ExtractedStatement[]) {}

  private isQuoted = (pos: number): boolean => this.ctx.isQuoted(pos);

  private sentenceAt(pos: number): number {
    return this.cues.sentenceAt(pos);
  }

  /** Marks a quote as carried by a statement of this speaker. */
  carry(q: QuoteSpan, speakerKey: string | undefined): void {
    const quote: DetectedQuote = { start: q.contentStart, end: q.contentEnd, text: this.ctx.analysis.text.slice(q.contentStart, q.contentEnd) };
    this.detected.set(q, speakerKey === undefined ? quote : { ...quote, speakerKey });
  }

  add(speakerKey: string, kind: ExtractedStatement['kind'], text: string, quotes: string[], span: Span, cueToken: number): ExtractedStatement {
    const { tokens } = this.ctx.analysis;
    const sentence = this.ctx.analysis.sentences[tokens[cueToken].sentence];
    const statement: ExtractedStatement = {
      speakerKey,
      kind,
      text,
      quotes,
      spans: [span],
      channel: this.channelNear({ start: Math.max(sentence.start, Math.min(span.start, tokens[cueToken].start)), end: Math.min(sentence.end, Math.max(span.end, tokens[cueToken].end + 80)) }, cueToken),
      date: this.dateNear(sentence, cueToken),
      aboutKeys: [],
    };
    this.statements.push(statement);
    for (const sentenceIndex of new Set([this.sentenceAt(span.start), this.sentenceAt(Math.max(span.start, span.end - 1))])) {
      appendTo(this.bySentence, sentenceIndex, statement);
    }
    this.ctx.speakers.recentSpeakers.push({ key: speakerKey, sentence: tokens[cueToken].sentence });
    return statement;
  }

  /** The channel named around the cue: a platform ("on Truth Social"), an outlet ("told NBC News"), "reporters". */
  channelNear(sentence: { start: number; end: number }, cueToken: number): string | undefined {
    const { text, tokens } = this.ctx.analysis;
    const cuePos = tokens[cueToken].start - sentence.start;
    let best: { name: string; distance: number } | undefined;
    this.channels ??= new ChannelPhrases(text);
    for (const { name, index } of this.channels.within(sentence.start, sentence.end)) {
      if (this.isQuoted(index)) continue;
      const distance = Math.abs(index - sentence.start - cuePos);
      if (!best || distance < best.distance) best = { name, distance };
    }
    for (const m of this.ctx.mentionIndex.within(sentence.start, sentence.end)) {
      if (this.ctx.actors.get(m.key)?.kind !== 'ORGANIZATION') continue;
      const before = text.slice(Math.max(sentence.start, m.start - 30), m.start).toLowerCase();
      if (/(told|interview with|according to|quoted by|speaking to|said to|by)\s+(the\s+)?$/.test(before)) {
        const distance = Math.abs(m.start - sentence.start - cuePos);
        if (!best || distance < best.distance) best = { name: this.ctx.actors.get(m.key)!.name, distance };
      }
    }
    return best?.name;
  }

  dateNear(sentence: Sentence, cueToken: number): string | undefined {
    const { tokens } = this.ctx.analysis;
    const dates = this.ctx.dates.days(sentence).filter((d) => !this.isQuoted(d.start));
    const cue = tokens[cueToken].start;
    dates.sort((a, b) => Math.abs(a.start - cue) - Math.abs(b.start - cue));
    return dates[0]?.date;
  }
}
