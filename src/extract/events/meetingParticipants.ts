import type { AnalyzedText, Sentence } from '../../nlp/types';
import type { ResolvedSpeaker, SpeakerResolver } from '../speech/SpeakerResolver';
import type { SpanIndex } from '../spanIndex';
import type { ModifierMention } from '../actors/ActorRecognizer';
import type { ActorMention, ArticleActor } from '../types';
import cues from './data/meetingCues.json';
import infinitives from './data/happenedInfinitives.json';

const DUE_WORDS = new Set(infinitives.dueWords);

const POSSESSIVE_PRONOUNS = new Set(cues.possessivePronouns);
const NOT_MODIFIERS = new Set(['PROPN', 'PRON', 'DET', 'AUX', 'VERB', 'NUM']);
/** A word that may stand between a possessive and its noun: "highly", "anticipated", "first", "in-person". */
const isModifier = (t: { pos: string; normal: string }) => !NOT_MODIFIERS.has(t.pos) || (t.pos === 'VERB' && /ed$/.test(t.normal));

export interface ParticipantContext {
  analysis: AnalyzedText;
  mentions: readonly ActorMention[];
  mentionIndex: SpanIndex<ActorMention>;
  actors: ReadonlyMap<string, ArticleActor>;
  speakers: SpeakerResolver;
  isQuoted: (pos: number) => boolean;
  /** "Danish", "US" used as modifiers: "talks between Danish and Swedish leaders" are talks of the two countries. */
  modifiers?: readonly ModifierMention[];
  /** The article's latest meeting so far: "The two men met for four hours" right after it means its participants. */
  latestMeeting?: { keys: string[]; sentence: number };
}

/** "The leaders met", "They met", "the two men spoke": a plural subject standing for the people last named. */
const PLURAL_SUBJECTS = new Set(['they', 'leaders', 'ministers', 'presidents', 'men', 'women', 'envoys', 'counterparts', 'two']);

function isPossessive(analysis: AnalyzedText, m: ActorMention): boolean {
  return ["'s", '’s'].includes(analysis.tokens[m.lastToken + 1]?.normal ?? '');
}

/**
 * Who meets at the meeting word or verb at token `i`: one group per meeting. "talks between X and Y";
 * "X met Y"; "X's meeting with Y"; coordinated subjects ("X and Y held talks") and objects ("met Y and Z" is
 * one meeting of three, "met Y and Z separately" or "met Y in A and Z in B" are two meetings).
 */
export function participantGroups(i: number, sentence: Sentence, isVerb: boolean, ctx: ParticipantContext): string[][] {
  const { analysis } = ctx;
  const { tokens, text } = analysis;
  const inSentence = ctx.mentionIndex.within(sentence.start, sentence.end).filter((m) => !ctx.isQuoted(m.start));
  const isParticipant = (m: ActorMention) => {
    const kind = ctx.actors.get(m.key)?.kind;
    return (kind === 'PERSON' || kind === 'ORGANIZATION') && !isPossessive(analysis, m);
  };
  const after = inSentence.filter((m) => m.firstToken > i && m.firstToken <= i + 12 && isParticipant(m));
  const nextWord = tokens[i + 1]?.normal;
  if (!isVerb && nextWord === 'between') return after.length >= 2 ? [after.slice(0, 2).map((m) => m.key)] : delegationsBetween(i + 1, ctx);

  const lead = leadOf(i, sentence, isVerb, inSentence, isParticipant, ctx);
  const objectExpected = isVerb || nextWord === 'with' || tokens[i + 2]?.normal === 'with';
  const objects = objectExpected ? coordinatedObjects(after, analysis) : [];
  if (!lead) return [];
  if (objects.length === 0) {
    // "Carla Mendez and Chinese Vice Commerce Minister Zhou Wenbo held talks": a coordinated subject.
    const single = lead.length === 1 ? lead[0] : undefined;
    const partner = single
      ? inSentence.filter((m) => m.lastToken < i && m !== single && isParticipant(m)).find((m) => {
          const [a, b] = m.start < single.start ? [m, single] : [single, m];
          const between = text.slice(a.end, b.start);
          return /^[\s,]*and\s/.test(between) && !/[.;:]/.test(between) && tokens.slice(a.lastToken + 1, b.firstToken).every((x) => x.pos !== 'VERB');
        })
      : undefined;
    return [[...lead, ...(partner ? [partner] : [])].map((m) => m.key)];
  }
  const rest = text.slice(tokens[i].end, sentence.end);
  const separate = objects.length > 1 && (/\bseparately\b/i.test(rest) || /\bin [A-Z][^,]*\band\b[^,]*\bin [A-Z]/.test(rest));
  if (separate) return objects.map((o) => [...lead, o].map((m) => m.key));
  return [[...lead, ...objects].map((m) => m.key)];
}

/** The first object, and a second one joined by "and" ("met Vucic and Kosovo's Prime Minister Albin Kurti"). */
function coordinatedObjects(after: ActorMention[], analysis: AnalyzedText): ActorMention[] {
  const [first, second] = after;
  if (!first) return [];
  if (!second) return [first];
  const between = analysis.text.slice(first.end, second.start);
  const joined = /^(\s+(in|at) [^,.;]+?)?[\s,]*and\s/.test(between) && !/[.;:]/.test(between) && analysis.tokens.slice(first.lastToken + 1, second.firstToken).every((t) => t.pos !== 'VERB');
  return joined ? [first, second] : [first];
}

/** Who leads: the verb's subject, the possessor ("Witkoff's meeting"), the subject of the governing verb, the nearest person. */
function leadOf(
  i: number,
  sentence: Sentence,
  isVerb: boolean,
  inSentence: ActorMention[],
  isParticipant: (m: ActorMention) => boolean,
  ctx: ParticipantContext,
): ActorMention[] | undefined {
  const { tokens } = ctx.analysis;
  const plural = pluralSubject(i, sentence, ctx);
  if (plural) return plural;
  const byKey = (r: ResolvedSpeaker | undefined) => (r ? inSentence.find((m) => m.key === r.key) ?? ctx.mentions.find((m) => m.key === r.key) : undefined);
  const subject = isVerb ? byKey(ctx.speakers.resolveLeft(i)) : undefined;
  if (subject) return [subject];
  const possessor = inSentence.find((m) => m.lastToken < i && i - m.lastToken <= 4 && isPossessive(ctx.analysis, m) && ctx.actors.get(m.key)?.kind === 'PERSON');
  if (possessor) return [possessor];
  const owner = pronounOwner(i, sentence, inSentence, ctx);
  if (owner) return [owner];
  // "Witkoff began talks with", "Kimball had spoken by phone with X, and in a call with Y".
  for (let v = i - 1; v >= sentence.firstToken; v--) {
    if (tokens[v].pos !== 'VERB') continue;
    const governing = byKey(ctx.speakers.resolveLeft(v));
    if (governing) return [governing];
    break;
  }
  const nearest = inSentence.filter((m) => m.lastToken < i && isParticipant(m) && ctx.actors.get(m.key)?.kind === 'PERSON').pop();
  return nearest ? [nearest] : undefined;
}

function pluralSubject(i: number, sentence: Sentence, ctx: ParticipantContext): ActorMention[] | undefined {
  const { tokens } = ctx.analysis;
  let k = i - 1;
  // "they were scheduled to meet" reaches here only when it times a meeting told as happened.
  if (tokens[k]?.normal === 'to' && DUE_WORDS.has(tokens[k - 1]?.normal ?? '')) k -= 2;
  while (k >= sentence.firstToken && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].normal === 'had' || tokens[k].normal === 'have')) k--;
  if (k < sentence.firstToken || !PLURAL_SUBJECTS.has(tokens[k].normal)) return undefined;
  if (tokens[k].normal !== 'they' && !['the', 'two'].includes(tokens[k - 1]?.normal ?? '')) return undefined;
  const latest = ctx.latestMeeting;
  if (latest && sentence.index - latest.sentence <= 3 && latest.keys.length === 2) {
    const named = latest.keys.map((key) => ctx.mentions.find((m) => m.key === key));
    if (named.every((m) => m !== undefined)) return named as ActorMention[];
  }
  const from = ctx.analysis.sentences[Math.max(0, sentence.index - 5)].start;
  const earlier = ctx.mentionIndex.within(from, tokens[k].start).filter((m) => ctx.actors.get(m.key)?.kind === 'PERSON' && !ctx.isQuoted(m.start));
  const distinct: ActorMention[] = [];
  for (const m of [...earlier].reverse()) if (!distinct.some((d) => d.key === m.key)) distinct.push(m);
  // "they" stands for the people the story is about: of the people named before it, those it names again.
  const salient = distinct.filter((d) => mentionCount(d.key, ctx) > 1);
  const pair = salient.length >= 2 ? salient : distinct;
  return pair.length >= 2 ? pair.slice(0, 2) : undefined;
}

function mentionCount(key: string, ctx: ParticipantContext): number {
  let n = 0;
  for (const m of ctx.mentions) if (m.key === key) n++;
  return n;
}

/**
 * "his meeting with Y": the person the pronoun stands for, named before it in the sentence, or — when the
 * meeting opens the sentence ("During his meeting with Y, X told ...") — the first other person after the
 * partner.
 */
function pronounOwner(i: number, sentence: Sentence, inSentence: ActorMention[], ctx: ParticipantContext): ActorMention | undefined {
  const { tokens } = ctx.analysis;
  let p = i - 1;
  // Only modifiers between the pronoun and the meeting word: "his first in-person meeting", not "his envoy X began talks".
  while (p >= Math.max(sentence.firstToken, i - 8) && !POSSESSIVE_PRONOUNS.has(tokens[p].normal) && isModifier(tokens[p])) p--;
  if (p < Math.max(sentence.firstToken, i - 8) || !POSSESSIVE_PRONOUNS.has(tokens[p].normal)) return undefined;
  if (inSentence.some((m) => m.firstToken > p && m.firstToken < i)) return undefined;
  const people = inSentence.filter((m) => ctx.actors.get(m.key)?.kind === 'PERSON' && !isPossessive(ctx.analysis, m));
  const before = people.filter((m) => m.lastToken < p).pop();
  if (before) return before;
  const partner = people.find((m) => m.firstToken > i);
  return people.find((m) => m.firstToken > i && partner && m.key !== partner.key && m.firstToken > partner.lastToken);
}

const DELEGATION_NOUNS = new RegExp(`^\\s+(?:${cues.delegationNouns.join('|')})\\b`, 'i');

/** "between Danish and Swedish leaders": two country modifiers joined by "and", then leaders or delegations. */
function delegationsBetween(between: number, ctx: ParticipantContext): string[][] {
  const { text, tokens } = ctx.analysis;
  const from = tokens[between].end;
  // Only countries the article names: a participant is an actor of the article.
  const mods = (ctx.modifiers ?? []).filter((m) => m.start > from && m.start < from + 40 && ctx.actors.has(m.key)).slice(0, 2);
  if (mods.length < 2 || mods[0].key === mods[1].key) return [];
  const joined = /^\s+$/.test(text.slice(from, mods[0].start)) && /^\s+and\s+$/.test(text.slice(mods[0].end, mods[1].start));
  return joined && DELEGATION_NOUNS.test(text.slice(mods[1].end, mods[1].end + 20)) ? [mods.map((m) => m.key)] : [];
}
