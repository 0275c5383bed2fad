import type { AnalyzedText, Sentence, Span } from '../../nlp/types';
import { SPEECH_NOUNS, SPEECH_VERBS } from '../lexicon';
import { ChannelPhrases } from './ChannelPhrases';
import type { ActorMention, ArticleActor, DetectedQuote, ExtractedStatement, QuoteSpan } from '../types';
import { SpanIndex } from '../spanIndex';
import { squeeze } from '../textForms';
import type { ArticleDates } from '../values/DateResolver';
import type { ResolvedSpeaker, SpeakerResolver } from './SpeakerResolver';
import { appendTo } from '../../listIndex';
import { isCollectiveSpeaker } from '../actors/collectiveSpeakers';
import { NAME_PARTICLES } from '../actors/nameShapes';

/** Words that, after a comma, begin a clause that is no longer the reported content (", but" usually still is). */
const CLAUSE_BREAK = new Set(['while', 'although', 'though', 'whereas', 'adding', 'despite', 'according']);
/** Words that may stand between a speech verb and the quote it introduces: where, when and through what it was said. */
const DIRECT_GAP_WORDS = new Set(['on', 'in', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'post', 'statement', 'reporters', 'interview', 'with', 'at', 'later', 'earlier', 'also', 'then', 'simply', 'only', 'saying', 'said', 'social', 'media', 'platform', 'televised', 'address', 'briefing', 'news', 'conference']);
const PARTICIPLE_CUES = /ing$/;
const SPEECH_NOUN_SET = new Set(SPEECH_NOUNS);
const NOT_SPEECH_ON_THEIR_OWN = new Set(['speak', 'talk']);
/**
 * Verbs that report speech only when they introduce what was said ("agreed that", "added:"): otherwise they
 * report acts ("agree to a ceasefire", "expressed interest", "concluded talks", "rejected a proposal", "briefed lawmakers").
 */
const SPEECH_ONLY_WITH_CONTENT = new Set(['agree', 'repeat', 'express', 'signal', 'indicate', 'conclude', 'report', 'add', 'reject', 'demand', 'brief', 'answer']);
const NEGATIONS = new Set(['not', "n't", 'never', 'declined to', 'refused to']);
/** Every word a paraphrase can start from: a cue (see findCue) or "according (to)". Most tokens are none of them. */
const PARAPHRASE_STARTS = new Set(['quoted', 'according', ...SPEECH_VERBS.keys(), ...SPEECH_NOUNS]);

interface Cue {
  token: number;
  /** The token where the subject search starts ("was quoted as saying" searches from "quoted"). */
  subjectFrom: number;
  passiveBy?: number;
  /** "quoted him as saying": the speaker is the object at this token. */
  objectSpeaker?: number;
  /** "Ukraine's announcement that": the speaker is the possessor ending at this token. */
  possessor?: number;
}

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

function trimQuote(s: string): string {
  return squeeze(s).replace(/^[\s,]+|[\s,]+$/g, '');
}

/**
 * Turns quotes and speech cues into statements: direct quotes with the speaker before, after or around
 * them (split quotes, multi-paragraph quotes), and paraphrases ("X warned that ...", "according to X")
 * whose quoted fragments are kept for cross-source matching.
 */
export class StatementExtractor {
  private readonly statements: ExtractedStatement[] = [];
  private readonly detected = new Map<QuoteSpan, DetectedQuote>();
  private readonly usedCues = new Set<number>();
  private readonly statementOfCue = new Map<number, ExtractedStatement>();

  constructor(private readonly ctx: StatementContext) {
    this.topQuotes = new SpanIndex(ctx.quotes.filter((q) => !q.nested));
    for (const m of ctx.mentions) this.mentionAtToken.set(m.firstToken, m);
  }

  extract(): { statements: ExtractedStatement[]; quotes: DetectedQuote[] } {
    const headlineCues = new Map<QuoteSpan, number>();
    for (const q of this.ctx.quotes) {
      const cue = !q.nested && this.ctx.nonProse.has(this.sentenceAt(q.start)) ? this.headlineCue(q) : undefined;
      if (cue !== undefined) headlineCues.set(q, cue);
    }
    const speech = this.ctx.quotes.filter((q) => !q.nested && (!this.ctx.nonProse.has(this.sentenceAt(q.start)) || headlineCues.has(q)));
    // Which cue introduces which quote depends only on the text; decide it first so that a cue
    // before its quote ("Peskov said: ...") is not also read as a paraphrase.
    const cueOfQuote = new Map<QuoteSpan, { token: number; direct: boolean } | undefined>();
    for (const q of speech) {
      const headline = headlineCues.get(q);
      if (headline !== undefined) {
        cueOfQuote.set(q, { token: headline, direct: true });
        continue;
      }
      const after = this.cueAfter(q);
      const cue = after !== undefined ? { token: after, direct: true } : this.cueBefore(q) ?? this.colonIntroduction(q);
      cueOfQuote.set(q, cue);
      if (cue?.direct) this.usedCues.add(cue.token);
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
      if (i < tokens.length) this.paraphraseAt(i);
    }
    for (const q of this.ctx.quotes) {
      if (!this.detected.has(q) && !q.nested) this.detected.set(q, { start: q.contentStart, end: q.contentEnd, text: this.ctx.analysis.text.slice(q.contentStart, q.contentEnd) });
    }
    this.statements.sort((a, b) => a.spans[0].start - b.spans[0].start);
    return { statements: this.statements, quotes: [...this.detected.values()].sort((a, b) => a.start - b.start) };
  }

  private sentenceAt(pos: number): number {
    const { tokens } = this.ctx.analysis;
    const i = this.tokenAt(pos);
    return tokens[i]?.sentence ?? -1;
  }

  private tokenAt(pos: number): number {
    const { tokens } = this.ctx.analysis;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private isQuoted = (pos: number): boolean => this.ctx.isQuoted(pos);
  /** Headline cues whose subject is a description the story goes on to name ("Velorian president says"). */
  private readonly headlineSpeakers = new Map<number, ResolvedSpeaker>();
  private readonly cues: (Cue | null)[] = [];
  private readonly topQuotes: SpanIndex<QuoteSpan>;
  private readonly mentionAtToken = new Map<number, ActorMention>();
  /** Statements by the sentences their excerpts start and end in: a cue inside one is found without a scan. */
  private readonly statementsBySentence = new Map<number, ExtractedStatement[]>();
  private channels?: ChannelPhrases;

  /** The speech cue at token `i`, found once per token (null: none). */
  private cueAt(i: number): Cue | undefined {
    let cue = this.cues[i];
    if (cue === undefined) {
      cue = this.findCue(i) ?? null;
      this.cues[i] = cue;
    }
    return cue ?? undefined;
  }

  private findCue(i: number): Cue | undefined {
    const { tokens } = this.ctx.analysis;
    const t = tokens[i];
    if (t.normal !== 'quoted' && !SPEECH_VERBS.has(t.normal) && !SPEECH_NOUN_SET.has(t.normal)) return undefined;
    if (this.isQuoted(t.start)) return undefined;
    // "The British outlet quoted him as drawing a parallel": the one quoted is the speaker.
    if (t.normal === 'quoted' && tokens[i - 1]?.pos !== 'AUX' && (tokens[i + 2]?.normal === 'as' || tokens[i + 3]?.normal === 'as')) {
      return { token: i, subjectFrom: i, objectSpeaker: i + 1 };
    }
    // "Ukraine's announcement that it had captured ...": a possessive speech noun reports its owner's words.
    if (SPEECH_NOUN_SET.has(t.normal) && /^['’]s$/.test(tokens[i - 1]?.normal ?? '') && tokens[i + 1]?.normal === 'that') {
      return { token: i, subjectFrom: i, possessor: i - 2 };
    }
    if (!SPEECH_VERBS.has(t.normal)) return undefined;
    const introduces = /^(that|:|“|"|,)$/.test(tokens[i + 1]?.value ?? '');
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && !(introduces && t.pos === 'ADJ')) return undefined;
    // "spoke by phone with" is a meeting, not speech; "has not commented" reports no statement.
    if (NOT_SPEECH_ON_THEIR_OWN.has(SPEECH_VERBS.get(t.normal) ?? '')) return undefined;
    if (NEGATIONS.has(tokens[i - 1]?.normal ?? '') || NEGATIONS.has(tokens[i - 2]?.normal ?? '')) return undefined;
    // "was quoted as saying": the subject belongs to "quoted".
    if (tokens[i - 1]?.normal === 'as' && tokens[i - 2]?.normal === 'quoted') return { token: i, subjectFrom: i - 2 };
    const passive = ['was', 'were', 'is', 'been', 'be'].includes(tokens[i - 1]?.normal ?? '');
    const by = tokens[i + 1]?.normal === 'by' ? i + 1 : undefined;
    return { token: i, subjectFrom: i, passiveBy: passive ? by : undefined };
  }

  private speakerOf(cue: Cue): ResolvedSpeaker | undefined {
    const { speakers } = this.ctx;
    const { tokens } = this.ctx.analysis;
    if (cue.passiveBy !== undefined) return speakers.resolveAgent(cue.passiveBy);
    if (cue.objectSpeaker !== undefined) return speakers.resolveAt(cue.objectSpeaker);
    if (cue.possessor !== undefined) return speakers.mentionEndingAt(cue.possessor);
    const afterComma = tokens[cue.token - 1]?.value === ',' || (/^["”'’]$/.test(tokens[cue.token - 1]?.value ?? '') && tokens[cue.token - 2]?.value === ',');
    if (PARTICIPLE_CUES.test(tokens[cue.token].normal) && afterComma) {
      const sentence = tokens[cue.token].sentence;
      const earlier = [...this.statements].reverse().find((s) => this.sentenceAt(s.spans[0].start) === sentence || this.sentenceAt(s.spans[s.spans.length - 1].end - 1) === sentence);
      if (earlier) return { key: earlier.speakerKey, start: tokens[cue.token].start, end: tokens[cue.token].end };
      // "the group rejected a proposal ..., calling it ...": the subject of a verb before the comma speaks.
      let verbs = 0;
      for (let v = cue.token - 2; v >= this.ctx.analysis.sentences[sentence].firstToken && verbs < 3; v--) {
        if (tokens[v].pos !== 'VERB') continue;
        verbs++;
        const subject = speakers.resolveLeft(v);
        if (subject) return subject;
      }
      return speakers.sentenceSubject(cue.token);
    }
    const left = speakers.resolveLeft(cue.subjectFrom);
    if (left) return left;
    // Inverted attribution only right after a quote or a comma: '"...," said Trump'.
    const before = tokens[cue.token - 1];
    const quoteJustBefore = this.ctx.quotes.some((q) => !q.nested && q.end <= tokens[cue.token].start && tokens[cue.token].start - q.end <= 3);
    if ((quoteJustBefore || before?.value === ',') && this.isInvertedReportingClause(cue.token, true)) return speakers.resolveRight(cue.token);
    return undefined;
  }

  /** "adding he will ...": a that-less reported clause, a subject pronoun and its verb, right after the verb. */
  private clauseFollows(verb: number): boolean {
    const { tokens } = this.ctx.analysis;
    const subject = tokens[verb + 1];
    const next = tokens[verb + 2];
    return !!subject && ['he', 'she', 'they', 'we', 'it'].includes(subject.normal) && !!next && (next.pos === 'AUX' || next.pos === 'VERB');
  }

  /** The cue right after a quote: `"...," Trump wrote`, `"...," said the minister`. */
  private cueAfter(q: QuoteSpan): number | undefined {
    const { tokens } = this.ctx.analysis;
    let i = this.tokenAt(q.end);
    if (tokens[i] && tokens[i].start < q.end) i++;
    return this.speechVerbAfter(q, i) ?? this.reportingVerbAfter(q, i);
  }

  /**
   * 'Ruiz hails "a new dawn" after vote': a headline quotes the subject of its speech verb when that subject is a
   * name right before the verb, earlier on the headline's line.
   */
  private headlineCue(q: QuoteSpan): number | undefined {
    const { tokens } = this.ctx.analysis;
    const first = this.tokenAt(q.start);
    for (let k = first - 1; k > 0 && tokens[k].sentence === tokens[first].sentence && first - k <= 12; k--) {
      // Headlines' terse present tense is often tagged as a noun ("president praises mayor"): the form decides.
      const verbLike = tokens[k].pos === 'VERB' || (tokens[k].pos === 'NOUN' && /s$/.test(tokens[k].normal));
      if (this.isQuoted(tokens[k].start) || !verbLike || !SPEECH_VERBS.has(tokens[k].normal)) continue;
      const subject = this.ctx.speakers.mentionEndingAt(k - 1);
      const kind = subject ? this.ctx.actors.get(subject.key)?.kind : undefined;
      if (kind === 'PERSON' || kind === 'ORGANIZATION' || kind === 'GROUP') return k;
      const described = tokens[k - 1]?.pos !== 'VERB' && this.ctx.speakers.isTitleHead(tokens[k - 1]) ? this.ctx.speakers.resolveForwardDescription(k - 1) : undefined;
      if (described) this.headlineSpeakers.set(k, described);
      return described ? k : undefined;
    }
    return undefined;
  }

  /**
   * '"We expect a long winter," Marendt predicted.', '"...," he continued.': a quote that opens its sentence and ends in a
   * comma is the object of the clause after it, whatever its verb: subject and inflected verb attribute it.
   */
  private reportingVerbAfter(q: QuoteSpan, i: number): number | undefined {
    const { tokens, text } = this.ctx.analysis;
    if (!/,\s*$/.test(text.slice(q.contentStart, q.contentEnd)) || !/(^|[\n.!?”"]\s*)$/.test(text.slice(Math.max(0, q.start - 3), q.start))) return undefined;
    if (/\n/.test(text.slice(q.end, tokens[i]?.start ?? q.end))) return undefined;
    const subject = this.mentionAtToken.get(i);
    const verb = subject ? subject.lastToken + 1 : ['he', 'she'].includes(tokens[i]?.normal ?? '') ? i + 1 : -1;
    const t = tokens[verb];
    if (!t || t.pos !== 'VERB' || t.normal === t.lemma || /ing$/.test(t.normal)) return undefined;
    return t.sentence === tokens[i].sentence ? verb : undefined;
  }

  private speechVerbAfter(q: QuoteSpan, i: number): number | undefined {
    const { tokens, text } = this.ctx.analysis;
    if (/\n/.test(text.slice(q.end, tokens[i]?.start ?? q.end))) return undefined;
    // '"... a destination." He said ...': a full stop inside the quote and a capital after it start a new sentence.
    if (/\.\s*$/.test(text.slice(q.contentStart, q.contentEnd)) && /^\p{Lu}/u.test(tokens[i]?.value ?? '')) {
      const mention = this.mentionAtToken.get(i);
      const next = mention ? tokens[mention.lastToken + 1] : undefined;
      if (!(mention && next && this.cueAt(mention.lastToken + 1))) return undefined;
    }
    // The speaker and title between the quote and its verb can be long ("WHO Director-General Tedros Adhanom
    // Ghebreyesus told"), but contain no other verb.
    for (let k = i; k < Math.min(tokens.length, i + 12); k++) {
      if (/\n/.test(text.slice(tokens[k - 1]?.end ?? q.end, tokens[k].start)) || this.isQuoted(tokens[k].start)) return undefined;
      // '"...," adding that ...' opens a new clause by the same speaker; it does not attribute the quote.
      // ("was quoted as saying" is the exception: the quote is what was said).
      // '"...", and claimed that ...': a coordinated verb goes on with the sentence's subject; it attributes nothing.
      if (tokens[k].pos === 'CCONJ') return undefined;
      if (this.cueAt(k)) {
        const participle = PARTICIPLE_CUES.test(tokens[k].normal) && tokens[k - 1]?.normal !== 'as';
        const directlyAfterQuote = tokens.slice(i, k).every((t) => t.pos === 'PUNCT');
        return this.isInvertedReportingClause(k, directlyAfterQuote) && !participle ? k : undefined;
      }
      if (tokens[k].value === '.' || tokens[k].value === ';') return undefined;
      // Past the usual short attribution, only a name and its title may stand between quote and verb.
      if (k - i >= 6 && !/^\p{Lu}/u.test(tokens[k].value) && tokens[k].pos !== 'PUNCT' && !NAME_PARTICLES.has(tokens[k].value)) return undefined;
    }
    return undefined;
  }

  /**
   * After a quote, '"...," said Esperance Kavira, a trader.' attributes it, but '"...," said Washington would
   * judge' starts a new reported clause: a name right after the verb must not be followed by a verb.
   */
  private isInvertedReportingClause(cue: number, directlyAfterQuote: boolean): boolean {
    // With a subject between quote and verb ('"...," he told France Inter radio') there is nothing to invert.
    if (!directlyAfterQuote) return true;
    const { tokens } = this.ctx.analysis;
    const afterCue = tokens[cue + 1];
    if (!afterCue) return false;
    const mention = this.mentionAtToken.get(this.ctx.speakers.pastTitles(cue + 1));
    const next = mention ? tokens[mention.lastToken + 1] : undefined;
    if (mention && next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
    // '"...," reiterated that ...' names no speaker after the verb: the verb begins a new clause.
    return !!mention || ['the', 'a', 'an', 'he', 'she'].includes(afterCue.normal);
  }

  /** The cue right before a quote: `Peskov said: "..."`, `he wrote on Friday: "..."`, `called the meeting "productive"`. */
  private cueBefore(q: QuoteSpan): { token: number; direct: boolean } | undefined {
    const { tokens } = this.ctx.analysis;
    const first = this.tokenAt(q.start);
    const sentence = tokens[first]?.sentence;
    let current = sentence;
    for (let k = first - 1; k >= Math.max(0, first - 16); k--) {
      if (/^[.!?]$/.test(tokens[k].value)) return undefined;
      // A colon ending the previous sentence or paragraph still introduces the quote.
      if (tokens[k].sentence !== current) {
        if (tokens[k].value !== ':' || k !== first - 1) return undefined;
        current = tokens[k].sentence;
      }
      if (this.isQuoted(tokens[k].start)) return undefined;
      const cue = this.cueAt(k);
      if (cue) {
        const gap = tokens.slice(k + 1, first);
        // 'said: "..."' and 'wrote on X, "..."' introduce a quote; 'told Moscow to "get moving"' quotes inside a paraphrase.
        const introduced = gap.length > 0 && /^[:,]$/.test(gap[gap.length - 1].value);
        const circumstantial = gap.every((t) => t.pos === 'PUNCT' || t.pos === 'ADV' || DIRECT_GAP_WORDS.has(t.normal) || /^\p{Lu}/u.test(t.value) || t.pos === 'NUM');
        return { token: k, direct: (introduced || circumstantial) && !gap.some((t) => t.normal === 'that') };
      }
    }
    return undefined;
  }

  /**
   * 'Von der Leyen told a news conference:' or 'Ntwali read out a statement after the signing:' at the end of
   * a paragraph, then the quote: the clause's verb introduces it when it is a speech verb or carries a speech
   * noun ("statement", "post").
   */
  private colonIntroduction(q: QuoteSpan): { token: number; direct: boolean } | undefined {
    const { tokens, text } = this.ctx.analysis;
    const before = text.slice(0, q.start).trimEnd();
    if (!before.endsWith(':')) return undefined;
    const colon = this.tokenAt(before.length - 1);
    const sentence = tokens[colon].sentence;
    const clause = tokens.slice(this.ctx.analysis.sentences[sentence].firstToken, colon);
    const speechNoun = clause.some((t) => SPEECH_NOUN_SET.has(t.normal));
    const verb = clause.find((t) => t.pos === 'VERB' && (SPEECH_VERBS.has(t.normal) || speechNoun));
    return verb ? { token: tokens.indexOf(verb), direct: true } : undefined;
  }

  private attributeQuote(
    q: QuoteSpan,
    found: { token: number; direct: boolean } | undefined,
    previous: { statement: ExtractedStatement; quote: QuoteSpan } | undefined,
  ): ExtractedStatement | undefined {
    const { text } = this.ctx.analysis;
    if (found && !found.direct) return undefined; // a fragment inside a paraphrase: handled with the paraphrase
    const cueToken = found?.token;
    const cue = cueToken === undefined ? undefined : this.cueAt(cueToken) ?? { token: cueToken, subjectFrom: cueToken };
    const speaker = cue ? this.headlineSpeakers.get(cue.token) ?? this.speakerOf(cue) : undefined;
    const content = trimQuote(text.slice(q.contentStart, q.contentEnd));
    if (cueToken !== undefined && speaker) {
      this.usedCues.add(cueToken);
      const sameCue = this.statementOfCue.get(cueToken);
      if (sameCue) return this.append(sameCue, q, content);
      const cue = this.ctx.analysis.tokens[cueToken];
      const start = Math.min(q.start, cue.start, speaker.start);
      const end = Math.max(q.end, cue.end, speaker.end);
      const statement = this.newStatement(speaker.key, 'DIRECT_QUOTE', content, [content], { start, end }, cueToken);
      this.statementOfCue.set(cueToken, statement);
      this.detected.set(q, { start: q.contentStart, end: q.contentEnd, text: text.slice(q.contentStart, q.contentEnd), speakerKey: speaker.key });
      return statement;
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
    const speakerKey = cueToken === undefined ? this.speakerGoingOn(q) : undefined;
    if (speakerKey) {
      const statement = this.newStatement(speakerKey, 'DIRECT_QUOTE', content, [content], { start: q.start, end: q.end }, this.tokenAt(q.contentStart));
      this.detected.set(q, { start: q.contentStart, end: q.contentEnd, text: text.slice(q.contentStart, q.contentEnd), speakerKey });
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
    const first = sentences[this.sentenceAt(q.start)];
    const previous = sentences[first.index - 1];
    if (!previous || previous.paragraph !== first.paragraph) return undefined;
    let next = this.tokenAt(q.end);
    if (tokens[next] && tokens[next].start < q.end) next++;
    const sameParagraph = tokens[next] && sentences[tokens[next].sentence].paragraph === first.paragraph;
    if (sameParagraph && (this.mentionAtToken.has(next) || ['he', 'she', 'they', 'it'].includes(tokens[next].normal))) return undefined;
    const reported = (this.statementsBySentence.get(previous.index) ?? []).filter((st) => st.spans.some((sp) => sp.end <= q.start));
    return reported[reported.length - 1]?.speakerKey;
  }

  private append(statement: ExtractedStatement, q: QuoteSpan, content: string): ExtractedStatement {
    statement.text = `${statement.text} ${content}`;
    statement.quotes.push(content);
    statement.spans.push({ start: q.start, end: q.end });
    this.detected.set(q, { start: q.contentStart, end: q.contentEnd, text: this.ctx.analysis.text.slice(q.contentStart, q.contentEnd), speakerKey: statement.speakerKey });
    return statement;
  }

  private newStatement(speakerKey: string, kind: ExtractedStatement['kind'], text: string, quotes: string[], span: Span, cueToken: number): ExtractedStatement {
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
      appendTo(this.statementsBySentence, sentenceIndex, statement);
    }
    this.ctx.speakers.recentSpeakers.push({ key: speakerKey, sentence: tokens[cueToken].sentence });
    return statement;
  }

  /** Paraphrase: a speech verb with an actor as subject and a reported clause after it. */
  private paraphraseAt(i: number): void {
    const { tokens, text } = this.ctx.analysis;
    if (!PARAPHRASE_STARTS.has(tokens[i].normal) || this.usedCues.has(i) || this.ctx.nonProse.has(tokens[i].sentence)) return;
    if (SPEECH_ONLY_WITH_CONTENT.has(SPEECH_VERBS.get(tokens[i].normal) ?? '') && !/^(that|:|“|"|‘|')$/.test(tokens[i + 1]?.value ?? '') && !this.clauseFollows(i)) return;
    let cue = this.cueAt(i);
    let accordingTo = false;
    if (!cue && tokens[i].normal === 'according' && tokens[i + 1]?.normal === 'to' && !this.isQuoted(tokens[i].start)) {
      // Another cue in the sentence speaks for it ("X said, according to Y"): only its tokens need asking.
      const own = tokens[i].sentence;
      const { firstToken, lastToken } = this.ctx.analysis.sentences[own] ?? { firstToken: 0, lastToken: tokens.length };
      for (let k = firstToken; k < lastToken; k++) if (tokens[k].sentence === own && k !== i && this.cueAt(k) && !(k < i && this.namesDocument(i))) return;
      cue = { token: i, subjectFrom: i };
      accordingTo = true;
    }
    if (!cue) return;
    // "X urged ..., according to a statement from X's office": the issuer of the document named is the speaker.
    if (!accordingTo && this.documentAttributionAfter(i)) return;
    const speaker = accordingTo ? this.ctx.speakers.resolveAgent(i) : this.speakerOf(cue);
    // An unnamed group ("critics said") is found so that its words go to no one else; the gold sets do not yet
    // count its paraphrases, so only its direct quotes become statements for now.
    if (!speaker || isCollectiveSpeaker(this.ctx.actors.get(speaker.key))) return;
    const sentence = this.ctx.analysis.sentences[tokens[i].sentence];
    const contentStart = accordingTo ? sentence.start : tokens[i].start;
    let end = sentence.lastToken;
    for (let k = i + 1; k < sentence.lastToken; k++) {
      if (accordingTo) {
        end = i;
        break;
      }
      const t = tokens[k];
      // '... as "broken for too long," said Y': the comma inside a closing quote mark closes the clause too.
      if (/^["”'’]$/.test(t.value) && tokens[k - 1]?.value === ',' && this.cueAt(k + 1)) {
        end = k + 1;
        break;
      }
      if (this.isQuoted(t.start)) continue;
      // "..., who described it as X, said Y": a comma before another speech verb closes the clause.
      if (t.value === ';' || (t.value === ',' && (CLAUSE_BREAK.has(tokens[k + 1]?.normal ?? '') || this.cueAt(k + 1)))) {
        end = k;
        break;
      }
      // "While the Kremlin denied the accusation, Beijing urged ...": another speaker's clause starts.
      const other = this.cueAt(k) ? this.ctx.speakers.resolveLeft(k) : undefined;
      if (other && other.key !== speaker.key && other.start > tokens[i].end) {
        end = this.tokenAt(other.start);
        if (tokens[end - 1]?.value === ',') end--;
        break;
      }
    }
    let contentEnd = tokens[end - 1]?.end ?? sentence.end;
    // Keep a closing quote mark that belongs to a fragment inside the clause.
    const around = this.topQuotes.containing(contentEnd);
    const openFragment = around && around.start < contentEnd ? around : undefined;
    if (openFragment) contentEnd = openFragment.end;
    if (contentEnd <= contentStart) return;
    const inside = (this.statementsBySentence.get(tokens[i].sentence) ?? []).find((s) => s.speakerKey === speaker.key && s.spans.some((sp) => sp.start <= tokens[i].start && sp.end >= tokens[i].end));
    if (inside) return;
    const fragments = this.topQuotes.within(contentStart, contentEnd);
    // "described by <the agent and their titles> as “productive”": the agent is the speaker, not the words.
    const passiveAgentEnd = cue.passiveBy !== undefined && speaker.end > contentStart && speaker.end < contentEnd ? speaker.end : undefined;
    const words = passiveAgentEnd === undefined ? text.slice(contentStart, contentEnd) : `${tokens[i].value} ${text.slice(passiveAgentEnd, contentEnd)}`;
    const body = squeeze(words).replace(/[\s,.;:]+$/, '');
    // "reported that" with nothing after it reports nothing.
    if (body.split(' ').length < 3) return;
    const span = { start: Math.min(speaker.start, contentStart), end: Math.max(contentEnd, speaker.end) };
    this.newStatement(speaker.key, 'PARAPHRASE', body, fragments.map((q) => trimQuote(text.slice(q.contentStart, q.contentEnd))), span, i);
    this.usedCues.add(i);
    for (const q of fragments) this.detected.set(q, { start: q.contentStart, end: q.contentEnd, text: text.slice(q.contentStart, q.contentEnd), speakerKey: speaker.key });
  }

  /** "..., according to a statement from ...": a later "according to" that names a document, not an outlet. */
  private documentAttributionAfter(cue: number): boolean {
    const { tokens, sentences } = this.ctx.analysis;
    const { lastToken } = sentences[tokens[cue].sentence];
    for (let k = cue + 1; k < lastToken - 1; k++) if (tokens[k].normal === 'according' && this.namesDocument(k)) return true;
    return false;
  }

  /** "according to a statement", "according to the readout": the words after "according to" name a document. */
  private namesDocument(according: number): boolean {
    const { tokens } = this.ctx.analysis;
    if (tokens[according + 1]?.normal !== 'to' || this.isQuoted(tokens[according].start)) return false;
    const head = ['a', 'an', 'the'].includes(tokens[according + 2]?.normal ?? '') ? according + 3 : according + 2;
    return SPEECH_NOUN_SET.has(tokens[head]?.normal ?? '');
  }

  /** The channel named around the cue: a platform ("on Truth Social"), an outlet ("told NBC News"), "reporters". */
  private channelNear(sentence: { start: number; end: number }, cueToken: number): string | undefined {
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

  private dateNear(sentence: Sentence, cueToken: number): string | undefined {
    const { tokens } = this.ctx.analysis;
    const dates = this.ctx.dates.days(sentence).filter((d) => !this.isQuoted(d.start));
    const cue = tokens[cueToken].start;
    dates.sort((a, b) => Math.abs(a.start - cue) - Math.abs(b.start - cue));
    return dates[0]?.date;
  }
}
