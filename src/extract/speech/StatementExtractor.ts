import type { AnalyzedText, Span } from '../../nlp/types';
import type { ActorMention, ArticleActor, DetectedQuote, ExtractedStatement, QuoteSpan } from '../types';
import { SpanIndex } from '../spanIndex';
import type { ArticleDates } from '../values/DateResolver';
import type { ResolvedSpeaker, SpeakerResolver } from './SpeakerResolver';
import { SpeechCues } from './SpeechCues';
import { ArticleStatements, trimQuote } from './ArticleStatements';
import { ReportedSpeechFinder } from './ReportedSpeechFinder';
import { QuoteCues, type QuoteCue } from './QuoteCues';
import { squeeze } from '../textForms';

export interface StatementContext {
  analysis: AnalyzedText;
  quotes: readonly QuoteSpan[];
  nonProse: ReadonlySet<number>;
  mentions: readonly ActorMention[];
  mentionIndex: SpanIndex<ActorMention>;
  actors: ReadonlyMap<string, ArticleActor>;
  speakers: SpeakerResolver;
  dates: ArticleDates;
  /** Inside a top-level quote's content. */
  isQuoted: (pos: number) => boolean;
}

/**
 * Turns quotes and speech cues into statements: direct quotes with the speaker before, after or around
 * them (split quotes, multi-paragraph quotes), and paraphrases ("X warned that ...", "according to X")
 * whose quoted fragments are kept for cross-source matching.
 */
export class StatementExtractor {
  private readonly statementOfCue = new Map<number, ExtractedStatement>();
  /** Quotes a speech verb introduces whose speaker could not be resolved, with that verb: kept, not guessed. */
  private readonly unattributed: Span[] = [];
  private readonly topQuotes: SpanIndex<QuoteSpan>;
  private readonly cues: SpeechCues;
  private readonly found: ArticleStatements;
  private readonly reported: ReportedSpeechFinder;
  private readonly quoteCues: QuoteCues;

  constructor(private readonly ctx: StatementContext) {
    this.topQuotes = new SpanIndex(ctx.quotes.filter((q) => !q.nested));
    const statements: ExtractedStatement[] = [];
    this.cues = new SpeechCues(ctx, statements);
    this.found = new ArticleStatements(ctx, this.cues, statements);
    this.reported = new ReportedSpeechFinder(ctx, this.cues, this.found, this.topQuotes);
    this.quoteCues = new QuoteCues(ctx, this.cues);
  }

  extract(): { statements: ExtractedStatement[]; quotes: DetectedQuote[]; unattributedQuotes: Span[] } {
    const headlineCues = new Map<QuoteSpan, number>();
    for (const q of this.ctx.quotes) {
      const cue = !q.nested && this.ctx.nonProse.has(this.sentenceAt(q.start)) ? this.quoteCues.headlineCue(q) : undefined;
      if (cue !== undefined) headlineCues.set(q, cue);
    }
    const speech = this.ctx.quotes.filter((q) => !q.nested && (!this.ctx.nonProse.has(this.sentenceAt(q.start)) || headlineCues.has(q)));
    // Which cue introduces which quote depends only on the text; decide it first so that a cue
    // before its quote ("Peskov said: ...") is not also read as a paraphrase.
    const cueOfQuote = new Map<QuoteSpan, QuoteCue | undefined>();
    for (const q of speech) {
      const headline = headlineCues.get(q);
      if (headline !== undefined) {
        cueOfQuote.set(q, { token: headline, direct: true });
        continue;
      }
      const cue = this.quoteCues.cueOf(q);
      cueOfQuote.set(q, cue);
      if (cue?.direct) this.found.usedCues.add(cue.token);
    }
    // Then walk the article in reading order, so "he said" can refer to any earlier speaker: quotes and tokens
    // are both in text order, and a quote comes before a token starting where it does.
    const { tokens } = this.ctx.analysis;
    let previous: { statement: ExtractedStatement; quote: QuoteSpan } | undefined;
    let q = 0;
    for (let i = 0; i <= tokens.length; i++) {
      for (; q < speech.length && (i === tokens.length || speech[q].start <= tokens[i].start); q++) {
        const made = this.attributeQuote(speech[q], cueOfQuote.get(speech[q]), previous);
        previous = made ? { statement: made, quote: speech[q] } : previous;
      }
      if (i < tokens.length) this.reported.at(i);
    }
    for (const q of this.ctx.quotes) {
      if (!this.found.detected.has(q) && !q.nested) this.found.carry(q, undefined);
    }
    for (const st of this.found.statements) if (st.kind === 'PARAPHRASE') this.backshiftedSentenceAfter(st);
    this.found.statements.sort((a, b) => a.spans[0].start - b.spans[0].start);
    const quotes = [...this.found.detected.values()].sort((a, b) => a.start - b.start);
    return { statements: this.found.statements, quotes, unattributedQuotes: this.unattributed };
  }

  private isQuoted = (pos: number): boolean => this.ctx.isQuoted(pos);
  private cueAt = (i: number) => this.cues.cueAt(i);
  private tokenAt = (pos: number) => this.cues.tokenAt(pos);
  private sentenceAt = (pos: number) => this.cues.sentenceAt(pos);

  private attributeQuote(
    q: QuoteSpan,
    found: QuoteCue | undefined,
    previous: { statement: ExtractedStatement; quote: QuoteSpan } | undefined,
  ): ExtractedStatement | undefined {
    const { text } = this.ctx.analysis;
    if (found && !found.direct) return undefined; // a fragment inside a paraphrase: handled with the paraphrase
    const cueToken = found?.token;
    const cue = cueToken === undefined ? undefined : this.cueAt(cueToken) ?? { token: cueToken, subjectFrom: cueToken };
    const speaker = cue ? this.quoteCues.headlineSpeaker(cue.token) ?? this.cues.speakerOf(cue) : undefined;
    const content = trimQuote(text.slice(q.contentStart, q.contentEnd));
    if (cueToken !== undefined && speaker) {
      this.found.usedCues.add(cueToken);
      const sameCue = this.statementOfCue.get(cueToken);
      if (sameCue) return this.append(sameCue, q, content);
      const cue = this.ctx.analysis.tokens[cueToken];
      const start = Math.min(q.start, cue.start, speaker.start, cue.start > q.end ? this.leadInStart(q) : q.start);
      const end = Math.max(q.end, cue.end, speaker.end, cue.end <= q.start ? this.butClauseEnd(q) : 0);
      const statement = this.found.add(speaker.key, 'DIRECT_QUOTE', content, [content], { start, end }, cueToken);
      this.statementOfCue.set(cueToken, statement);
      this.found.carry(q, speaker.key);
      return statement;
    }
    if (cueToken !== undefined) {
      this.keepUnattributed(q, this.ctx.analysis.tokens[cueToken]);
      return undefined;
    }
    // A quote with no cue of its own continues the previous direct quote when it follows it closely
    // (the next paragraph of a long quote, or the second half of a split quote).
    if (cueToken === undefined && previous && previous.statement.kind === 'DIRECT_QUOTE') {
      const between = text.slice(previous.quote.end, q.start);
      const paragraphsApart = (between.match(/\n/g) ?? []).length;
      const startsLine = /(^|\n)\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start)) || q.start === 0;
      // '"...," Mendez told reporters after the talks. "We came to fix..."': the same speaker goes on.
      const attributedAfter = previous.statement.spans.some((sp) => sp.start <= previous.quote.start && sp.end > previous.quote.end);
      const sameParagraphAfterAttribution = paragraphsApart === 0 && between.length < 160 && attributedAfter;
      // 'he said, "I will respond ...," but "open a channel ..."': two quotes joined by a conjunction are one remark.
      const joined = /^[\s,]*(and|but|or)?[\s,]*$/.test(between) && between.trim() !== '';
      if (between.length < 400 && paragraphsApart <= 2 && (startsLine || !previous.quote.closed || sameParagraphAfterAttribution || joined)) return this.append(previous.statement, q, content);
    }
    const announced = cueToken === undefined ? this.announcedNext(q) : undefined;
    if (announced) {
      const statement = this.found.add(announced.speaker.key, 'DIRECT_QUOTE', content, [content], announced.span, this.tokenAt(q.contentStart));
      this.found.carry(q, announced.speaker.key);
      return statement;
    }
    const speakerKey = cueToken === undefined ? this.speakerGoingOn(q) ?? this.describedSubjectGoingOn(q) : undefined;
    if (speakerKey) {
      const statement = this.found.add(speakerKey, 'DIRECT_QUOTE', content, [content], { start: q.start, end: q.end }, this.tokenAt(q.contentStart));
      this.found.carry(q, speakerKey);
      return statement;
    }
    return undefined;
  }

  /**
   * 'He said the clinic would open, Marendt added. “This is a first step.”': a quote that is a whole sentence of its
   * own, right after a sentence of the same paragraph that reports someone's words, goes on with that speaker,
   * unless the next sentence opens with someone else who may be attributing it.
   */
  private speakerGoingOn(q: QuoteSpan): string | undefined {
    const { text, tokens, sentences } = this.ctx.analysis;
    const content = text.slice(q.contentStart, q.contentEnd);
    if (!q.closed || !/[.!?]\s*$/.test(content) || !/(^|[.!?”"]\s+)$/.test(text.slice(Math.max(0, q.start - 3), q.start))) return undefined;
    // A text of quote marks only has no sentence to go on from.
    const first = sentences[this.sentenceAt(q.start)];
    if (!first) return undefined;
    const previous = sentences[first.index - 1];
    if (!previous || previous.paragraph !== first.paragraph) return undefined;
    let next = this.tokenAt(q.end);
    if (tokens[next] && tokens[next].start < q.end) next++;
    const sameParagraph = tokens[next] && sentences[tokens[next].sentence].paragraph === first.paragraph;
    if (sameParagraph && (this.cues.mentionAt(next) || ['he', 'she', 'they', 'it'].includes(tokens[next].normal))) return undefined;
    const reported = (this.found.bySentence.get(previous.index) ?? []).filter((st) => st.spans.some((sp) => sp.end <= q.start));
    return reported[reported.length - 1]?.speakerKey;
  }

  /**
   * 'Despite the row, the mayor was upbeat as she met Berg. “We will get there. I am sure of it.”': a quote that
   * closes its paragraph, right after a sentence of that paragraph whose main-clause subject is a person (named,
   * or a description of one named before), is that person's, when that sentence reports no words of its own.
   */
  private describedSubjectGoingOn(q: QuoteSpan): string | undefined {
    const { text, tokens, sentences } = this.ctx.analysis;
    const content = text.slice(q.contentStart, q.contentEnd);
    if (!q.closed || !/[.!?]\s*$/.test(content) || !/(^|[.!?]\s+)$/.test(text.slice(Math.max(0, q.start - 3), q.start))) return undefined;
    const own = sentences[this.sentenceAt(q.start)];
    if (!own) return undefined;
    const previous = sentences[own.index - 1];
    if (!previous || previous.paragraph !== own.paragraph || (this.found.bySentence.get(previous.index) ?? []).length > 0) return undefined;
    let next = this.tokenAt(q.end);
    if (tokens[next] && tokens[next].start < q.end) next++;
    if (tokens[next] && sentences[tokens[next].sentence].paragraph === own.paragraph) return undefined;
    const subject = this.mainSubject(previous.firstToken, previous.lastToken);
    return subject && this.ctx.actors.get(subject.key)?.kind === 'PERSON' ? subject.key : undefined;
  }

  /**
   * 'Velmaria has just “signed the best deal ever.” President Tom Berg announced the news on Monday, ...': a quote
   * in a sentence without a cue, whose next sentence (same paragraph) opens with a speaker whose speech verb takes
   * the news back as its object ("announced the news", "confirmed it"), is that speaker's; the report is its sentence.
   */
  private announcedNext(q: QuoteSpan): { speaker: ResolvedSpeaker; span: { start: number; end: number } } | undefined {
    const { tokens, sentences } = this.ctx.analysis;
    const own = sentences[this.sentenceAt(q.start)];
    if (!own) return undefined;
    const next = sentences[own.index + 1];
    if (!next || next.paragraph !== own.paragraph || this.sentenceAt(q.end - 1) !== own.index) return undefined;
    for (let k = own.firstToken; k < own.lastToken; k++) if (!this.isQuoted(tokens[k].start) && this.cueAt(k)) return undefined;
    // The speaker's titles and country before the name: "Velmarian President Tom Berg".
    const isPerson = (k: number) => this.ctx.actors.get(this.cues.mentionAt(k)?.key ?? '')?.kind === 'PERSON';
    let subject = next.firstToken;
    while (subject < next.lastToken && !isPerson(subject) && /^\p{Lu}/u.test(tokens[subject].value) && subject - next.firstToken < 4) subject++;
    const mention = this.cues.mentionAt(subject);
    const verb = mention ? mention.lastToken + 1 : -1;
    const cue = verb > 0 ? this.cueAt(verb) : undefined;
    if (!mention || !cue || this.ctx.actors.get(mention.key)?.kind !== 'PERSON') return undefined;
    const object = tokens.slice(verb + 1, verb + 3).map((t) => t.normal).join(' ');
    if (!/^(the news|it|this)( |$)/.test(object) || (object.startsWith('the news') ? false : !['PUNCT', 'ADP'].includes(tokens[verb + 2]?.pos ?? ''))) return undefined;
    return { speaker: { key: mention.key, start: mention.start, end: mention.end }, span: { start: own.start, end: Math.max(q.end, tokens[own.lastToken - 1].end) } };
  }

  /**
   * 'saying "the towns will gain from it," but some rules need work.': a quote introduced before it that ends in a
   * comma and goes on with "but" and no speaker or cue of its own is one remark with what follows, to the
   * sentence's end (the report takes it in; the statement's words stay the quoted ones). Else 0.
   */
  private butClauseEnd(q: QuoteSpan): number {
    const { tokens, sentences, text } = this.ctx.analysis;
    if (!/,\s*$/.test(text.slice(q.contentStart, q.contentEnd))) return 0;
    let k = this.tokenAt(q.end);
    if (tokens[k] && tokens[k].start < q.end) k++;
    const sentence = sentences[tokens[this.tokenAt(q.start)].sentence];
    if (tokens[k]?.normal !== 'but' || tokens[k].sentence !== sentence.index) return 0;
    for (let j = k + 1; j < sentence.lastToken; j++) if (this.isQuoted(tokens[j].start) || this.cueAt(j) || this.cues.mentionAt(j)) return 0;
    const last = tokens[sentence.lastToken - 1];
    return /^[.!?]$/.test(last.value) ? tokens[sentence.lastToken - 2].end : last.end;
  }

  /**
   * 'The council said rebels were not allowed to move. Any breach would be met with force.': a sentence right after
   * a paraphrase that ends its sentence, in the same paragraph, whose verb is backshifted to "would" or "could" right
   * after a short subject, with no cue, quote or name of its own, goes on with the reported words.
   */
  private backshiftedSentenceAfter(st: ExtractedStatement): void {
    const { tokens, sentences, text } = this.ctx.analysis;
    const last = st.spans[st.spans.length - 1];
    const own = sentences[this.sentenceAt(last.end - 1)];
    if (!own) return;
    const next = sentences[own.index + 1];
    if (!next || next.paragraph !== own.paragraph || last.end < tokens[own.lastToken - 1].start) return;
    let k = next.firstToken;
    while (k < next.lastToken && k - next.firstToken < 6 && ['DET', 'NOUN', 'ADJ'].includes(tokens[k].pos)) k++;
    if (k === next.firstToken || !['would', 'could'].includes(tokens[k]?.normal ?? '')) return;
    for (let j = next.firstToken; j < next.lastToken; j++) if (this.isQuoted(tokens[j].start) || this.cueAt(j) || this.cues.mentionAt(j)) return;
    const end = tokens[next.lastToken - 1].end;
    st.text = `${st.text}. ${squeeze(text.slice(next.start, end)).replace(/[\s.;:]+$/, '')}`;
    last.end = Math.max(last.end, end);
  }

  /** The subject of a sentence's main clause, past a fronted phrase ("Despite ..., the president was ..."), when a verb follows it. */
  private mainSubject(first: number, last: number): ResolvedSpeaker | undefined {
    const { tokens } = this.ctx.analysis;
    let start = first;
    if (tokens[first].pos === 'ADP' || tokens[first].pos === 'SCONJ') {
      while (start < last && tokens[start].value !== ',') start++;
      start++;
    }
    if (start >= last || this.cues.cueAt(start) !== undefined) return undefined;
    for (let k = first; k < last; k++) if (this.cues.cueAt(k) && !this.isQuoted(tokens[k].start)) return undefined;
    const mention = this.cues.mentionAt(start);
    let end = mention ? mention.lastToken : -1;
    let speaker: ResolvedSpeaker | undefined = mention ? { key: mention.key, start: mention.start, end: mention.end } : undefined;
    if (!mention && tokens[start].normal === 'the') {
      for (let h = start + 1; h < Math.min(last, start + 5) && !speaker; h++) {
        if (this.ctx.speakers.isTitleHead(tokens[h]) && tokens[h + 1]?.pos !== 'NOUN' && tokens[h + 1]?.pos !== 'PROPN') {
          speaker = this.ctx.speakers.resolveDescription(h);
          end = h;
        }
      }
    }
    const verb = tokens[end + 1];
    return speaker && verb && (verb.pos === 'VERB' || verb.pos === 'AUX') ? speaker : undefined;
  }

  /**
   * 'Japan will invest $5 billion in “the largest deal ever,” the president said.': the words before a quote
   * that its attribution closes are reported too, so the report starts with the sentence (unless they hold
   * reported speech of their own, or are too few to say anything; 'have agreed to “...”' is an act).
   */
  private leadInStart(q: QuoteSpan): number {
    const { tokens, sentences } = this.ctx.analysis;
    const first = this.tokenAt(q.start);
    const sentence = sentences[tokens[first]?.sentence ?? -1];
    if (!sentence) return q.start;
    let words = 0;
    for (let k = sentence.firstToken; k < first; k++) {
      if (this.isQuoted(tokens[k].start) || this.reported.startsReportedSpeech(k)) return q.start;
      if (tokens[k].pos !== 'PUNCT') words++;
    }
    return words >= 3 ? sentence.start : q.start;
  }

  /**
   * A whole remark told as speech ('"…," his aide said'; 'said: "…"') whose speaker is not resolved is kept as
   * such rather than given to a guessed actor. A fragment ('called it "useful" and said') is not a remark.
   */
  private keepUnattributed(q: QuoteSpan, cue: Span): void {
    const { text } = this.ctx.analysis;
    const coordinated = cue.start >= q.end && /\b(and|but|or)\b/i.test(text.slice(q.end, cue.start));
    const remark = /[,.!?…]\s*$/.test(text.slice(q.contentStart, q.contentEnd)) || /:\s*$/.test(text.slice(cue.end, q.start));
    if (coordinated || !remark) return;
    this.unattributed.push({ start: Math.min(q.start, cue.start), end: Math.max(q.end, cue.end) });
  }

  private append(statement: ExtractedStatement, q: QuoteSpan, content: string): ExtractedStatement {
    statement.text = `${statement.text} ${content}`;
    statement.quotes.push(content);
    statement.spans.push({ start: q.start, end: q.end });
    this.found.carry(q, statement.speakerKey);
    return statement;
  }
}
