import type { AnalyzedText } from '../../nlp/types';
import { tokenAt } from '../../nlp/positions';
import { SPEECH_NOUNS, SPEECH_VERBS } from '../lexicon';
import words from './data/reportedSpeech.json';
import type { ActorMention, ArticleActor, ExtractedStatement } from '../types';
import type { ResolvedSpeaker, SpeakerResolver } from './SpeakerResolver';

export const PARTICIPLE_CUES = /ing$/;
export const SPEECH_NOUN_SET = new Set(SPEECH_NOUNS);
const NOT_SPEECH_ON_THEIR_OWN = new Set(['speak', 'talk']);
const NEGATIONS = new Set(['not', "n't", 'never', 'declined to', 'refused to']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Conjunctions that join a second verb to the first one's subject ("commended ... and pledged"). */
const COORDINATORS = new Set(words.coordinators.words);
/** Subordinators that front a participle clause whose subject is the main clause's ("While stressing ..., X ..."). */
const FRONTING_SUBORDINATORS = new Set(words.frontingSubordinators.words);
/** "a statement issued by X": participles that name who issued a document. */
const ISSUING = new Set(words.issuingParticiples.words);
/** "referred to X as “...”": speech only with "to ... as" and a quote. */
export const NAMING_VERBS = new Set(words.namingVerbs.words);

export interface Cue {
  token: number;
  /** The token where the subject search starts ("was quoted as saying" searches from "quoted"). */
  subjectFrom: number;
  passiveBy?: number;
  /** "quoted him as saying": the speaker is the object at this token. */
  objectSpeaker?: number;
  /** "Ukraine's announcement that": the speaker is the possessor ending at this token. */
  possessor?: number;
}

export interface CueContext {
  analysis: AnalyzedText;
  quotes: readonly { start: number; end: number; nested?: boolean }[];
  mentions: readonly ActorMention[];
  speakers: SpeakerResolver;
  actors: ReadonlyMap<string, ArticleActor>;
  isQuoted: (pos: number) => boolean;
}

/**
 * The speech cues of an article ("said", "according to", "Ukraine's announcement that", "was quoted as
 * saying"), each found once per token, and who speaks at each: shared by quote attribution and reported speech.
 */
export class SpeechCues {
  private readonly cues: (Cue | null)[] = [];
  private readonly mentionAtToken = new Map<number, ActorMention>();

  /** `statements`: the statements found so far, in reading order (a participle clause continues the latest). */
  constructor(private readonly ctx: CueContext, private readonly statements: readonly ExtractedStatement[]) {
    for (const m of ctx.mentions) this.mentionAtToken.set(m.firstToken, m);
  }

  private isQuoted = (pos: number): boolean => this.ctx.isQuoted(pos);

  mentionAt(token: number): ActorMention | undefined {
    return this.mentionAtToken.get(token);
  }

  sentenceAt(pos: number): number {
    const { tokens } = this.ctx.analysis;
    const i = this.tokenAt(pos);
    return tokens[i]?.sentence ?? -1;
  }

  tokenAt(pos: number): number {
    return tokenAt(this.ctx.analysis, pos);
  }

  /** The speech cue at token `i`, found once per token (null: none). */
  cueAt(i: number): Cue | undefined {
    let cue = this.cues[i];
    if (cue === undefined) {
      cue = this.findCue(i) ?? null;
      this.cues[i] = cue;
    }
    return cue ?? undefined;
  }

  findCue(i: number): Cue | undefined {
    const { tokens } = this.ctx.analysis;
    const t = tokens[i];
    if (NAMING_VERBS.has(t.normal)) return this.namingCue(i);
    if (t.normal !== 'quoted' && !SPEECH_VERBS.has(t.normal) && !SPEECH_NOUN_SET.has(t.normal)) return undefined;
    if (this.isQuoted(t.start)) return undefined;
    // "The paper quoted him as comparing the two": the one quoted is the speaker.
    if (t.normal === 'quoted' && tokens[i - 1]?.pos !== 'AUX' && (tokens[i + 2]?.normal === 'as' || tokens[i + 3]?.normal === 'as')) {
      return { token: i, subjectFrom: i, objectSpeaker: i + 1 };
    }
    // "Velmaria's announcement that it had reopened ...": a possessive speech noun reports its owner's words.
    if (SPEECH_NOUN_SET.has(t.normal) && /^['’]s$/.test(tokens[i - 1]?.normal ?? '') && tokens[i + 1]?.normal === 'that') {
      return { token: i, subjectFrom: i, possessor: i - 2 };
    }
    if (!SPEECH_VERBS.has(t.normal)) return undefined;
    // "an estimated 600 fighters", "the reported talks": after an article the participle modifies a noun.
    if (ARTICLES.has(tokens[i - 1]?.normal ?? '')) return undefined;
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

  /** 'referred to the plan as “a trap”': "to", a short object, "as", then a quote (after an article at most). */
  private namingCue(i: number): Cue | undefined {
    const { tokens } = this.ctx.analysis;
    if (tokens[i + 1]?.normal !== 'to' || this.isQuoted(tokens[i].start) || tokens[i].pos !== 'VERB') return undefined;
    for (let k = i + 2; k < Math.min(tokens.length, i + 9) && tokens[k].sentence === tokens[i].sentence; k++) {
      if (tokens[k].normal !== 'as') continue;
      const named = ARTICLES.has(tokens[k + 1]?.normal ?? '') ? k + 2 : k + 1;
      return [named, named + 1].some((n) => tokens[n] && this.isQuoted(tokens[n].start)) ? { token: i, subjectFrom: i } : undefined;
    }
    return undefined;
  }

  speakerOf(cue: Cue): ResolvedSpeaker | undefined {
    const { speakers } = this.ctx;
    const { tokens } = this.ctx.analysis;
    if (cue.passiveBy !== undefined) return speakers.resolveAgent(cue.passiveBy);
    if (cue.objectSpeaker !== undefined) return speakers.resolveAt(cue.objectSpeaker);
    if (cue.possessor !== undefined) return speakers.mentionEndingAt(cue.possessor);
    const afterComma = tokens[cue.token - 1]?.value === ',' || (/^["”'’]$/.test(tokens[cue.token - 1]?.value ?? '') && tokens[cue.token - 2]?.value === ',');
    if (PARTICIPLE_CUES.test(tokens[cue.token].normal) && (afterComma || this.isCoordinated(cue.token))) return this.continuingSpeaker(cue.token, true);
    // "X commended ... and pledged ...": the verb shares the subject of the verb before the conjunction.
    if (this.isCoordinated(cue.token)) return this.continuingSpeaker(cue.token, false);
    const fronted = this.frontedParticipleSubject(cue.token);
    if (fronted) return fronted;
    const left = speakers.resolveLeft(cue.subjectFrom);
    if (left) return left;
    const owner = this.ownerOfSpeechNounSubject(cue.subjectFrom) ?? this.issuerOfSpeechNoun(cue.token);
    if (owner) return owner;
    // Inverted attribution only right after a quote or a comma: '"...," said Trump'.
    const before = tokens[cue.token - 1];
    const quoteJustBefore = this.ctx.quotes.some((q) => !q.nested && q.end <= tokens[cue.token].start && tokens[cue.token].start - q.end <= 3);
    if ((quoteJustBefore || before?.value === ',') && this.isInvertedReportingClause(cue.token, true)) return speakers.resolveRight(cue.token);
    return undefined;
  }

  /**
   * "While underscoring the risks, Lee kept ...": a participle right after the subordinator that opens the
   * sentence has the main clause's subject, the name (or "he"/"she") right after the comma that closes it.
   */
  private frontedParticipleSubject(cue: number): ResolvedSpeaker | undefined {
    const { tokens, sentences } = this.ctx.analysis;
    const { firstToken, lastToken } = sentences[tokens[cue].sentence];
    if (!PARTICIPLE_CUES.test(tokens[cue].normal) || cue !== firstToken + 1 || !FRONTING_SUBORDINATORS.has(tokens[firstToken].normal)) return undefined;
    for (let k = cue + 1; k < lastToken - 1 && k < cue + 30; k++) {
      if (this.isQuoted(tokens[k].start) || tokens[k].value !== ',') continue;
      const mention = this.mentionAtToken.get(k + 1);
      const subjectEnd = mention ? mention.lastToken : ['he', 'she'].includes(tokens[k + 1].normal) ? k + 1 : -1;
      let verb = subjectEnd + 1;
      while (tokens[verb] && (tokens[verb].pos === 'ADV' || tokens[verb].pos === 'AUX') && verb - subjectEnd <= 3) verb++;
      if (subjectEnd < 0 || tokens[verb]?.pos !== 'VERB') return undefined;
      const kind = mention ? this.ctx.actors.get(mention.key)?.kind : 'PERSON';
      if (kind !== 'PERSON' && kind !== 'ORGANIZATION') return undefined;
      return mention ? { key: mention.key, start: mention.start, end: mention.end } : this.ctx.speakers.resolvePronoun(k + 1);
    }
    return undefined;
  }

  /** "..., and pledged", "but also warned": the cue follows a conjunction (and adverbs) that joins it to an earlier verb. */
  private isCoordinated(cue: number): boolean {
    const { tokens } = this.ctx.analysis;
    let k = cue - 1;
    while (k >= 0 && tokens[k].pos === 'ADV' && tokens[k].sentence === tokens[cue].sentence) k--;
    if (!(k > 0 && COORDINATORS.has(tokens[k].normal) && tokens[k].sentence === tokens[cue].sentence)) return false;
    // "X met Y and urged ..., according to a statement from X's office": the acts are the source's report.
    const { lastToken } = this.ctx.analysis.sentences[tokens[cue].sentence];
    for (let j = cue + 1; j < lastToken - 1; j++) if (tokens[j].normal === 'according' && tokens[j + 1].normal === 'to') return false;
    return true;
  }

  /**
   * The speaker a participle or coordinated verb continues: the latest statement of the sentence, else the
   * subject of one of the verbs before ("the group rejected a proposal ..., calling it ..."); a participle
   * may also fall back to the sentence's first actor.
   */
  private continuingSpeaker(cue: number, participle: boolean): ResolvedSpeaker | undefined {
    const { speakers } = this.ctx;
    const { tokens } = this.ctx.analysis;
    const sentence = tokens[cue].sentence;
    const earlier = [...this.statements].reverse().find((s) => this.sentenceAt(s.spans[0].start) === sentence || this.sentenceAt(s.spans[s.spans.length - 1].end - 1) === sentence);
    if (earlier) return { key: earlier.speakerKey, start: tokens[cue].start, end: tokens[cue].end };
    let verbs = 0;
    for (let v = cue - 2; v >= this.ctx.analysis.sentences[sentence].firstToken && verbs < 3; v--) {
      if (tokens[v].pos !== 'VERB') continue;
      verbs++;
      const subject = speakers.resolveLeft(v);
      // "While X smiled as Y spoke, he referred ... and insisted ...": "he" could be either; do not guess.
      if (subject && !participle && this.pronounAmongPeople(subject, v)) return undefined;
      if (subject) return subject;
    }
    return participle ? speakers.sentenceSubject(cue) : undefined;
  }

  /** The subject is "he"/"she" and two or more people are named before `before` in its sentence. */
  private pronounAmongPeople(subject: ResolvedSpeaker, before: number): boolean {
    const { tokens } = this.ctx.analysis;
    if (!['he', 'she'].includes(tokens[this.tokenAt(subject.start)]?.normal ?? '')) return false;
    const people = new Set<string>();
    for (let k = this.ctx.analysis.sentences[tokens[before].sentence].firstToken; k < before; k++) {
      const m = this.mentionAtToken.get(k);
      if (m && this.ctx.actors.get(m.key)?.kind === 'PERSON') people.add(m.key);
    }
    return people.size >= 2;
  }

  /** "The ministry's statement said", "the group's spokesman added": the owner of the speech noun or office speaks. */
  private ownerOfSpeechNounSubject(cue: number): ResolvedSpeaker | undefined {
    const { tokens } = this.ctx.analysis;
    let k = this.pastReducedRelative(cue - 1);
    while (k >= 0 && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k--;
    if (!SPEECH_NOUN_SET.has(tokens[k]?.normal ?? '')) return undefined;
    // "The junta’s statement" or "The ruling junta’s latest statement": a possessive a word or two before.
    for (let p = k - 1; p >= Math.max(0, k - 3); p--) {
      if (/^['’]s?$/.test(tokens[p].normal)) return this.ctx.speakers.mentionEndingAt(p - 1) ?? this.ctx.speakers.describedEndingAt(p - 1);
      if (tokens[p].pos !== 'ADJ') return undefined;
    }
    return undefined;
  }

  /**
   * "the post issued by X on Monday asking why ...": a participle that goes on from a speech noun with its issuer
   * ("issued by", "from") has the issuer as speaker. Only words that are no other cue may stand between.
   */
  private issuerOfSpeechNoun(cue: number): ResolvedSpeaker | undefined {
    const { tokens } = this.ctx.analysis;
    if (!PARTICIPLE_CUES.test(tokens[cue].normal)) return undefined;
    for (let k = cue - 1; k >= 0 && cue - k <= 16 && tokens[k].sentence === tokens[cue].sentence; k--) {
      if (this.isQuoted(tokens[k].start) || /^[,;:.]$/.test(tokens[k].value) || this.cueAt(k)) return undefined;
      if (!SPEECH_NOUN_SET.has(tokens[k].normal)) continue;
      const by = ISSUING.has(tokens[k + 1]?.normal ?? '') && tokens[k + 2]?.normal === 'by' ? k + 2 : tokens[k + 1]?.normal === 'from' || tokens[k + 1]?.normal === 'by' ? k + 1 : undefined;
      return by === undefined ? undefined : this.ctx.speakers.resolveAgent(by);
    }
    return undefined;
  }

  /**
   * "The statement, broadcast on state television, said": from the comma at `k`, the token before a verbless
   * segment (or one a participle opens) that stands between subject and verb; else `k`.
   */
  private pastReducedRelative(k: number): number {
    const { tokens } = this.ctx.analysis;
    if (tokens[k]?.value !== ',') return k;
    for (let j = k - 1; j >= 0 && k - j <= 12 && tokens[j].sentence === tokens[k].sentence; j--) {
      if (this.isQuoted(tokens[j].start)) return k;
      if (tokens[j].value !== ',') continue;
      // Only the segment's first word may be a verb (a participle): "..., broadcast on X," / "..., issued late on Monday,".
      // ("state-run": a verb joined by a hyphen is part of a compound adjective.)
      let verbless = j + 1 < k && tokens[j + 1].pos !== 'AUX';
      for (let r = j + 2; r < k && verbless; r++) verbless = (tokens[r].pos !== 'VERB' && tokens[r].pos !== 'AUX') || tokens[r - 1].value === '-';
      return verbless ? j - 1 : k;
    }
    return k;
  }

  /**
   * After a quote, '"...," said Esperance Kavira, a trader.' attributes it, but '"...," said Washington would
   * judge' starts a new reported clause: a name right after the verb must not be followed by a verb.
   */
  isInvertedReportingClause(cue: number, directlyAfterQuote: boolean): boolean {
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
}
