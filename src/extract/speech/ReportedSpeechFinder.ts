import { SPEECH_CLAUSE_LEMMAS, SPEECH_NOUNS, SPEECH_VERBS } from '../lexicon';
import words from './data/reportedSpeech.json';
import type { ExtractedStatement, QuoteSpan } from '../types';
import type { SpanIndex } from '../spanIndex';
import { squeeze } from '../textForms';
import type { ResolvedSpeaker } from './SpeakerResolver';
import { NAMING_VERBS, PARTICIPLE_CUES, SPEECH_NOUN_SET, type Cue, type SpeechCues } from './SpeechCues';
import { isCollectiveSpeaker } from '../actors/collectiveSpeakers';
import { trimQuote, type ArticleStatements } from './ArticleStatements';
import type { StatementContext } from './StatementExtractor';

/** The word classes below are explained in data/reportedSpeech.json. */
const CLAUSE_BREAK = new Set(words.clauseBreak.words);
const SPEECH_ONLY_WITH_CONTENT = new Set(words.speechOnlyWithContent.words);
/** Parts of speech of the words in a speaker's name and titles before the verb ("Norwegian Prime Minister Ana Ruiz"). */
const ATTRIBUTION_WORDS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'ADV']);
const SUBJECT_PRONOUNS = new Set(words.subjectPronouns.words);
const CLAUSE_OPENERS = new Set(words.clauseOpeners.words);
const KEEP_VERB = new Set(words.keepVerb.words);
/** A line that is a list item: a bullet or a number. */
const LIST_ITEM = /^\s*(?:[-•*–—]|\d{1,2}[.)])\s+/u;
/** Every word a paraphrase can start from: a cue (see SpeechCues) or "according (to)". Most tokens are none of them. */
const PARAPHRASE_STARTS = new Set(['quoted', 'according', ...SPEECH_VERBS.keys(), ...SPEECH_NOUNS, ...NAMING_VERBS]);

/** A reported-speech cue with its speaker: the verb, or "according to" (whose content is the rest of the sentence). */
interface Attribution {
  cue: Cue;
  speaker: ResolvedSpeaker;
  accordingTo: boolean;
  /** A verb that reports speech only with content ("added") and has none after it: only content before counts. */
  onlyBefore: boolean;
}

/**
 * Reported speech: "X warned that ...", "X vowed to ...", "according to X, ...", with the quoted fragments
 * inside the clause kept for cross-source matching.
 */
export class ReportedSpeechFinder {
  constructor(
    private readonly ctx: StatementContext,
    private readonly cues: SpeechCues,
    private readonly found: ArticleStatements,
    private readonly topQuotes: SpanIndex<QuoteSpan>,
  ) {}

  private isQuoted = (pos: number): boolean => this.ctx.isQuoted(pos);

  /** "Both sides agree to a truce: Velmaria": a headline's words, credited after a colon to the actor that ends it. */
  private headlineSource(colon: number): void {
    const { tokens, text } = this.ctx.analysis;
    const sentence = this.ctx.analysis.sentences[tokens[colon].sentence];
    if (!this.isHeadline(sentence.index) || colon === sentence.firstToken) return;
    const source = this.cues.mentionAt(colon + 1);
    if (!source || source.lastToken !== sentence.lastToken - 1 || !this.ctx.actors.has(source.key)) return;
    const start = tokens[sentence.firstToken].start;
    const body = squeeze(text.slice(start, tokens[colon].start));
    if (body.split(' ').length < 3) return;
    const fragments = this.topQuotes.within(start, tokens[colon].start);
    this.found.add(source.key, 'PARAPHRASE', body, fragments.map((q) => trimQuote(text.slice(q.contentStart, q.contentEnd))), { start, end: source.end }, colon);
    for (const q of fragments) this.found.carry(q, source.key);
  }

  /**
   * The statement a participle after a comma continues: the same speaker's, ending at that comma
   * ("X welcomed the deal in a post, calling it ..."; "X said ..., adding that ..."; '"...," he said, noting ...').
   */
  private continuedStatement(i: number, speaker: ResolvedSpeaker): ExtractedStatement | undefined {
    const { tokens } = this.ctx.analysis;
    if (!PARTICIPLE_CUES.test(tokens[i].normal) || tokens[i - 1]?.value !== ',') return undefined;
    const comma = tokens[i - 1];
    return (this.found.bySentence.get(tokens[i].sentence) ?? []).find((s) => {
      const last = s.spans[s.spans.length - 1];
      return s.speakerKey === speaker.key && last.end <= comma.end && comma.start - last.end <= 1;
    });
  }

  /** Whether token `i` is a cue that reports speech by itself ("said", not "agreed to"). */
  startsReportedSpeech(i: number): boolean {
    return this.cues.cueAt(i) !== undefined && (this.found.usedCues.has(i) || this.attributionAt(i) !== undefined);
  }

  /** The paraphrase introduced at token `i`, if any, added to the article's statements. */
  at(i: number): void {
    if (this.ctx.analysis.tokens[i].value === ':') {
      this.headlineSource(i);
      return;
    }
    const attribution = this.attributionAt(i);
    if (!attribution) return;
    const { tokens, text } = this.ctx.analysis;
    const { cue, speaker } = attribution;
    const content = this.contentOf(i, attribution);
    if (!content) return;
    const { start: contentStart } = content;
    let contentEnd = content.end;
    // Keep a closing quote mark that belongs to a fragment inside the clause.
    const around = this.topQuotes.containing(contentEnd);
    const openFragment = around && around.start < contentEnd ? around : undefined;
    if (openFragment) contentEnd = openFragment.end;
    if (contentEnd <= contentStart) return;
    const inside = (this.found.bySentence.get(tokens[i].sentence) ?? []).find((s) => s.speakerKey === speaker.key && s.spans.some((sp) => sp.start <= tokens[i].start && sp.end >= tokens[i].end));
    if (inside) return;
    const fragments = this.topQuotes.within(contentStart, contentEnd);
    // "described by <the agent and their titles> as “productive”": the agent is the speaker, not the words.
    const passiveAgentEnd = cue.passiveBy !== undefined && speaker.end > contentStart && speaker.end < contentEnd ? speaker.end : undefined;
    const words = passiveAgentEnd === undefined ? text.slice(contentStart, contentEnd) : `${tokens[i].value} ${text.slice(passiveAgentEnd, contentEnd)}`;
    // "reported that" with nothing after it reports nothing.
    if (squeeze(words).replace(/[\s,.;:]+$/, '').split(' ').length < 3) return;
    const saidFrom = passiveAgentEnd === undefined && contentStart === tokens[i].start ? this.saidStart(i, contentEnd) : contentStart;
    const body = squeeze(text.slice(saidFrom, contentEnd)).replace(/[\s,.;:]+$/, '') || squeeze(words).replace(/[\s,.;:]+$/, '');
    const span = { start: Math.min(speaker.start, contentStart), end: Math.max(contentEnd, speaker.end, content.attributionEnd ?? 0) };
    this.record(i, speaker, body, fragments, span);
  }

  /** Adds the paraphrase of the cue at `i`, or lets the statement its participle continues take it in. */
  private record(i: number, speaker: ResolvedSpeaker, body: string, fragments: readonly QuoteSpan[], span: { start: number; end: number }): void {
    const { text } = this.ctx.analysis;
    const quotes = fragments.map((q) => trimQuote(text.slice(q.contentStart, q.contentEnd)));
    // '"...," X added, concluding that "... ."': a participle quoting a whole sentence of its own after a direct
    // quote is another remark (outlets quote the two apart); a fragment or a paraphrase goes on with the participle.
    const found = this.continuedStatement(i, speaker);
    const ownRemark = fragments.some((q) => /[.!?]\s*$/.test(text.slice(q.contentStart, q.contentEnd)));
    const continued = found?.kind === 'DIRECT_QUOTE' && ownRemark ? undefined : found;
    if (continued) {
      // "X welcomed the deal, calling it ...": the participle goes on with the same remark (a direct quote's
      // text stays its quoted words; its report takes the participle in).
      if (continued.kind === 'PARAPHRASE') {
        continued.text = `${continued.text}, ${body}`;
        continued.quotes.push(...quotes);
      }
      const last = continued.spans[continued.spans.length - 1];
      last.end = Math.max(last.end, span.end);
    } else this.found.add(speaker.key, 'PARAPHRASE', body, quotes, span, i);
    this.found.usedCues.add(i);
    for (const q of fragments) this.found.carry(q, speaker.key);
  }

  /**
   * Where what was said begins in a clause after the cue at `i`: after "that" ("told reporters on Monday that
   * ..."), after a verb that takes a clause ("said the talks ..."); verbs whose content is their object
   * ("praised X for ...", "vowed to ...") and "told X ..." keep their verb.
   */
  private saidStart(i: number, end: number): number {
    const { tokens } = this.ctx.analysis;
    for (let j = i + 1; j < i + 9 && tokens[j] && tokens[j].end <= end; j++) {
      const t = tokens[j];
      // "outlined her plan on Monday: the port would ...": the points after the colon are what was said.
      if (t.value === ':' && !this.isQuoted(t.start) && tokens[j + 1] && tokens[j + 1].start < end) return tokens[j + 1].start;
      if (this.isQuoted(t.start) || t.pos === 'VERB' || t.pos === 'AUX' || /^[;“"‘]$/.test(t.value)) break;
      if (t.normal === 'that' && tokens[j + 1] && tokens[j + 1].start < end && this.isComplementizer(j)) return tokens[j + 1].start;
    }
    const lemma = SPEECH_VERBS.get(tokens[i].normal) ?? '';
    const next = tokens[i + 1];
    const opensClause = next !== undefined && next.start < end && ['PRON', 'DET', 'PROPN', 'NUM', 'NOUN', 'ADJ'].includes(next.pos) && next.normal !== 'that';
    return SPEECH_CLAUSE_LEMMAS.has(lemma) && !KEEP_VERB.has(lemma) && opensClause ? next.start : tokens[i].start;
  }

  /** "that" at `j` opens a clause ("that prices would rise"), rather than pointing at a noun ("echoed that theme in"). */
  private isComplementizer(j: number): boolean {
    const { tokens } = this.ctx.analysis;
    let k = j + 1;
    if (!['NOUN', 'ADJ'].includes(tokens[k]?.pos ?? '')) return true;
    while (k < j + 5 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k]?.pos ?? '')) k++;
    return ['VERB', 'AUX'].includes(tokens[k]?.pos ?? '');
  }

  /**
   * What the cue at `i` reports, as offsets: the clause after it ("said that ..."), the words before an
   * attribution that ends the sentence ("The talks were useful, the minister said."), or the rest of the
   * sentence after "According to X," (or the words before a later "according to X").
   */
  private contentOf(i: number, { speaker, accordingTo, onlyBefore }: Attribution): { start: number; end: number; attributionEnd?: number } | undefined {
    const { tokens } = this.ctx.analysis;
    const sentence = this.ctx.analysis.sentences[tokens[i].sentence];
    if (accordingTo) {
      if (!this.opensSentence(i)) return { start: sentence.start, end: tokens[i - 1]?.end ?? sentence.start };
      const comma = this.commaAfterAgent(i, speaker);
      if (comma === undefined) return undefined;
      return { start: tokens[comma + 1].start, end: tokens[this.clauseEnd(comma, speaker) - 1].end };
    }
    const before = this.contentBefore(i, speaker) ?? this.relativeObject(i, speaker);
    if (before || onlyBefore) return before;
    const end = tokens[this.clauseEnd(i, speaker) - 1]?.end ?? sentence.end;
    return { start: tokens[i].start, end: this.pointsAfterColon(sentence.index, end) ?? end };
  }

  /**
   * "X outlined three steps:" closing a paragraph, then the steps as list items ("- ...", "1. ..."): the
   * report runs to the end of the last item. Returns that end, or undefined when no list follows.
   */
  private pointsAfterColon(sentence: number, clauseEnd: number): number | undefined {
    const { text, sentences, tokens } = this.ctx.analysis;
    const own = sentences[sentence];
    if (tokens[own.lastToken - 1]?.value !== ':' || clauseEnd < tokens[own.lastToken - 1].end) return undefined;
    if (sentences[sentence + 1]?.paragraph === own.paragraph) return undefined;
    let end: number | undefined;
    let paragraph = own.paragraph;
    for (let s = sentence + 1; s < sentences.length && s < sentence + 30; s++) {
      const next = sentences[s];
      if (next.paragraph !== paragraph) {
        if (next.paragraph !== paragraph + 1 || !LIST_ITEM.test(text.slice(next.start, next.end))) break;
        paragraph = next.paragraph;
      }
      end = next.end;
    }
    return end;
  }

  /** Only punctuation (an opening quote mark, a dash) stands before token `i` in its sentence. */
  private opensSentence(i: number): boolean {
    const { tokens } = this.ctx.analysis;
    const { firstToken } = this.ctx.analysis.sentences[tokens[i].sentence];
    for (let k = firstToken; k < i; k++) if (tokens[k].pos !== 'PUNCT') return false;
    return true;
  }

  /** "According to the union, ...": the comma that closes the agent phrase, right after the agent or its apposition. */
  private commaAfterAgent(i: number, speaker: ResolvedSpeaker): number | undefined {
    const { tokens } = this.ctx.analysis;
    const { lastToken } = this.ctx.analysis.sentences[tokens[i].sentence];
    for (let k = this.cues.tokenAt(speaker.end - 1) + 1; k < lastToken - 1 && k < i + 16; k++) {
      if (tokens[k].value === ',') return k;
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return undefined;
    }
    return undefined;
  }

  /**
   * "The talks were useful, the minister said (on Monday).": when nothing but the attribution follows the
   * comma, the words before it are what was said, unless they hold a cue of their own.
   */
  private contentBefore(i: number, speaker: ResolvedSpeaker): { start: number; end: number; attributionEnd: number } | undefined {
    const { tokens } = this.ctx.analysis;
    const sentence = this.ctx.analysis.sentences[tokens[i].sentence];
    const tailEnd = this.attributionTailEnd(i);
    if (tailEnd === undefined) return undefined;
    let k = Math.min(i, this.cues.tokenAt(speaker.start)) - 1;
    // The speaker's titles and descriptors before the name: "Norwegian Prime Minister Ana Ruiz said".
    while (k > sentence.firstToken && ATTRIBUTION_WORDS.has(tokens[k].pos) && tokens[k].value !== ',' && !this.isQuoted(tokens[k].start)) k--;
    if (tokens[k]?.value !== ',' || k <= sentence.firstToken) return undefined;
    // "agreed to a ceasefire" inside the content is an act, not another attribution.
    for (let j = sentence.firstToken; j < k; j++) if (!this.isQuoted(tokens[j].start) && this.startsReportedSpeech(j)) return undefined;
    const first = sentence.firstToken;
    return { start: tokens[first].start, end: tokens[k - 1].end, attributionEnd: tokens[tailEnd - 1].end };
  }

  /** A cue right before a comma or stop with "that"/"which" a few words before it: it may end an object relative. */
  private mayEndRelative(i: number): boolean {
    const { tokens } = this.ctx.analysis;
    if (!/^[,.;]$/.test(tokens[i + 1]?.value ?? '')) return false;
    for (let k = i - 1; k >= 0 && i - k <= 6; k--) if (['that', 'which'].includes(tokens[k].normal)) return true;
    return false;
  }

  /**
   * "approved a steep rise in subsidies on Monday that Berg had demanded, but ...": a cue that ends an object
   * relative clause ("that/which X (had) demanded" then a comma or the end) reports the noun phrase the clause
   * modifies, back to the verb that takes it. Returns its offsets, or undefined.
   */
  private relativeObject(i: number, speaker: ResolvedSpeaker): { start: number; end: number } | undefined {
    const { tokens } = this.ctx.analysis;
    if (!/^[,.;]$/.test(tokens[i + 1]?.value ?? '') || tokens[i + 1].sentence !== tokens[i].sentence) return undefined;
    let k = this.cues.tokenAt(speaker.start) - 1;
    if (speaker.start > tokens[i].start || !['that', 'which'].includes(tokens[k]?.normal ?? '')) return undefined;
    for (let j = k + 1; j < i; j++) if (tokens[j].start >= speaker.end && tokens[j].pos !== 'AUX' && tokens[j].pos !== 'ADV') return undefined;
    const end = k - 1;
    for (k = end; k >= 0 && end - k < 14 && tokens[k].sentence === tokens[i].sentence; k--) {
      if (tokens[k].pos === 'VERB') return k < end && tokens[k + 1].pos === 'DET' ? { start: tokens[k + 1].start, end: tokens[end].end } : undefined;
      if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PRON' || this.isQuoted(tokens[k].start)) return undefined;
    }
    return undefined;
  }

  /**
   * Where the attribution that starts at the cue ends, when it runs to the end of the sentence with no verb or
   * object of its own ("said.", "said on Monday.", "said in a statement.", "said Ana Lima, the union's leader.");
   * else undefined. "to brief her on ..." and "repeated diplomatic engagements" are no attributions.
   */
  private attributionTailEnd(i: number): number | undefined {
    const { tokens } = this.ctx.analysis;
    const { lastToken } = this.ctx.analysis.sentences[tokens[i].sentence];
    if (tokens[i - 1]?.normal === 'to') return undefined;
    const end = this.tailEnd(i, lastToken);
    if (end - i > 14) return undefined;
    const next = tokens[i + 1];
    const inverted = this.cues.mentionAt(i + 1) !== undefined || /^\p{Lu}/u.test(next?.value ?? '') || next?.normal === 'the';
    if (next && i + 1 < end && !/^[.!?]$/.test(next.value) && !inverted && next.pos !== 'ADV' && next.pos !== 'ADP') return undefined;
    for (let k = i + 1; k < end; k++) {
      const t = tokens[k];
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.normal === 'that' || t.value === ':' || this.isQuoted(t.start)) return undefined;
    }
    return end;
  }

  /** ", the agency reported, without giving details.": the attribution ends at a comma before such an aside. */
  private tailEnd(i: number, lastToken: number): number {
    const { tokens } = this.ctx.analysis;
    for (let k = i + 1; k < lastToken - 1 && k < i + 15; k++) {
      if (tokens[k].value !== ',') continue;
      const after = tokens[k + 1];
      return after.normal === 'without' || (after.pos === 'VERB' && PARTICIPLE_CUES.test(after.normal)) ? k : lastToken;
    }
    return lastToken;
  }

  /**
   * The article's first line when it stands alone, without a final stop: a headline. "X vows to ...", "X tells
   * Y that ..." there report a person's words; a country or body "warns of" in a headline sums up its acts,
   * so only a person's headline counts.
   */
  private isHeadline(sentence: number): boolean {
    const { sentences } = this.ctx.analysis;
    return sentence === 0 && sentences[1]?.paragraph !== sentences[0].paragraph;
  }

  private isPerson(speaker: ResolvedSpeaker | undefined): boolean {
    return speaker !== undefined && this.ctx.actors.get(speaker.key)?.kind === 'PERSON';
  }

  /** The cue at token `i` and its speaker, unless the token starts no reported speech. */
  private attributionAt(i: number): Attribution | undefined {
    const { tokens } = this.ctx.analysis;
    if (!PARAPHRASE_STARTS.has(tokens[i].normal) || this.found.usedCues.has(i)) return undefined;
    const headline = this.isHeadline(tokens[i].sentence);
    if (this.ctx.nonProse.has(tokens[i].sentence) && !headline) return undefined;
    const onlyBefore = SPEECH_ONLY_WITH_CONTENT.has(SPEECH_VERBS.get(tokens[i].normal) ?? '') && !this.introducesContent(i);
    if (onlyBefore && this.attributionTailEnd(i) === undefined && !this.mayEndRelative(i)) return undefined;
    const cue = this.cues.cueAt(i);
    if (cue) {
      // "X urged ..., according to a statement from X's office": the issuer of the document named is the speaker.
      if (this.documentAttributionAfter(i)) return undefined;
      const speaker = this.cues.speakerOf(cue);
      if (headline && this.ctx.nonProse.has(tokens[i].sentence) && !this.isPerson(speaker)) return undefined;
      // An unnamed group ("critics said") is found so that its words go to no one else; the gold sets do not yet
      // count its paraphrases, so only its direct quotes become statements for now.
      if (!speaker || isCollectiveSpeaker(this.ctx.actors.get(speaker.key))) return undefined;
      return { cue, speaker, accordingTo: false, onlyBefore };
    }
    if (tokens[i].normal !== 'according' || tokens[i + 1]?.normal !== 'to' || this.isQuoted(tokens[i].start)) return undefined;
    // Another cue in the sentence speaks for it ("X said, according to Y"): only its tokens need asking.
    const own = tokens[i].sentence;
    const { firstToken, lastToken } = this.ctx.analysis.sentences[own] ?? { firstToken: 0, lastToken: tokens.length };
    for (let k = firstToken; k < lastToken; k++) if (tokens[k].sentence === own && k !== i && this.cues.cueAt(k) && !(k < i && this.namesDocument(i))) return undefined;
    const speaker = this.ctx.speakers.resolveAgent(i);
    return speaker && !isCollectiveSpeaker(this.ctx.actors.get(speaker.key)) ? { cue: { token: i, subjectFrom: i }, speaker, accordingTo: true, onlyBefore: false } : undefined;
  }

  /** "..., according to a statement from ...": a later "according to" that names a document, not an outlet. */
  private documentAttributionAfter(cue: number): boolean {
    const { tokens, sentences } = this.ctx.analysis;
    const { lastToken } = sentences[tokens[cue].sentence];
    for (let k = cue + 1; k < lastToken - 1; k++) if (tokens[k].normal === 'according' && this.namesDocument(k)) return true;
    return false;
  }

  /**
   * "according to a statement from the ministry", "according to a readout issued by ...": the words after
   * "according to" name a document and who issued it. ("according to an interview with the Harbour Ledger" names the
   * channel of the sentence's own speaker, not another one.)
   */
  private namesDocument(according: number): boolean {
    const { tokens } = this.ctx.analysis;
    if (tokens[according + 1]?.normal !== 'to' || this.isQuoted(tokens[according].start)) return false;
    const head = ['a', 'an', 'the'].includes(tokens[according + 2]?.normal ?? '') ? according + 3 : according + 2;
    const issuer = ['from', 'by', 'issued', 'released', 'published'].includes(tokens[head + 1]?.normal ?? '');
    return SPEECH_NOUN_SET.has(tokens[head]?.normal ?? '') && issuer;
  }

  /**
   * For verbs that report speech only with content ("agreed that", "added:"): the content follows ("that", a
   * colon, a quote, "he would ..."). (Content before the attribution is the other way: see contentBefore.)
   */
  private introducesContent(i: number): boolean {
    const { tokens } = this.ctx.analysis;
    const next = tokens[i + 1];
    if (/^(that|:|“|"|‘|')$/.test(next?.value ?? '')) return true;
    // "signalled he would ...": a subject pronoun and its verb start the reported clause.
    if (SUBJECT_PRONOUNS.has(next?.normal ?? '') && ['VERB', 'AUX'].includes(tokens[i + 2]?.pos ?? '')) return true;
    // "expressed optimism that ...", "voiced concern that ...": a feeling named, then what was said.
    return next?.pos === 'NOUN' && tokens[i + 2]?.normal === 'that' && this.isComplementizer(i + 2);
  }

  /**
   * ", the envoy warned ...", ", president praises ...": a short noun phrase and a speech verb after the comma
   * at `k` (in a headline the tagger often reads the verb as a plural noun).
   */
  private subjectAndCueAfter(k: number): boolean {
    const { tokens } = this.ctx.analysis;
    const headline = this.isHeadline(tokens[k].sentence);
    for (let j = k + 1; j < k + 5 && tokens[j]; j++) {
      const t = tokens[j];
      const verb = t.pos === 'VERB' || (headline && t.pos === 'NOUN' && /s$/.test(t.normal));
      if (j > k + 1 && verb && SPEECH_VERBS.has(t.normal) && !this.isQuoted(t.start)) return t.pos !== 'VERB' || this.cues.cueAt(j) !== undefined;
      if (!['DET', 'ADJ', 'NOUN'].includes(t.pos)) return false;
    }
    return false;
  }

  /** A clause starts at token `k`: after a comma, a semicolon, or "but"/"while"/"whereas". */
  private startsNewClause(k: number): boolean {
    const { tokens } = this.ctx.analysis;
    let j = k - 1;
    while (tokens[j] && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'NOUN') && k - j < 6) j--;
    return /^[,;]$/.test(tokens[j]?.value ?? '') || CLAUSE_OPENERS.has(tokens[j]?.normal ?? '');
  }

  /** Where the reported clause after the cue at `i` ends (token index, exclusive). */
  private clauseEnd(i: number, speaker: ResolvedSpeaker): number {
    const { tokens } = this.ctx.analysis;
    const sentence = this.ctx.analysis.sentences[tokens[i].sentence];
    for (let k = i + 1; k < sentence.lastToken; k++) {
      const t = tokens[k];
      // '... as "broken for too long," said Y': the comma inside a closing quote mark closes the clause too.
      if (/^["”'’]$/.test(t.value) && tokens[k - 1]?.value === ',' && (this.cues.cueAt(k + 1) || this.subjectAndCueAfter(k))) return k + 1;
      if (this.isQuoted(t.start)) continue;
      // "While stressing ..., Lee kept ...": a fronted clause ends at the comma before its own speaker.
      if (t.value === ',' && tokens[k + 1]?.start === speaker.start && speaker.start > tokens[i].end) return k;
      // "..., who described it as X, said Y": a comma before another speech verb closes the clause.
      if (t.value === ';' || (t.value === ',' && (CLAUSE_BREAK.has(tokens[k + 1]?.normal ?? '') || this.cues.cueAt(k + 1) || this.subjectAndCueAfter(k)))) return k;
      // "... rose and desperate residents pleaded for help": a new subject and speech verb after "and" are another report.
      if (t.normal === 'and' && this.subjectAndCueAfter(k)) return k;
      // "While the ministry rejected the claim, the council urged ...": another speaker's clause starts, after a
      // comma or a conjunction; "said Velmaria and Ostland have agreed to ..." is still what was said.
      const other = this.cues.cueAt(k) ? this.ctx.speakers.resolveLeft(k) : undefined;
      if (other && other.key !== speaker.key && other.start > tokens[i].end && this.startsNewClause(this.cues.tokenAt(other.start)) && this.attributionAt(k)) {
        let end = this.cues.tokenAt(other.start);
        while (end - 1 > i && (/^[,;]$/.test(tokens[end - 1].value) || CLAUSE_OPENERS.has(tokens[end - 1].normal) || tokens[end - 1].normal === 'and')) end--;
        return end;
      }
    }
    return sentence.lastToken;
  }
}
