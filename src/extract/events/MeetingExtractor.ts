import type { AnalyzedText, Sentence } from '../../nlp/types';
import type { PlaceMention } from '../actors/ActorRecognizer';
import type { ResolvedSpeaker, SpeakerResolver } from '../speech/SpeakerResolver';
import type { ActorMention, ArticleActor, ExtractedMeeting } from '../types';
import { resolveDates } from '../values/DateResolver';
import { findDurations } from '../values/quantities';

const MEETING_NOUNS = new Set(['meeting', 'talks', 'discussions', 'summit', 'negotiations', 'call', 'conversation']);
const MEETING_VERBS = new Set(['met', 'meet', 'meets', 'meeting']);
const CALL_WORDS = /\b(phone|telephone|call|video link|videoconference)\b/i;
const HYPOTHETICAL_BEFORE = new Set(['possible', 'potential', 'planned', 'proposed', 'future', 'upcoming', 'next', 'prospective', 'hypothetical', 'expected', 'would', 'could', 'might', 'may', 'will', 'shall', 'planning', 'plan', 'plans', 'hope', 'hopes', 'whether', 'if', 'seek', 'seeks', 'wants', 'arrange', 'arranging', 'organise', 'organize']);
const EARLIER_MEETING = new Set(['previous', 'last', 'prior', 'earlier', 'past', 'first', 'two', 'three', 'several']);
const ANAPHORA = /\b(the|this|that) (meeting|talks|discussions|summit|call|conversation)\b/i;

interface Context {
  analysis: AnalyzedText;
  mentions: readonly ActorMention[];
  actors: ReadonlyMap<string, ArticleActor>;
  places: readonly PlaceMention[];
  nonProse: ReadonlySet<number>;
  speakers: SpeakerResolver;
  publishedAt?: string;
  isQuoted: (pos: number) => boolean;
}

/**
 * Meetings that happened: "X met Y", "X's meeting with Y", "talks between X and Y", "X spoke by phone with Y";
 * planned or hypothetical ones ("a possible meeting", "could lead to a meeting") and unnamed earlier ones
 * ("their last meeting") are left out. A later "the meeting lasted over four hours" adds to the latest meeting.
 */
export function extractMeetings(ctx: Context): ExtractedMeeting[] {
  const { analysis } = ctx;
  const meetings: ExtractedMeeting[] = [];
  for (const sentence of analysis.sentences) {
    if (ctx.nonProse.has(sentence.index)) continue;
    const found = meetingsIn(sentence, ctx);
    for (const m of found) {
      const same = meetings.find((x) => sameParticipants(x, m) && (!x.date || !m.date || x.date === m.date));
      if (same) mergeInto(same, m);
      else meetings.push(m);
    }
    if (found.length === 0 && meetings.length > 0) {
      const sentenceText = analysis.text.slice(sentence.start, sentence.end);
      if (ANAPHORA.test(sentenceText) && !ctx.isQuoted(sentence.start + (ANAPHORA.exec(sentenceText)?.index ?? 0))) {
        const latest = meetings[meetings.length - 1];
        const details = detailsOf(sentence, ctx);
        latest.spans.push({ start: sentence.start, end: sentence.end });
        if (!latest.duration && details.duration) {
          latest.duration = details.duration;
          latest.durationSpan = details.durationSpan;
        }
        latest.place ??= details.place;
      }
    }
  }
  return meetings;
}

function sameParticipants(a: ExtractedMeeting, b: ExtractedMeeting): boolean {
  return a.participantKeys.length === b.participantKeys.length && a.participantKeys.every((k) => b.participantKeys.includes(k));
}

function mergeInto(target: ExtractedMeeting, other: ExtractedMeeting): void {
  target.spans.push(...other.spans);
  target.date ??= other.date;
  target.place ??= other.place;
  if (!target.duration && other.duration) {
    target.duration = other.duration;
    target.durationSpan = other.durationSpan;
  }
}

function detailsOf(sentence: Sentence, ctx: Context): Pick<ExtractedMeeting, 'date' | 'place' | 'duration' | 'durationSpan'> {
  const { text } = ctx.analysis;
  const sentenceText = text.slice(sentence.start, sentence.end);
  const places = ctx.places.filter((p) => p.sentence === sentence.index && !ctx.isQuoted(p.start));
  // The most specific place: a city or venue beats a country.
  const place = places.sort((a, b) => Number(ctx.actors.has(a.name.toLowerCase())) - Number(ctx.actors.has(b.name.toLowerCase())))[0];
  const duration = findDurations(sentenceText).find((d) => !ctx.isQuoted(sentence.start + d.index));
  const dates = resolveDates(sentenceText, sentence.start, ctx.publishedAt).filter((d) => !ctx.isQuoted(d.start));
  return {
    date: dates[0]?.date,
    place: place?.name,
    duration: duration ? { text: duration.text, unit: duration.unit, low: duration.low, high: duration.high } : undefined,
    durationSpan: duration ? { start: sentence.start + duration.index, end: sentence.start + duration.index + duration.text.length } : undefined,
  };
}

function meetingsIn(sentence: Sentence, ctx: Context): ExtractedMeeting[] {
  const { tokens, text } = ctx.analysis;
  const out: ExtractedMeeting[] = [];
  const actorMentions = ctx.mentions.filter((m) => m.sentence === sentence.index && !ctx.isQuoted(m.start));
  const isParticipant = (m: ActorMention) => {
    const kind = ctx.actors.get(m.key)?.kind;
    const next = tokens[m.lastToken + 1]?.normal;
    return (kind === 'PERSON' || kind === 'ORGANIZATION') && next !== "'s" && next !== '’s';
  };
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const t = tokens[i];
    const isVerb = MEETING_VERBS.has(t.normal) && t.pos === 'VERB';
    const isNoun = MEETING_NOUNS.has(t.normal) && t.pos !== 'VERB';
    const isPhoneVerb = ['spoke', 'speak', 'spoken', 'speaks', 'talked', 'talk'].includes(t.normal) && /^(by|over|on)\s+(the\s+)?(phone|telephone)|^with\b/i.test(text.slice(t.end + 1, t.end + 25));
    if ((!isVerb && !isNoun && !isPhoneVerb) || ctx.isQuoted(t.start)) continue;
    const windowBefore = tokens.slice(Math.max(sentence.firstToken, i - 6), i).map((x) => x.normal);
    if (windowBefore.some((w) => HYPOTHETICAL_BEFORE.has(w))) continue;
    if (isNoun && windowBefore.slice(-3).some((w) => EARLIER_MEETING.has(w))) continue;
    if (isNoun && t.normal === 'meeting' && windowBefore.at(-1) === 'a' && tokens[i + 1]?.normal !== 'with') continue;

    const participants: ActorMention[] = [];
    const after = actorMentions.filter((m) => m.firstToken > i && m.firstToken <= i + 12 && isParticipant(m));
    const nextWord = tokens[i + 1]?.normal;
    if (isNoun && nextWord === 'between') {
      participants.push(...after.slice(0, 2));
    } else {
      const subject = isVerb || isPhoneVerb ? ctx.speakers.resolveLeft(i) : undefined;
      const possessor = actorMentions.find((m) => m.lastToken < i && i - m.lastToken <= 4 && ['\'s', '’s'].includes(tokens[m.lastToken + 1]?.normal ?? '') && ctx.actors.get(m.key)?.kind === 'PERSON');
      // "Witkoff began talks with", "Kimball had spoken by phone with X, and in a call with Y": the subject of
      // the nearest verb before the noun leads; failing that, the nearest person before it.
      let governing: ResolvedSpeaker | undefined;
      for (let v = i - 1; v >= sentence.firstToken && !governing; v--) {
        if (tokens[v].pos === 'VERB') governing = ctx.speakers.resolveLeft(v);
      }
      const nearest = actorMentions.filter((m) => m.lastToken < i && isParticipant(m) && ctx.actors.get(m.key)?.kind === 'PERSON').pop();
      const byKey = (r: ResolvedSpeaker | undefined) => (r ? actorMentions.find((m) => m.key === r.key) : undefined);
      const lead = byKey(subject) ?? possessor ?? byKey(governing) ?? nearest;
      const object = isVerb || isPhoneVerb || nextWord === 'with' || tokens[i + 2]?.normal === 'with' ? after[0] : undefined;
      if (lead) participants.push(lead);
      if (object) participants.push(object);
    }
    const keys = [...new Set(participants.map((m) => m.key))].sort();
    if (keys.length < 2 || !keys.some((k) => ctx.actors.get(k)?.kind === 'PERSON')) continue;
    const details = detailsOf(sentence, ctx);
    const kind = CALL_WORDS.test(text.slice(Math.max(sentence.start, t.start - 30), t.end + 20)) ? 'CALL' : 'MEETING';
    out.push({ participantKeys: keys, kind, ...details, spans: [{ start: sentence.start, end: sentence.end }] });
  }
  return out;
}
