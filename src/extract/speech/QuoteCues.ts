import { SPEECH_VERBS } from '../lexicon';
import type { QuoteSpan } from '../types';
import { NAME_PARTICLES } from '../actors/nameShapes';
import type { ResolvedSpeaker } from './SpeakerResolver';
import { PARTICIPLE_CUES, SPEECH_NOUN_SET, type SpeechCues } from './SpeechCues';
import type { StatementContext } from './StatementExtractor';

/** Words that may stand between a speech verb and the quote it introduces: where, when and through what it was said. */
const DIRECT_GAP_WORDS = new Set(['on', 'in', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'post', 'statement', 'reporters', 'interview', 'with', 'at', 'later', 'earlier', 'also', 'then', 'simply', 'only', 'saying', 'said', 'social', 'media', 'platform', 'televised', 'address', 'briefing', 'news', 'conference']);

/** A quote's cue: the token of its speech verb, and whether it attributes the quote (direct) or the quote is a fragment of a paraphrase. */
export interface QuoteCue {
  token: number;
  direct: boolean;
}

/**
 * Which speech verb introduces a quote, from the text alone: after it (`"...," Trump wrote`), before it
 * (`Peskov said: "..."`), a colon closing the paragraph before, or a headline's verb.
 */
export class QuoteCues {
  /** Headline cues whose subject is a description the story goes on to name ("Velorian president says"). */
  private readonly headlineSpeakers = new Map<number, ResolvedSpeaker>();

  constructor(
    private readonly ctx: StatementContext,
    private readonly cues: SpeechCues,
  ) {}

  private isQuoted = (pos: number): boolean => this.ctx.isQuoted(pos);
  private cueAt = (i: number) => this.cues.cueAt(i);
  private tokenAt = (pos: number) => this.cues.tokenAt(pos);

  /** The cue of a quote in prose: after it, else before it, else a colon introduction. */
  cueOf(q: QuoteSpan): QuoteCue | undefined {
    const after = this.cueAfter(q);
    return after !== undefined ? { token: after, direct: true } : this.cueBefore(q) ?? this.colonIntroduction(q);
  }

  /** The speaker a headline cue found by description, if any. */
  headlineSpeaker(token: number): ResolvedSpeaker | undefined {
    return this.headlineSpeakers.get(token);
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
  headlineCue(q: QuoteSpan): number | undefined {
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
    const subject = this.cues.mentionAt(i);
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
      const mention = this.cues.mentionAt(i);
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
        // '“...,” the minister reiterated that ...' opens a clause of its own.
        const ownClause = tokens[k + 1]?.normal === 'that';
        return this.cues.isInvertedReportingClause(k, directlyAfterQuote) && !participle && !ownClause ? k : undefined;
      }
      if (tokens[k].value === '.' || tokens[k].value === ';') return undefined;
      // Past the usual short attribution, only a name and its title may stand between quote and verb.
      if (k - i >= 6 && !/^\p{Lu}/u.test(tokens[k].value) && tokens[k].pos !== 'PUNCT' && !NAME_PARTICLES.has(tokens[k].value)) return undefined;
    }
    return undefined;
  }

  /** The cue right before a quote: `Peskov said: "..."`, `she wrote on Monday: "..."`, `called the meeting "productive"`. */
  private cueBefore(q: QuoteSpan): QuoteCue | undefined {
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
        return { token: k, direct: (introduced || circumstantial) && !gap.some((t) => t.normal === 'that') && !this.isQuotedObject(q, gap.length) };
      }
    }
    return undefined;
  }

  /**
   * 'complimented “Mark” on his victory': a quote of a word or two right after the verb, with the clause going
   * on after it, is the verb's object, quoted inside a paraphrase, not what was said.
   */
  private isQuotedObject(q: QuoteSpan, gapLength: number): boolean {
    const { tokens, text } = this.ctx.analysis;
    const content = text.slice(q.contentStart, q.contentEnd).trim();
    if (gapLength > 0 || /[.,!?;:]$/.test(content)) return false;
    let after = this.tokenAt(q.end);
    if (tokens[after] && tokens[after].start < q.end) after++;
    const next = tokens[after];
    if (next === undefined || next.sentence !== tokens[this.tokenAt(q.start)].sentence || next.pos === 'PUNCT') return false;
    // 'adding "as a sailor at heart" she would like to ...': a longer quote goes on into a clause of its own.
    return content.split(/\s+/).length <= 2 || (['PRON', 'DET', 'PROPN'].includes(next.pos) && ['VERB', 'AUX'].includes(tokens[after + 1]?.pos ?? ''));
  }

  /**
   * 'Von der Leyen told a news conference:' or 'Ntwali read out a statement after the signing:' at the end of
   * a paragraph, then the quote: the clause's verb introduces it when it is a speech verb or carries a speech
   * noun ("statement", "post").
   */
  private colonIntroduction(q: QuoteSpan): QuoteCue | undefined {
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
}
