import type { AnalyzedText, Token } from '../../nlp/types';
import type { ActorLexiconIndex } from '../actors/ActorLexiconIndex';
import type { ModifierMention } from '../actors/ActorRecognizer';
import type { ActorKind } from '../../ontology/types';
import type { ActorMention, ArticleActor } from '../types';
import { appendTo } from '../../listIndex';
import descriptionNouns from './data/descriptionNouns.json';

export interface ResolvedSpeaker {
  key: string;
  start: number;
  end: number;
}

const SKIPPABLE = new Set(
  'has have had is was were been be being also later earlier then reportedly publicly repeatedly previously already again once officially recently afterwards afterward just not never only still further separately subsequently initially first finally today yesterday tonight now too even all both himself herself itself themselves'.split(' '),
);
const PRONOUNS = new Set(['he', 'she']);
/** How many sentences back a description ("the envoy") may refer. */
const DESCRIPTION_REACH = 30;
/** How many sentences ahead a headline's description ("Velorian president says") may refer. */
const FORWARD_REACH = 6;
const HEADS_OF_STATE = ['president', 'prime minister', 'chancellor', 'leader', 'premier', 'king', 'supreme leader'];
/** Offices whose words are their institution's when the person is not named. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'representative', 'diplomat', 'source', 'sources']);
const OPENERS: Record<string, string> = { ',': ',', '--': '--', '—': '—', '–': '–', ')': '(' };
/** "the group said", "the junta said": nouns that describe the institution meant (see the data file). */
const DESCRIPTION_NOUNS: Record<string, readonly ActorKind[] | undefined> = descriptionNouns.nouns as Record<string, ActorKind[]>;
const MEMBERSHIP_NOUNS = new Set(descriptionNouns.members);
/** Conjunctions that open a fronted subordinate clause ("While X spoke, he ..."). */
const SUBORDINATORS = new Set(['while', 'as', 'after', 'although', 'though', 'when', 'whilst', 'since', 'because', 'once', 'before', 'until', 'if', 'whereas']);

/**
 * Answers "who is speaking?" for a speech cue: the nearest actor to the left of the verb (skipping
 * auxiliaries, adverbs, dates and appositions such as "Witkoff -- a long-time Trump ally -- said"),
 * or to its right ("said Trump"), or after "by" in the passive; pronouns and descriptions ("the envoy",
 * "the Ukrainian leader") are resolved against the article's recent mentions and speakers.
 */
export class SpeakerResolver {
  private readonly mentionByLastToken = new Map<number, ActorMention>();
  /** Mentions (and modifiers) by sentence, so that every look-back reads a few sentences, not the article. */
  private readonly bySentence = new Map<number, ActorMention[]>();
  private readonly modifiersBySentence = new Map<number, ModifierMention[]>();
  private readonly titlesOf = new Map<string, string[]>();
  private readonly mentionByFirstToken = new Map<number, ActorMention>();
  private readonly inDate: boolean[];
  /** Speakers of statements found so far, in text order: the antecedents of "he said". */
  readonly recentSpeakers: { key: string; sentence: number }[] = [];

  constructor(
    private readonly analysis: AnalyzedText,
    mentions: readonly ActorMention[],
    modifiers: readonly ModifierMention[],
    private readonly actors: ReadonlyMap<string, ArticleActor>,
    private readonly lexicon: ActorLexiconIndex,
    private readonly isQuoted: (pos: number) => boolean,
    /** Content spans of the article's top-level quotes. */
    private readonly quoted: readonly { start: number; end: number }[] = [],
  ) {
    for (const m of mentions) {
      this.mentionByLastToken.set(m.lastToken, m);
      this.mentionByFirstToken.set(m.firstToken, m);
      appendTo(this.bySentence, m.sentence, m);
    }
    for (const m of modifiers) appendTo(this.modifiersBySentence, m.sentence, m);
    const { tokens, entities } = analysis;
    // One sweep over tokens and date entities, both in text order.
    const dates = entities.filter((e) => e.type === 'DATE' || e.type === 'TIME');
    this.inDate = new Array<boolean>(tokens.length).fill(false);
    let d = 0;
    tokens.forEach((t, i) => {
      while (d < dates.length && dates[d].end <= t.start) d++;
      this.inDate[i] = d < dates.length && t.start >= dates[d].start && t.end <= dates[d].end;
    });
  }

  private isPossessive(tokenIndex: number): boolean {
    const next = this.analysis.tokens[tokenIndex + 1];
    return next !== undefined && (next.normal === "'s" || next.normal === '’s' || next.value === "'" || next.value === '’') && next.start === this.analysis.tokens[tokenIndex].end;
  }

  resolveLeft(cue: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    const sentence = tokens[cue].sentence;
    const coordinated = this.coordinatedVerb(cue);
    if (coordinated === null) return undefined;
    if (coordinated !== undefined) return this.resolveLeft(coordinated);
    let i = cue - 1;
    while (i >= 0 && tokens[i].sentence === sentence) {
      const t = tokens[i];
      // A quoted fragment inside the clause ('who called it "broken for too long," said') is stepped over;
      // a comma just inside its closing mark still closes an apposition.
      const fragment = t.pos === 'PUNCT' ? this.quoted.find((q) => q.end <= t.start && t.start - q.end <= 1) : undefined;
      if (fragment) {
        let open = i;
        while (open > 0 && tokens[open].start >= fragment.start) open--;
        if (/,\s*$/.test(this.analysis.text.slice(fragment.start, fragment.end))) {
          const j = this.findOpener(open + 1, ',', sentence);
          if (j === undefined) return undefined;
          i = j - 1;
        } else i = open - 1;
        continue;
      }
      if (this.isQuoted(t.start)) return undefined;
      const mention = this.mentionByLastToken.get(i);
      if (mention && !this.isPossessive(i)) {
        const head = this.headBeforeOf(mention);
        if (head) return { key: head.key, start: head.start, end: head.end };
        const kind = this.actors.get(mention.key)?.kind;
        const prev = tokens[mention.firstToken - 1]?.normal;
        if (kind && !['of', 'with', 'to', 'for', 'in', 'at', 'from', 'between', 'against', 'on', 'by'].includes(prev ?? '')) {
          return { key: mention.key, start: mention.start, end: mention.end };
        }
        return undefined;
      }
      if (PRONOUNS.has(t.normal)) return this.resolvePronoun(i);
      if (t.normal === 'it') return this.resolveIt(i);
      // "Mendez, who described ...": the relative pronoun stands for the name before the comma;
      // "the Iranian judiciary, whose spokesman said": so does the owner of the office.
      const relative = t.normal === 'who' || t.normal === 'which' ? i : tokens[i - 1]?.normal === 'whose' ? i - 1 : -1;
      if (relative >= 0 && tokens[relative - 1]?.value === ',') {
        const antecedent = this.mentionByLastToken.get(relative - 2);
        return antecedent ? { key: antecedent.key, start: antecedent.start, end: antecedent.end } : undefined;
      }
      if (DESCRIPTION_NOUNS[t.normal] && t.pos !== 'VERB') {
        const the = this.articleBefore(i);
        if (the !== undefined) return this.describedActor(t.normal, the, i);
      }
      if (this.lexicon.titleHeads.has(t.normal) && t.pos !== 'VERB') return this.resolveDescription(i);
      if (SKIPPABLE.has(t.normal) || t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || this.inDate[i]) { i--; continue; }
      if ((t.normal === 'on' || t.normal === 'in' || t.normal === 'last' || t.normal === 'this') && this.inDate[i + 1]) { i--; continue; }
      const opener = OPENERS[t.value];
      if (opener) {
        const j = this.findOpener(i, opener, sentence);
        if (j === undefined) return undefined;
        // ", Sergei Naryshkin, said": the delimited segment is itself the subject.
        const inner = this.mentionByLastToken.get(i - 1);
        // "Ruiz, who led the talks as chair of the council, said": a relative clause is not the subject.
        const relative = ['who', 'which', 'whose'].includes(tokens[j + 1]?.normal ?? '');
        if (inner && !relative && inner.firstToken >= j + 1 && !this.isPossessive(i - 1)) {
          // ", Velmaria's chief negotiator Ana Ruiz," names the subject; ", an adviser to President Luis Mora,"
          // describes it: a segment whose name follows an article or a preposition is an apposition, passed over.
          const lead = tokens.slice(j + 1, inner.firstToken);
          if (lead.every((x) => x.pos !== 'DET' && x.pos !== 'ADP')) {
            return { key: inner.key, start: inner.start, end: inner.end };
          }
        }
        i = j - 1;
        continue;
      }
      // "Zelensky, during a visit to Kryvyi Rih — ... — accused": skip back over a verbless comma segment.
      const comma = this.findOpener(i + 1, ',', sentence);
      if (comma !== undefined && tokens.slice(comma + 1, i + 1).every((x) => x.pos !== 'VERB' || /ing$/.test(x.normal))) {
        i = comma - 1;
        continue;
      }
      return undefined;
    }
    return undefined;
  }

  /**
   * "Asha Ruiz of the advocacy group Harbour Watch was less impressed": a name inside an "of"/"from" phrase
   * after a person is a modifier; the person before it heads the subject.
   */
  private headBeforeOf(m: ActorMention): ActorMention | undefined {
    const { tokens } = this.analysis;
    for (let j = m.firstToken - 1; j >= 0 && m.firstToken - j <= 7 && tokens[j].sentence === tokens[m.firstToken].sentence; j--) {
      const t = tokens[j];
      if (t.normal === 'of' || t.normal === 'from') {
        const head = this.mentionByLastToken.get(j - 1);
        return head && this.actors.get(head.key)?.kind === 'PERSON' && !this.isPossessive(j - 1) ? head : undefined;
      }
      if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos) && !/^['’]s$/.test(t.normal)) return undefined;
    }
    return undefined;
  }

  /**
   * "Vasquel pledged $5 million to the council, at the meeting, and urged ...": an inflected verb after "and"/"but"
   * shares the subject of the inflected verb it is coordinated with, the nearest verb before it in the sentence.
   * Returns null when that verb is a bare infinitive or participle ("to prevent and respond"): no subject here.
   */
  private coordinatedVerb(cue: number): number | null | undefined {
    const { tokens } = this.analysis;
    if (tokens[cue - 1]?.pos !== 'CCONJ' || !['and', 'but'].includes(tokens[cue - 1].normal)) return undefined;
    const inflected = (t: Token) => t.normal !== t.lemma && !/ing$/.test(t.normal);
    if (!inflected(tokens[cue])) return null;
    for (let v = cue - 2; v >= 0 && cue - v <= 40 && tokens[v].sentence === tokens[cue].sentence; v--) {
      if (this.isQuoted(tokens[v].start) || tokens[v].pos !== 'VERB') continue;
      return inflected(tokens[v]) && tokens[v - 1]?.normal !== 'to' ? v : null;
    }
    return null;
  }

  private findOpener(closeIndex: number, opener: string, sentence: number): number | undefined {
    const { tokens } = this.analysis;
    for (let j = closeIndex - 1; j >= 0 && tokens[j].sentence === sentence && closeIndex - j <= 30; j--) {
      if (tokens[j].value === opener) return j;
    }
    return undefined;
  }

  isTitleHead(t: Token | undefined): boolean {
    return !!t && this.lexicon.titleHeads.has(t.normal);
  }

  /** "said Ambassador Nomvula Dlamini-Kruger", "said Dr X": the token past the capitalised titles and honorifics at `i`. */
  pastTitles(i: number): number {
    const { tokens } = this.analysis;
    const titleLike = (t: Token) => this.lexicon.titleWords.has(t.normal) || this.lexicon.titleHeads.has(t.normal) || this.lexicon.honorifics.has(t.value.replace(/\.$/, ''));
    for (let k = 0; k < 4 && tokens[i] && !this.mentionByFirstToken.has(i) && /^\p{Lu}/u.test(tokens[i].value) && titleLike(tokens[i]); k++) i++;
    return i;
  }

  /** "..., said Trump." / "said the minister" */
  resolveRight(cue: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    let i = cue + 1;
    if (tokens[i]?.normal === 'by') i++;
    i = this.pastTitles(i);
    const mention = this.mentionByFirstToken.get(i);
    if (mention && tokens[i].sentence === tokens[cue].sentence) return { key: mention.key, start: mention.start, end: mention.end };
    if (tokens[i]?.normal === 'the' || tokens[i]?.normal === 'a') {
      for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
        if (this.lexicon.titleHeads.has(tokens[j].normal)) return this.resolveDescription(j);
      }
    }
    return undefined;
  }

  /** "the junta", "the campaign group", "the Tarsin junta": the "the" a description noun's phrase opens with. */
  private articleBefore(head: number): number | undefined {
    const { tokens } = this.analysis;
    for (let j = head - 1; j >= 0 && head - j <= 3 && tokens[j].sentence === tokens[head].sentence; j--) {
      if (tokens[j].normal === 'the') return j;
      if (!['ADJ', 'NOUN', 'PROPN'].includes(tokens[j].pos) || this.isPossessive(j)) return undefined;
    }
    return undefined;
  }

  /**
   * "the group", "the junta", "the ministry": the latest actor named with that noun or introduced as one
   * ("Tarsin junta", "campaign group X", "X, a trade union"), reaching back as far as a description does; else,
   * for nouns that name a kind, the latest actor of that kind in the last few sentences that is not a mere
   * modifier ("Unity Party ministers" names ministers, not the party).
   */
  private describedActor(noun: string, the: number, head: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    const sentence = tokens[the].sentence;
    const span = { start: tokens[the].start, end: tokens[head].end };
    const usable = (m: ActorMention) => m.lastToken < the && !this.isQuoted(m.start);
    const named = this.sentencesBack(sentence, DESCRIPTION_REACH).flatMap((s) => this.inSentence(s)).filter((m) => usable(m) && this.namedAs(m, noun));
    const modifiers = [...(this.modifiersBySentence.get(sentence) ?? []), ...this.inSentence(sentence)].filter((m) => m.start >= tokens[the].end && m.end <= tokens[head].start);
    const fitting = named.filter((m) => modifiers.every((x) => x.key === m.key || this.affiliatedWith(m.key, x.key)));
    const chosen = this.namedByModifier(the, head, modifiers.length === 0) ?? fitting.pop();
    if (chosen) return { key: chosen.key, ...span };
    const kinds = DESCRIPTION_NOUNS[noun] ?? [];
    if (kinds.length === 0 || modifiers.length > 0) return undefined;
    const recent = this.sentencesBack(sentence, 3).flatMap((s) => this.inSentence(s));
    const next = (m: ActorMention) => tokens[m.lastToken + 1];
    const modifiesNoun = (m: ActorMention) => next(m)?.pos === 'NOUN' && !MEMBERSHIP_NOUNS.has(next(m).normal) && !this.isPossessive(m.lastToken);
    const latest = recent.filter((x) => usable(x) && !modifiesNoun(x) && kinds.includes(this.actors.get(x.key)?.kind as ActorKind)).pop();
    return latest ? { key: latest.key, ...span } : undefined;
  }

  /**
   * "the military government": a plain word before the head that names an institution of the last sentences
   * ("Velmar military") says which one is meant, before the head noun does (many actors are "governments").
   */
  private namedByModifier(the: number, head: number, noNamedModifier: boolean): ActorMention | undefined {
    const { tokens } = this.analysis;
    if (!noNamedModifier) return undefined;
    const words = tokens.slice(the + 1, head).filter((t) => (t.pos === 'ADJ' || t.pos === 'NOUN') && t.value === t.normal).map((t) => t.normal);
    if (words.length === 0) return undefined;
    const usable = (m: ActorMention) => m.lastToken < the && !this.isQuoted(m.start) && this.actors.get(m.key)?.kind !== 'COUNTRY';
    const named = this.sentencesBack(tokens[the].sentence, DESCRIPTION_REACH).flatMap((s) => this.inSentence(s)).filter((m) => usable(m) && words.some((w) => this.namedAs(m, w)));
    return named.pop();
  }

  /** "the junta", "the president" ending at `head` (a possessor: "the junta's statement"): who the description means. */
  describedEndingAt(head: number): ResolvedSpeaker | undefined {
    const t = this.analysis.tokens[head];
    if (!t || t.pos === 'VERB') return undefined;
    if (DESCRIPTION_NOUNS[t.normal]) {
      const the = this.articleBefore(head);
      return the === undefined ? undefined : this.describedActor(t.normal, the, head);
    }
    return this.lexicon.titleHeads.has(t.normal) ? this.resolveDescription(head) : undefined;
  }

  /** Whether an actor's name carries the noun ("Tarsin junta") or the mention is introduced by it ("the charity X", "X, a rights group"). */
  private namedAs(m: ActorMention, noun: string): boolean {
    const { tokens } = this.analysis;
    const actor = this.actors.get(m.key);
    if (!actor || actor.kind === 'PERSON') return false;
    const hasWord = (name: string) => name.toLowerCase().split(/[\s'’]+/).includes(noun);
    if (hasWord(actor.name) || actor.aliases.some(hasWord) || (this.lexicon.entry(actor.name)?.aliases ?? []).some(hasWord)) return true;
    if (tokens[m.firstToken - 1]?.normal === noun || (tokens[m.firstToken - 2]?.normal === noun && tokens[m.firstToken - 1].pos !== 'PUNCT')) return true;
    if (tokens[m.lastToken + 1]?.value !== ',') return false;
    for (let j = m.lastToken + 2; j < Math.min(tokens.length, m.lastToken + 8) && !/^[,.;]$/.test(tokens[j].value); j++) if (tokens[j].normal === noun) return true;
    return false;
  }

  /** The actor named (or pronoun) starting at a token: "quoted him as", "quoted Peskov as". */
  resolveAt(tokenIndex: number): ResolvedSpeaker | undefined {
    const t = this.analysis.tokens[tokenIndex];
    if (!t) return undefined;
    if (['him', 'her', 'he', 'she'].includes(t.normal)) return this.resolvePronoun(tokenIndex);
    const m = this.mentionByFirstToken.get(tokenIndex);
    return m ? { key: m.key, start: m.start, end: m.end } : undefined;
  }

  mentionEndingAt(tokenIndex: number): ResolvedSpeaker | undefined {
    const m = this.mentionByLastToken.get(tokenIndex);
    return m ? { key: m.key, start: m.start, end: m.end } : undefined;
  }

  /** "described by Velmarian ... envoy Ana Ruiz as" — the first person or organisation after "by". */
  resolveAgent(byIndex: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    for (let j = byIndex + 1; j < Math.min(tokens.length, byIndex + 14) && tokens[j].sentence === tokens[byIndex].sentence; j++) {
      const m = this.mentionByFirstToken.get(j);
      if (m && !this.isPossessive(m.lastToken)) {
        const kind = this.actors.get(m.key)?.kind;
        if (kind === 'PERSON' || kind === 'ORGANIZATION' || kind === 'GROUP') return { key: m.key, start: m.start, end: m.end };
      }
      // "according to the president,", "by the prime minister": a description right after the preposition.
      const opening = tokens[byIndex + 1]?.normal === 'to' ? byIndex + 2 : byIndex + 1;
      const described = j === opening && tokens[j].normal === 'the' && !this.mentionByFirstToken.has(j + 1) ? this.agentDescription(j) : undefined;
      if (described) return described;
    }
    return undefined;
  }

  /** "the president", "the junta" opening an agent phrase at `the`: the actor the description refers back to. */
  private agentDescription(the: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    for (let h = the + 1; h < Math.min(tokens.length, the + 4) && tokens[h].sentence === tokens[the].sentence; h++) {
      const t = tokens[h];
      if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'ADP') return undefined;
      const last = !['NOUN', 'PROPN', 'ADJ'].includes(tokens[h + 1]?.pos ?? '') || this.isPossessive(h);
      if (!last) continue;
      if (this.isPossessive(h)) return undefined;
      if (this.lexicon.titleHeads.has(t.normal)) return this.resolveDescription(h);
      if (DESCRIPTION_NOUNS[t.normal]) return this.describedActor(t.normal, the, h);
      return undefined;
    }
    return undefined;
  }

  /** First actor subject of the sentence before `cue`: the speaker of a participle clause ("..., stating that"). */
  sentenceSubject(cue: number, kinds: readonly ActorKind[] = ['PERSON', 'ORGANIZATION']): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    const sentence = tokens[cue].sentence;
    const candidates = this.inSentence(sentence).filter((m) => m.lastToken < cue && !this.isPossessive(m.lastToken) && !this.isQuoted(m.start));
    const m = kinds.map((kind) => candidates.find((c) => this.actors.get(c.key)?.kind === kind)).find((x) => x !== undefined);
    return m ? { key: m.key, start: m.start, end: m.end } : undefined;
  }

  /**
   * "he"/"she": a person earlier in the same sentence; else, going back up to three sentences, the speaker
   * of the nearest sentence that has one, or else that sentence's first-named person (its likely subject).
   */
  resolvePronoun(tokenIndex: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    const t = tokens[tokenIndex];
    const span = { start: t.start, end: t.end };
    const isPerson = (m: ActorMention) => this.actors.get(m.key)?.kind === 'PERSON' && !this.isQuoted(m.start);
    // "she said Brenner is ...": a pronoun never stands for a name its own clause goes on to name.
    const namedAfter = new Set(this.inSentence(t.sentence).filter((m) => m.firstToken > tokenIndex && m.firstToken - tokenIndex <= 4 && !tokens.slice(tokenIndex, m.firstToken).some((x) => x.pos === 'PUNCT')).map((m) => m.key));
    const sameSentence = this.inSentence(t.sentence).filter((m) => m.lastToken < tokenIndex && isPerson(m) && !namedAfter.has(m.key));
    // "While Petrov listened as Brenner spoke, she said": after a fronted subordinate clause, its subject; else the nearest.
    const opener = tokens[this.analysis.sentences[t.sentence].firstToken];
    const afterFrontedClause = tokens[tokenIndex - 1]?.value === ',' && SUBORDINATORS.has(opener.normal);
    const subject = afterFrontedClause ? sameSentence.find((m) => this.isSubject(m)) : undefined;
    if (subject) return { key: subject.key, ...span };
    if (sameSentence.length > 0) return { key: sameSentence[sameSentence.length - 1].key, ...span };
    for (let s = t.sentence - 1; s >= Math.max(0, t.sentence - 3); s--) {
      const speaker = [...this.recentSpeakers].reverse().find((x) => x.sentence === s && this.actors.get(x.key)?.kind === 'PERSON');
      if (speaker) return { key: speaker.key, ...span };
      const subject = this.inSentence(s).find(isPerson);
      if (subject) return { key: subject.key, ...span };
      // 'A Kremlin spokesman said ... "...," he said.': the unnamed spokesperson's institution goes on speaking.
      const institution = [...this.recentSpeakers].reverse().find((x) => x.sentence === s);
      if (institution) return { key: institution.key, ...span };
    }
    return undefined;
  }

  /** Whether a mention is followed by its verb ("Petrov listened", "Brenner has said"), as a clause's subject is. */
  private isSubject(m: ActorMention): boolean {
    const { tokens } = this.analysis;
    let j = m.lastToken + 1;
    while (tokens[j] && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX') && j - m.lastToken <= 3) j++;
    return tokens[j]?.pos === 'VERB' && !this.isPossessive(m.lastToken) && tokens[m.firstToken - 1]?.pos !== 'ADP';
  }

  /**
   * "In a statement on Telegram, it said": an institution earlier in the sentence, else the latest
   * institution that spoke or was named in the three sentences before.
   */
  resolveIt(tokenIndex: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    const t = tokens[tokenIndex];
    const span = { start: t.start, end: t.end };
    const isInstitution = (key: string) => ['ORGANIZATION', 'GROUP', 'COUNTRY'].includes(this.actors.get(key)?.kind ?? '');
    // "a U.S. proposal that it hand over": a name modifying a noun is not what "it" stands for.
    const modifiesNoun = (m: ActorMention) => tokens[m.lastToken + 1]?.pos === 'NOUN';
    const same = this.inSentence(t.sentence).filter((m) => m.lastToken < tokenIndex && isInstitution(m.key) && !this.isQuoted(m.start) && !this.isPossessive(m.lastToken) && !modifiesNoun(m));
    if (same.length > 0) return { key: same[same.length - 1].key, ...span };
    // "the charity X urged ... It said:": a name the text introduces as an institution is one, whatever its kind.
    const introducedAsInstitution = (key: string, s: number) => this.inSentence(s).some((m) => m.key === key && DESCRIPTION_NOUNS[tokens[m.firstToken - 1]?.normal ?? ''] !== undefined);
    for (let s = t.sentence - 1; s >= Math.max(0, t.sentence - 3); s--) {
      const speaker = [...this.recentSpeakers].reverse().find((x) => x.sentence === s && (isInstitution(x.key) || introducedAsInstitution(x.key, s)));
      if (speaker) return { key: speaker.key, ...span };
      const named = this.inSentence(s).find((m) => isInstitution(m.key) && !this.isQuoted(m.start) && !this.isPossessive(m.lastToken));
      if (named) return { key: named.key, ...span };
    }
    return undefined;
  }

  /**
   * "the envoy", "The US leader", "the Kremlin spokesman": the most recently mentioned person whose titles
   * (as given in this article or in the lexicon) carry the head word, and whose affiliation fits the modifier.
   */
  resolveDescription(headIndex: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    const head = tokens[headIndex].normal;
    let first = headIndex;
    while (first > 0 && tokens[first - 1].sentence === tokens[headIndex].sentence && !['the', 'a', 'an'].includes(tokens[first - 1].normal) && headIndex - first < 5) {
      if (tokens[first - 1].pos === 'VERB' || tokens[first - 1].pos === 'PUNCT' || tokens[first - 1].pos === 'ADP') break;
      first--;
    }
    const article = tokens[first - 1]?.normal;
    const definite = article === 'the';
    if (!definite && article !== 'a' && article !== 'an' && first === headIndex) return undefined;
    const start = article === 'the' || article === 'a' || article === 'an' ? tokens[first - 1].start : tokens[first].start;
    const span = { start, end: tokens[headIndex].end };
    const sentence = tokens[headIndex].sentence;
    const around = [...(this.modifiersBySentence.get(sentence) ?? []), ...this.inSentence(sentence)];
    const inside = around.filter((m) => m.start >= tokens[first].start && m.end <= tokens[headIndex].start);
    const modifierKeys = new Set(inside.map((m) => m.key));
    // "the envoy", "the Ukrainian leader": someone this article already named with that office.
    if (definite || first < headIndex) {
      const heads = head === 'leader' ? HEADS_OF_STATE : [head];
      // Someone named in the last 30 sentences: a description refers back, but not indefinitely far.
      const recent = this.sentencesBack(sentence, DESCRIPTION_REACH).flatMap((s) => this.inSentence(s));
      const candidates = recent.filter((m) => {
        if (m.lastToken >= first) return false;
        const actor = this.actors.get(m.key);
        if (!actor || actor.kind !== 'PERSON') return false;
        if (!this.titles(actor).some((title) => heads.some((h) => title.includes(h)))) return false;
        return modifierKeys.size === 0 || [...modifierKeys].some((k) => this.affiliatedWith(actor.key, k));
      });
      const chosen = candidates[candidates.length - 1];
      if (chosen) return { key: chosen.key, ...span };
    }
    // "A Chinese commerce ministry spokesperson", "Iran's foreign ministry spokesman": no person is named,
    // so the words are the institution's; the most specific institution inside the description speaks.
    const institution =
      inside.find((m) => this.actors.get(m.key)?.kind === 'ORGANIZATION') ?? inside.find((m) => this.actors.get(m.key)?.kind === 'COUNTRY' || !this.actors.has(m.key));
    if (institution && SPOKESPEOPLE.has(head)) return { key: institution.key, ...span };
    return undefined;
  }

  /**
   * "Velorian president says ...", "president praises ..." in a headline: the description names someone the story
   * goes on to introduce, so the first person of the next few sentences with that office (and affiliation) is meant.
   */
  resolveForwardDescription(headIndex: number): ResolvedSpeaker | undefined {
    const { tokens } = this.analysis;
    const head = tokens[headIndex].normal;
    const sentence = tokens[headIndex].sentence;
    let first = headIndex;
    while (first > 0 && tokens[first - 1].sentence === sentence && headIndex - first < 3 && ['ADJ', 'PROPN', 'NOUN'].includes(tokens[first - 1].pos)) first--;
    const around = [...(this.modifiersBySentence.get(sentence) ?? []), ...this.inSentence(sentence)];
    const modifierKeys = around.filter((m) => m.start >= tokens[first].start && m.end <= tokens[headIndex].start).map((m) => m.key);
    const heads = head === 'leader' ? HEADS_OF_STATE : [head];
    for (let s = sentence + 1; s <= sentence + FORWARD_REACH && s < this.analysis.sentences.length; s++) {
      const match = this.inSentence(s).find((m) => {
        const actor = this.actors.get(m.key);
        if (!actor || actor.kind !== 'PERSON' || this.isQuoted(m.start)) return false;
        if (!this.titles(actor).some((title) => heads.some((h) => title.split(/\s+/).includes(h)))) return false;
        return modifierKeys.every((k) => this.affiliatedWith(actor.key, k));
      });
      if (match) return { key: match.key, start: tokens[first].start, end: tokens[headIndex].end };
    }
    return undefined;
  }

  private inSentence(sentence: number): readonly ActorMention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** Sentence indexes from `sentence - reach` to `sentence`, oldest first. */
  private sentencesBack(sentence: number, reach: number): number[] {
    const from = Math.max(0, sentence - reach);
    return Array.from({ length: sentence - from + 1 }, (_, i) => from + i);
  }

  /** The offices an actor is known by, in this article or in the lexicon, lower-cased; computed once per actor. */
  private titles(actor: ArticleActor): string[] {
    let titles = this.titlesOf.get(actor.key);
    if (!titles) {
      titles = [...actor.titles.map((x) => x.title.toLowerCase()), ...(this.lexicon.entry(actor.name)?.titles ?? [])];
      this.titlesOf.set(actor.key, titles);
    }
    return titles;
  }

  /** Whether `key` is, or belongs (through affiliations) to, `target`: Peskov → Kremlin → Russia. */
  affiliatedWith(key: string, target: string): boolean {
    let current: string | undefined = key;
    for (let depth = 0; current && depth < 4; depth++) {
      if (current === target) return true;
      current = this.actors.get(current)?.affiliationKey ?? this.lexiconAffiliation(current);
    }
    return false;
  }

  private lexiconAffiliation(key: string): string | undefined {
    const actor = this.actors.get(key);
    const entry = actor ? this.lexicon.entry(actor.name) : undefined;
    return entry ? this.lexicon.affiliationKeyOf(entry) : undefined;
  }
}
