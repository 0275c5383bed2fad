import type { AnalyzedText, Span, Token } from '../../nlp/types';
import type { ActorMention, ArticleActor, MentionVia, TitleMention } from '../types';
import { slugify } from '../textForms';
import { appendTo } from '../../listIndex';
import { CHANNELS, SPEECH_VERBS } from '../lexicon';
import type { ActorLexiconIndex } from './ActorLexiconIndex';
import { classifyName, NAME_PARTICLES } from './nameShapes';
import { chooseReferent, type ShortForm } from './shortForms';
import nameHonorifics from './data/nameHonorifics.json';
import { COLLECTIVE_NOUNS } from './collectiveSpeakers';
import { acronymAfter } from './acronyms';
import { isSessionOf, lowercaseHeadAfter, organizationKindOf, organizationNameStart } from './organizationNames';

/** A place named in the text ("Geneva", "the Hotel Metropol", "Russia" after "in"). */
export interface PlaceMention extends Span {
  name: string;
  sentence: number;
}

/** "Russian", "US" used as a modifier: evidence of affiliation or party, not a mention of the actor itself. */
export interface ModifierMention extends Span {
  key: string;
  sentence: number;
}

export interface RecognizedActors {
  actors: Map<string, ArticleActor>;
  mentions: ActorMention[];
  modifiers: ModifierMention[];
  places: PlaceMention[];
}

/** Lower-case words that join the parts of an organisation's name. */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'on']);
/** Second halves of hyphenated modifiers, which never continue a name ("Moscow-backed"). */
const COMPOUND_SUFFIXES = new Set(['led', 'backed', 'based', 'born', 'run', 'style', 'era', 'linked', 'owned', 'held', 'made', 'funded', 'aligned', 'allied', 'bound', 'wide', 'like', 'type', 'level', 'day', 'year', 'old']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'around', 'visited', 'visiting', 'via', 'toward', 'towards', 'into']);
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'ADV', 'AUX', 'PART', 'INTJ', 'NUM', 'PUNCT', 'SYM']);
/** Words that may stand inside a title before a name: "former US president", "Russia's top economic negotiator". */
const TITLE_MODIFIERS = new Set(
  'former top special chief deputy senior acting then current long-time longtime presidential foreign defence defense economic sovereign wealth fund investment state prime vice first new interim national security intelligence military trade finance interior justice health energy public general assistant executive permanent and of the to for ukraine'.split(' '),
);

/** "Lord Tarvin", "Dame Ada Vell": honorifics that stay in the name. */
const NAME_HONORIFICS = new Set(nameHonorifics.partOfName);

const CAPITALISED = /^\p{Lu}[\p{Ll}'’\-\p{Lu}]*$/u;
const HAS_LOWER_CASE = /\p{Ll}/u;

function isCapitalised(t: Token): boolean {
  // Asked of every token: most start with an ASCII character other than A-Z, which is no capital letter.
  const first = t.value.charCodeAt(0);
  if (first < 128 && (first < 65 || first > 90)) return false;
  return CAPITALISED.test(t.value) && HAS_LOWER_CASE.test(t.value);
}

function insideAny(pos: number, spans: readonly Span[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

/** Platforms are channels of speech, not actors ("Truth Social"). */
const CHANNEL_NAMES = new Set(CHANNELS.map((c) => c.name));

/**
 * Finds who is mentioned in an article: lexicon names, aliases and metonyms, plus capitalised names the
 * lexicon lacks (with their kind inferred from their words), later surname-only mentions of those, and
 * the titles sources give people ("Kremlin spokesman Dmitry Peskov", "Keith Kellogg, Trump's special envoy").
 */

export class ActorRecognizer {
  constructor(private readonly lexicon: ActorLexiconIndex) {}

  recognize(analysis: AnalyzedText, nonProse: Set<number>, quoted: readonly Span[]): RecognizedActors {
    const { text, tokens } = analysis;
    const actors = new Map<string, ArticleActor>();
    const mentions: ActorMention[] = [];
    const modifiers: ModifierMention[] = [];
    const places: PlaceMention[] = [];
    const covered = new Array<boolean>(tokens.length).fill(false);

    const tokenIndexAt = (pos: number, from: number): number => {
      let i = from;
      while (i < tokens.length - 1 && tokens[i].end <= pos) i++;
      return i;
    };
    const addActor = (key: string, init: () => ArticleActor): ArticleActor => {
      let actor = actors.get(key);
      if (!actor) {
        actor = init();
        actors.set(key, actor);
      }
      return actor;
    };
    const addMention = (key: string, start: number, end: number, via: MentionVia, first: number, last: number) => {
      mentions.push({ key, start, end, surface: text.slice(start, end), via, sentence: tokens[first].sentence, firstToken: first, lastToken: last });
      for (let i = first; i <= last; i++) covered[i] = true;
    };
    // "in Moscow", "in the Oval Office": the word before the name, looking past an article.
    const previousWord = (first: number): string => {
      const before = tokens[first - 1]?.normal === 'the' ? first - 2 : first - 1;
      return before >= 0 ? tokens[before].normal : '';
    };
    const isTitleToken = (t: Token) =>
      this.lexicon.titleWords.has(t.normal) || this.lexicon.titleHeads.has(t.normal) || TITLE_MODIFIERS.has(t.normal) || this.lexicon.honorifics.has(t.value.endsWith('.') ? t.value.slice(0, -1) : t.value);

    // 1. Lexicon forms, tried at every token start and after hyphens inside tokens ("US-Russia").
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const compound = t.value.includes('-') || t.value.includes('/');
      for (let pos = t.start; pos < (compound ? t.end : t.start + 1); pos++) {
        if (pos > t.start && text[pos - 1] !== '-' && text[pos - 1] !== '/') continue;
        if (pos < (mentions.at(-1)?.end ?? 0) || pos < (modifiers.at(-1)?.end ?? 0)) continue;
        const { place, form } = this.lexicon.formsAt(text, pos);
        const end = Math.max(form ? pos + form.form.length : 0, place ? pos + place.form.length : 0);
        if (end === 0) continue;
        const last = tokenIndexAt(end - 1, i);
        const sentence = t.sentence;
        if (place && (!form || place.form.length > form.form.length)) {
          places.push({ start: pos, end: pos + place.form.length, name: place.name, sentence });
          for (let k = i; k <= last; k++) covered[k] = true;
          continue;
        }
        if (!form) continue;
        const key = this.lexicon.keyOf(form.entry);
        const entry = form.entry;
        if (form.role === 'demonym') {
          modifiers.push({ key, start: pos, end, sentence });
          for (let k = i; k <= last; k++) covered[k] = true;
          continue;
        }
        if (this.insideLongerName(analysis, nonProse, entry.kind, form.role, i, last)) continue;
        const afterPreposition = PLACE_PREPOSITIONS.has(previousWord(i)) && pos === t.start;
        if (entry.kind === 'COUNTRY' && afterPreposition) places.push({ start: pos, end, name: form.form, sentence });
        if (form.role === 'metonym' && afterPreposition) {
          places.push({ start: pos, end, name: form.form, sentence });
          for (let k = i; k <= last; k++) covered[k] = true;
          continue;
        }
        const actor = addActor(key, () => ({
          key,
          name: entry.name,
          kind: entry.kind,
          aliases: [],
          titles: [],
          affiliationKey: this.lexicon.affiliationKeyOf(entry),
          fromLexicon: true,
        }));
        const surface = text.slice(pos, end);
        if (surface !== actor.name && !actor.aliases.includes(surface)) actor.aliases.push(surface);
        addMention(key, pos, end, form.role === 'name' ? 'name' : form.role === 'metonym' ? 'metonym' : 'alias', i, last);
      }
    }

    // 2. Capitalised names the lexicon lacks, in prose outside quotes.
    const surnames = new Map<string, ShortForm[]>();
    /** One-word names ("Lord Tarvin", "..., Brantsen said"), added once full names have claimed their short forms. */
    const singles: { first: number; last: number; start: number; name: string }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !isCapitalised(tokens[i]) || nonProse.has(tokens[i].sentence) || insideAny(tokens[i].start, quoted)) continue;
      const run = this.capitalisedRun(analysis, i, covered);
      // Everything up to the last title word is the title: "Vice Commerce Minister Zhou Wenbo" → "Zhou Wenbo".
      let from = 0;
      // "Tarsin Defence Council": an organisation's name holds words that are title words elsewhere; only an
      // office ("Defence Minister Ana Ruiz") makes what precedes the name a title.
      const runWords = run.map((k) => tokens[k].value);
      const organisation = ['ORGANIZATION', 'GROUP'].includes(classifyName(runWords).kind) && !run.some((k) => this.lexicon.titleHeads.has(tokens[k].value.toLowerCase()));
      if (organisation) while (from < run.length - 1 && FUNCTION_POS.has(tokens[run[from]].pos)) from++;
      else run.forEach((k, idx) => {
        if (isTitleToken(tokens[k]) || (idx === from && FUNCTION_POS.has(tokens[k].pos) && !NAME_PARTICLES.has(tokens[k].value))) from = idx + 1;
      });
      let nameTokens = run.slice(from);
      const headAfter = run.length > 0 ? lowercaseHeadAfter(tokens, run[run.length - 1]) : undefined;
      const orgStart = organizationNameStart([...run, ...(headAfter !== undefined ? [headAfter] : [])].map((k) => tokens[k]));
      if (orgStart !== undefined) nameTokens = run.slice(orgStart);
      // "Minister for Regional Integration Patrice Mbala-Kasongo": after "<office> for/of", the capitalised
      // words begin with the portfolio; the name is the last two or three words.
      while (nameTokens.length > 0 && NAME_CONNECTORS.has(tokens[nameTokens[0]].value)) nameTokens = nameTokens.slice(1);
      const before = nameTokens.length > 0 ? nameTokens[0] - 1 : -1;
      if (before > 0 && NAME_CONNECTORS.has(tokens[before].value) && isTitleToken(tokens[before - 1])) {
        const words = nameTokens.filter((k) => tokens[k].value !== '-' && !NAME_CONNECTORS.has(tokens[k].value));
        const keep = words.length >= 4 && NAME_PARTICLES.has(tokens[words[words.length - 2]]?.value) ? 3 : 2;
        if (words.length > keep) nameTokens = nameTokens.slice(nameTokens.indexOf(words[words.length - keep]));
      }
      const firstConnector = nameTokens.findIndex((k) => NAME_CONNECTORS.has(tokens[k].value));
      if (firstConnector > 0) {
        const shapeOfAll = classifyName(text.slice(tokens[nameTokens[0]].start, tokens[nameTokens[nameTokens.length - 1]].end).split(/\s+/));
        if (shapeOfAll.kind !== 'ORGANIZATION' && shapeOfAll.kind !== 'GROUP') nameTokens = nameTokens.slice(0, firstConnector);
      }
      i = Math.max(i, (run[run.length - 1] ?? i));
      if (nameTokens.length === 0) continue;
      const first = nameTokens[0];
      const last = headAfter !== undefined && nameTokens[nameTokens.length - 1] === run[run.length - 1] ? headAfter : nameTokens[nameTokens.length - 1];
      const start = tokens[first].start;
      const end = tokens[last].end;
      const name = text.slice(start, end);
      const words = name.split(/\s+/);
      if (words.length < 2) {
        const single = this.singleName(analysis, first, last);
        if (single) singles.push(single);
        continue;
      }
      const headKind = organizationKindOf(words);
      const shape = CHANNEL_NAMES.has(name) ? ({ kind: 'NONE' } as const) : headKind ? { kind: headKind } : classifyName(words);
      // "in the Oval Office", "at the Hotel Metropol": a name after a place preposition is a venue.
      if (shape.kind === 'PLACE' || (shape.kind !== 'NONE' && PLACE_PREPOSITIONS.has(previousWord(first)) && !(headKind && isSessionOf(text, end)))) {
        places.push({ start, end, name, sentence: tokens[first].sentence });
      } else if (shape.kind !== 'NONE') {
        const key = slugify(name);
        addActor(key, () => ({ key, name, kind: shape.kind, aliases: [], titles: [], fromLexicon: false }));
        addMention(key, start, end, 'unknown-name', first, last);
      }
    }

    // 3. Short forms of people named in full, lexicon or not. The family name is last in most names, first in
    // Chinese and Korean ones ("Zhou Wenbo", "Lee Jae-myung") and second of three in Spanish ones ("Alvaro Mejia
    // Restrepo"): any of these words alone, later in the article, refers back to the person.
    for (const m of mentions) {
      if (actors.get(m.key)?.kind !== 'PERSON' || (m.via !== 'name' && m.via !== 'unknown-name')) continue;
      const words = m.surface.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && !this.lexicon.titleWords.has(w.toLowerCase()) && /\p{L}{3,}/u.test(w));
      if (words.length < 2) continue;
      for (const surname of words) {
        const lead = surname.split('-')[0];
        const known = surnames.get(lead) ?? [];
        if (!known.some((k) => k.surname === surname && k.key === m.key)) surnames.set(lead, [...known, { surname, key: m.key }]);
      }
    }
    // "the Velmar Workers Union (VWU)": the bracketed acronym refers back to the body, later alone too. A person
    // has no acronym: an unknown name given one is a body whose name looked like a person's.
    for (const m of mentions) {
      const acronym = acronymAfter(text, m.end, m.surface);
      const actor = acronym ? actors.get(m.key) : undefined;
      if (!acronym || !actor || (actor.kind === 'PERSON' && actor.fromLexicon)) continue;
      if (actor.kind === 'PERSON') actor.kind = 'ORGANIZATION';
      if (!surnames.has(acronym)) surnames.set(acronym, [{ surname: acronym, key: m.key }]);
    }
    const linkShortForms = () => {
      const introduced = new Map<string, ActorMention[]>();
      for (const m of [...mentions].sort((a, b) => a.start - b.start)) if (m.via === 'name' || m.via === 'unknown-name') appendTo(introduced, m.key, m);
      for (let i = 0; i < tokens.length && surnames.size > 0; i++) {
        if (covered[i]) continue;
        const candidates = surnames.get(tokens[i].value);
        if (!candidates) continue;
        const hits = candidates.filter((c) => text.startsWith(c.surname, tokens[i].start) && !/[\p{L}\p{N}]/u.test(text[tokens[i].start + c.surname.length] ?? ' '));
        const key = hits.length > 0 ? chooseReferent(hits, tokens[i], introduced) : undefined;
        if (!key) continue;
        const hit = hits.find((h) => h.key === key)!;
        let last = i;
        while (tokens[last].end < tokens[i].start + hit.surname.length) last++;
        if ([...Array(last - i + 1).keys()].some((k) => covered[i + k])) continue;
        addMention(hit.key, tokens[i].start, tokens[last].end, 'surname', i, last);
        const actor = actors.get(hit.key)!;
        if (!actor.aliases.includes(hit.surname)) actor.aliases.push(hit.surname);
        i = last;
      }
    };
    linkShortForms();
    // 4. One-word names no full name claimed; later bare mentions of them link back the same way.
    surnames.clear();
    for (const single of singles) {
      if (covered[single.first]) continue;
      const key = slugify(single.name);
      const surname = text.slice(tokens[single.first].start, tokens[single.last].end);
      addActor(key, () => ({ key, name: single.name, kind: 'PERSON', aliases: single.name === surname ? [] : [surname], titles: [], fromLexicon: false }));
      addMention(key, single.start, tokens[single.last].end, 'unknown-name', single.first, single.last);
      surnames.set(surname.split('-')[0], [{ surname, key }]);
    }
    linkShortForms();

    this.collectiveSpeakers(analysis, nonProse, quoted, covered, modifiers, addActor, addMention);
    mentions.sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      const actor = actors.get(m.key)!;
      if (actor.kind !== 'PERSON' || m.via === 'surname') continue;
      const title = this.titleBefore(analysis, m) ?? this.titleAfter(analysis, m);
      if (title && !actor.titles.some((t) => t.start === title.start)) actor.titles.push(title);
    }
    this.inferAffiliations(actors, mentions, modifiers);
    return { actors, mentions, modifiers, places };
  }

  /**
   * "Critics said", "rights groups have warned", "Western officials said": a bare plural noun (with up to two
   * modifiers) right before a speech verb is an unnamed group speaking, an actor of kind GROUP named by its words
   * ("US officials" belongs to the United States). After "the" the noun refers back, so it is left alone.
   */
  private collectiveSpeakers(
    analysis: AnalyzedText,
    nonProse: ReadonlySet<number>,
    quoted: readonly Span[],
    covered: boolean[],
    modifiers: readonly ModifierMention[],
    addActor: (key: string, init: () => ArticleActor) => ArticleActor,
    addMention: (key: string, start: number, end: number, via: MentionVia, first: number, last: number) => void,
  ): void {
    const { tokens, text } = analysis;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (covered[i] || !COLLECTIVE_NOUNS.has(t.normal) || nonProse.has(t.sentence) || insideAny(t.start, quoted)) continue;
      let verb = i + 1;
      while (tokens[verb] && (tokens[verb].pos === 'AUX' || tokens[verb].pos === 'ADV') && verb - i <= 2) verb++;
      if (tokens[verb]?.pos !== 'VERB' || !SPEECH_VERBS.has(tokens[verb].normal) || tokens[verb].sentence !== t.sentence) continue;
      let first = i;
      while (first > i - 2 && tokens[first - 1]?.sentence === t.sentence && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[first - 1].pos) && !covered[first - 1]) first--;
      // "EU officials", "Kremlin officials": officials of a named institution speak for it (see SpeakerResolver).
      if (covered[first - 1] && !modifiers.some((m) => m.end === tokens[first - 1].end)) continue;
      // "US officials", "Ukrainian officials": a country's demonym before the group is its affiliation.
      const modifier = modifiers.find((m) => m.end <= tokens[first].start && text.slice(m.end, tokens[first].start) === ' ');
      const start = modifier ? modifier.start : tokens[first].start;
      if (['the', 'these', 'those', 'its', 'their', 'his', 'her'].includes(tokens[this.tokenBefore(tokens, start, first)]?.normal ?? '')) continue;
      const name = text.slice(start, t.end);
      const key = slugify(name.toLowerCase());
      addActor(key, () => ({ key, name, kind: 'GROUP', aliases: [], titles: [], affiliationKey: modifier?.key, fromLexicon: false }));
      addMention(key, start, t.end, 'unknown-name', first, i);
    }
  }

  private tokenBefore(tokens: readonly Token[], start: number, first: number): number {
    let k = first - 1;
    while (k >= 0 && tokens[k].end > start) k--;
    return k;
  }

  /**
   * "Cruz Albarrán" is not the "Cruz" of a lexicon person known by that one word: in prose, a one-word
   * alias followed by a capitalised word that starts no lexicon name is part of a longer, unknown name.
   */
  private insideLongerName(analysis: AnalyzedText, nonProse: ReadonlySet<number>, kind: string, role: string, first: number, last: number): boolean {
    const { tokens, text } = analysis;
    const next = tokens[last + 1];
    if (kind !== 'PERSON' || role !== 'alias' || first !== last || nonProse.has(tokens[first].sentence)) return false;
    if (!next || next.sentence !== tokens[first].sentence || text.slice(tokens[last].end, next.start) !== ' ' || !isCapitalised(next) || next.pos !== 'PROPN') return false;
    const { form, place } = this.lexicon.formsAt(text, next.start);
    return !form && !place && !this.lexicon.titleHeads.has(next.normal);
  }

  /**
   * A name of one word is a person's only with evidence of it: an honorific before it ("Lord Tarvin",
   * "Ms Ruiz") or, inside a sentence, the subject position of a speech verb ("Speaking online, Brantsen said").
   * Sentence-initial words are left out: there the capital says nothing ("Critics said").
   */
  private singleName(analysis: AnalyzedText, first: number, last: number): { first: number; last: number; start: number; name: string } | undefined {
    const { tokens, text, sentences } = analysis;
    const before = tokens[first - 1];
    const honorific = before && before.sentence === tokens[first].sentence ? before.value.replace(/\.$/, '') : '';
    const surname = text.slice(tokens[first].start, tokens[last].end);
    if (!/^\p{Lu}\p{Ll}/u.test(surname) || this.lexicon.titleHeads.has(surname.toLowerCase()) || classifyName([surname, surname]).kind !== 'PERSON') return undefined;
    if (this.lexicon.honorifics.has(honorific)) {
      const kept = NAME_HONORIFICS.has(honorific);
      return { first, last, start: kept ? before.start : tokens[first].start, name: kept ? `${honorific} ${surname}` : surname };
    }
    const verb = tokens[last + 1];
    const inside = first > sentences[tokens[first].sentence].firstToken && !/^["“‘'(]$/.test(before?.value ?? '');
    if (inside && first === last && tokens[first].pos === 'PROPN' && verb?.pos === 'VERB' && SPEECH_VERBS.has(verb.normal)) return { first, last, start: tokens[first].start, name: surname };
    return undefined;
  }

  /**
   * Consecutive capitalised tokens from `i` within one sentence, joined by single spaces, name particles
   * ("bin", "al") or hyphens without spaces ("Mbala-Kasongo", "Al-Mansouri").
   */
  private capitalisedRun(analysis: AnalyzedText, i: number, covered: boolean[]): number[] {
    const { tokens, text } = analysis;
    const run: number[] = [];
    for (let j = i; j < tokens.length && tokens[j].sentence === tokens[i].sentence && !covered[j]; j++) {
      const t = tokens[j];
      const next = tokens[j + 1];
      const attachedHyphen = run.length > 0 && t.value === '-' && next && tokens[j - 1].end === t.start && t.end === next.start;
      // "Mbala-Kasongo", and Korean given names "Ji-woo", "Jae-myung" — but not "Moscow-backed".
      const hyphenJoin = attachedHyphen && (isCapitalised(next) || (/^\p{Ll}{1,6}$/u.test(next.value) && !COMPOUND_SUFFIXES.has(next.value)));
      // "bin Salman", "al-Sudani", and chains of particles: "van der Berg", "de la Cruz".
      const afterParticles = (k: number): Token | undefined => (tokens[k] && NAME_PARTICLES.has(tokens[k].value) ? afterParticles(k + 1) : tokens[k]);
      const nextWord = afterParticles(j + 1);
      const particle = run.length > 0 && NAME_PARTICLES.has(t.value) && next && ((nextWord !== undefined && isCapitalised(nextWord)) || (next.value === '-' && isCapitalised(tokens[j + 2] ?? next)));
      // "International Federation of Pharmaceutical Manufacturers and Associations": kept only if an organisation.
      const connector = run.length > 0 && NAME_CONNECTORS.has(t.value) && next && isCapitalised(next) && !covered[j + 1];
      const syllable = run.length > 0 && tokens[j - 1].value === '-' && tokens[j - 1].end === t.start && /^\p{Ll}{1,6}$/u.test(t.value);
      if (!isCapitalised(t) && !hyphenJoin && !particle && !connector && !syllable) break;
      run.push(j);
      const gap = text.slice(t.end, next?.start ?? t.end);
      if (gap !== ' ' && gap !== '' && !(gap === '' && next?.value === '-')) break;
    }
    const dangling = (t: Token) => (!isCapitalised(t) && !/^\p{Ll}{1,6}$/u.test(t.value)) || NAME_PARTICLES.has(t.value);
    while (run.length > 0 && dangling(tokens[run[run.length - 1]])) run.pop();
    return run;
  }

  /** "former Velmarian president Ana Ruiz", "ministry spokesman Tomas Ulvik", "Velmaria's chief trade negotiator Odile Marenko". */
  private titleBefore(analysis: AnalyzedText, m: ActorMention): TitleMention | undefined {
    const { tokens, text } = analysis;
    let i = m.firstToken - 1;
    const sentence = tokens[m.firstToken].sentence;
    if (i < 0 || tokens[i].sentence !== sentence || !this.lexicon.titleHeads.has(tokens[i].normal)) return undefined;
    let first = i;
    while (i >= 0 && tokens[i].sentence === sentence) {
      const t = tokens[i];
      const n = t.normal;
      const titleLike = this.lexicon.titleHeads.has(n) || this.lexicon.titleWords.has(n) || TITLE_MODIFIERS.has(n) || /^\p{Lu}/u.test(t.value) || n === "'s" || n === '’s';
      if (!titleLike || n === 'the' || n === 'a' || n === 'an' || t.pos === 'PUNCT') break;
      first = i;
      i--;
    }
    while (first < m.firstToken - 1 && ['and', 'of', 'to', 'for', "'s", '’s'].includes(tokens[first].normal)) first++;
    const start = tokens[first].start;
    const end = tokens[m.firstToken - 1].end;
    return { start, end, title: text.slice(start, end) };
  }

  /** "Keith Kellogg, Trump's special envoy to Ukraine, ..." — an apposition holding a title word. */
  private titleAfter(analysis: AnalyzedText, m: ActorMention): TitleMention | undefined {
    const { tokens, text } = analysis;
    const comma = m.lastToken + 1;
    if (tokens[comma]?.value !== ',') return undefined;
    let j = comma + 1;
    let hasTitle = false;
    while (j < tokens.length && j - comma <= 9 && tokens[j].sentence === tokens[comma].sentence && tokens[j].value !== ',' && tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX') {
      if (this.lexicon.titleHeads.has(tokens[j].normal)) hasTitle = true;
      j++;
    }
    if (!hasTitle || j >= tokens.length || !/^[,.]$/.test(tokens[j].value)) return undefined;
    let first = comma + 1;
    if (['a', 'an', 'the'].includes(tokens[first].normal)) first++;
    if (first >= j) return undefined;
    const start = tokens[first].start;
    const end = tokens[j - 1].end;
    return { start, end, title: text.slice(start, end) };
  }

  /** For people the lexicon lacks, the actor named inside their title ("Kremlin spokesman", "Russia's negotiator"). */
  private inferAffiliations(actors: Map<string, ArticleActor>, mentions: ActorMention[], modifiers: ModifierMention[]): void {
    for (const actor of actors.values()) {
      if (actor.affiliationKey || actor.kind !== 'PERSON') continue;
      for (const title of actor.titles) {
        const inside = [...mentions, ...modifiers].find((x) => x.start >= title.start && x.end <= title.end && x.key !== actor.key);
        if (inside) {
          actor.affiliationKey = inside.key;
          break;
        }
      }
    }
  }
}
