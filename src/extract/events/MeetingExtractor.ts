import type { AnalyzedText, Sentence, Span } from '../../nlp/types';
import { sentenceContaining } from '../../nlp/positions';
import type { PlaceMention } from '../actors/ActorRecognizer';
import { participantGroups, type ParticipantContext } from './meetingParticipants';
import { gatheringsIn } from './gatherings';
import { hostsIn } from './meetingHosts';
import { mediatedGroups } from './mediation';
import { happenedInfinitive, tripHosts } from './happenedInfinitives';
import type { ExtractedMeeting } from '../types';
import type { ArticleDates } from '../values/DateResolver';
import { findDurations } from '../values/quantities';
import cues from './data/meetingCues.json';

const MEETING_NOUNS = new Set(['meeting', 'talks', 'discussions', 'summit', 'negotiations', 'call', 'conversation']);
const MEETING_VERBS = new Set(['met', 'meet', 'meets', 'meeting']);
const PHONE_VERBS = new Set(['spoke', 'speak', 'spoken', 'speaks', 'talked', 'talk']);
const CALL_WORDS = /\b(phone|telephone|call|video link|videoconference)\b/i;
const HYPOTHETICAL_BEFORE = new Set(['possible', 'potential', 'planned', 'proposed', 'future', 'upcoming', 'next', 'prospective', 'hypothetical', 'expected', 'would', 'could', 'might', 'may', 'will', 'shall', 'planning', 'plan', 'plans', 'hope', 'hopes', 'whether', 'if', 'seek', 'seeks', 'wants', 'arrange', 'arranging', 'organise', 'organize']);
const HOST_VERBS = new Set(cues.hostVerbs);
const GUEST_THEN_PLACE = new RegExp(`^\\s+(?:${cues.guestPlacePrepositions.join('|')})\\s`, 'i');
const EARLIER_MEETING = new Set(['previous', 'last', 'prior', 'earlier', 'past', 'first', 'two', 'three', 'several']);
const ANAPHORA = /\b(the|this|that) (meeting|talks|discussions|summit|call|conversation)\b/i;
const MEETING_MENTION = /\b(meeting|talks|discussions|summit|call|conversation)\b/i;
const HYPOTHETICAL = /\b(would|could|might|will|possible|potential|planned|next|future|upcoming)\b[^.]{0,30}\b(meeting|talks|summit|call)\b/i;

interface Context extends ParticipantContext {
  places: readonly PlaceMention[];
  nonProse: ReadonlySet<number>;
  dates: ArticleDates;
}

/**
 * Meetings that happened: "X met Y", "X's meeting with Y", "talks between X and Y", "X spoke by phone with Y";
 * planned or hypothetical ones ("a possible meeting", "could lead to a meeting") and unnamed earlier ones
 * ("their last meeting") are left out. A later "the meeting lasted over four hours" adds to the latest meeting.
 */
export function extractMeetings(ctx: Context): ExtractedMeeting[] {
  const { analysis } = ctx;
  const meetings: FoundMeeting[] = [];
  // Details from sentences about "the talks" that name no participants ("after more than two hours of talks"),
  // kept until the article names the meeting they belong to.
  const pending: { span: Span; details: ReturnType<typeof detailsOf> }[] = [];
  // Hosts and chairs named before the meeting they belong to ("X, who chaired the talks, said ...").
  const pendingHosts: { key: string; sentence: number }[] = [];
  const attach = (target: ExtractedMeeting, span: Span, details: ReturnType<typeof detailsOf>) => {
    target.spans.push(span);
    if (!target.duration && details.duration) {
      target.duration = details.duration;
      target.durationSpan = details.durationSpan;
    }
    target.place ??= details.place;
  };
  // One context for every sentence, its latest meeting updated as the walk goes (a copy per sentence cost more than the rest).
  const sentenceCtx: Context = { ...ctx, latestMeeting: undefined };
  for (const sentence of analysis.sentences) {
    if (ctx.nonProse.has(sentence.index)) continue;
    const latest = meetings[meetings.length - 1];
    sentenceCtx.latestMeeting = latest ? { keys: latest.participantKeys, sentence: sentenceContaining(ctx.analysis, latest.spans[latest.spans.length - 1].start) } : undefined;
    const found = meetingsIn(sentence, sentenceCtx);
    const targets: ExtractedMeeting[] = [];
    for (const m of found) {
      const sameDay = (x: ExtractedMeeting) => !x.date || !m.date || x.date === m.date;
      const same = meetings.find((x) => sameParticipants(x, m) && sameDay(x)) ?? meetings.find((x) => representedIn(m, x, ctx) && sameDay(x));
      if (same) mergeInto(same, m);
      else meetings.push(m);
      targets.push(same ?? m);
    }
    if (meetings.length > 0 && pending.length > 0) for (const p of pending.splice(0)) attach(meetings[0], p.span, p.details);
    const hosts = hostsIn(sentence, sentenceCtx);
    // A host named a few sentences before the first meeting the article tells is that meeting's host.
    if (meetings.length > 0 && pendingHosts.length > 0) addParticipants(meetings[0], pendingHosts.splice(0).filter((h) => sentence.index - h.sentence <= 4).map((h) => h.key), ctx);
    if (found.length > 0) {
      for (const target of targets) addParticipants(target, hosts.map((h) => h.key), ctx);
      continue;
    }
    const sentenceText = analysis.text.slice(sentence.start, sentence.end);
    // The cheap test first: durations are looked for only in a sentence that names a meeting at all.
    const anaphora = ANAPHORA.exec(sentenceText);
    const mention = anaphora ? null : MEETING_MENTION.exec(sentenceText);
    const reference = anaphora ?? (mention && findDurations(sentenceText).length > 0 ? mention : null);
    if (!reference || ctx.isQuoted(sentence.start + reference.index) || HYPOTHETICAL.test(sentenceText)) continue;
    // "X, who addressed the summit": the article's gathering if it has one, never the side meeting told last.
    for (const h of hosts) {
      const target = h.summit ? [...meetings].reverse().find((m) => m.gathering) : meetings[meetings.length - 1];
      if (target) addParticipants(target, [h.key], ctx);
      else if (meetings.length === 0) pendingHosts.push({ key: h.key, sentence: sentence.index });
    }
    const span = { start: sentence.start, end: sentence.end };
    const details = detailsOf(sentence, ctx);
    if (meetings.length > 0) attach(meetings[meetings.length - 1], span, details);
    else pending.push({ span, details });
  }
  // A meeting whose sentence gives no day happened on the day the article is about: the one its lede names.
  // Not when the sentence itself places the meeting elsewhere in time ("a phone call ... last month").
  // Dating the lede costs the date resolver a pass over its sentences: only when a meeting needs it.
  const undated = meetings.filter((m) => !m.date && !m.coarselyDated);
  const lede = undated.length > 0 ? ledeDate(ctx) : undefined;
  for (const m of undated) m.date = lede;
  for (const m of meetings) {
    delete m.coarselyDated;
    delete m.gathering;
  }
  return meetings;
}

/** The first day named in the article's first prose sentences ("... agreed on Tuesday to ..."). */
function ledeDate(ctx: Context): string | undefined {
  const prose = ctx.analysis.sentences.filter((s) => !ctx.nonProse.has(s.index)).slice(0, 3);
  for (const s of prose) {
    const dates = ctx.dates.days(s).filter((d) => !ctx.isQuoted(d.start));
    if (dates.length > 0) return dates[0].date;
  }
  return undefined;
}

function sameParticipants(a: ExtractedMeeting, b: ExtractedMeeting): boolean {
  return a.participantKeys.length === b.participantKeys.length && a.participantKeys.every((k) => b.participantKeys.includes(k));
}

/**
 * "Talks between Swedish and Norwegian leaders" on the day of a meeting of the leaders by name: the countries'
 * talks are that meeting, not another one without its chair.
 */
function representedIn(countries: ExtractedMeeting, people: ExtractedMeeting, ctx: Context): boolean {
  if (!countries.participantKeys.every((k) => ctx.actors.get(k)?.kind === 'COUNTRY')) return false;
  const persons = people.participantKeys.map((p) => ctx.actors.get(p)).filter((a) => a?.kind === 'PERSON');
  // One of the countries must be there through its leader; the other's may be a name the article never ties to it.
  const represented = countries.participantKeys.filter((k) => persons.some((a) => a?.affiliationKey === k));
  return represented.length >= 1 && persons.length >= countries.participantKeys.length;
}

/** Whether the actor belongs to one of the keys, directly or through its body ("Council President" → Council → Union). */
function belongsTo(key: string, keys: string[], ctx: Context): boolean {
  let current = ctx.actors.get(key)?.affiliationKey;
  for (let depth = 0; current && depth < 3; depth++) {
    if (keys.includes(current)) return true;
    current = ctx.actors.get(current)?.affiliationKey;
  }
  return false;
}

/** A host or chair joins the meeting's participants, unless part of a body already there (its own president). */
function addParticipants(target: ExtractedMeeting, keys: string[], ctx: Context): void {
  const added = keys.filter((k) => !target.participantKeys.includes(k) && !belongsTo(k, target.participantKeys, ctx));
  if (added.length > 0) target.participantKeys = [...target.participantKeys, ...added].sort();
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

/** Date, place and duration in the sentence; of several dates, the one nearest the meeting word. */
function detailsOf(sentence: Sentence, ctx: Context, near = sentence.start): Pick<ExtractedMeeting, 'date' | 'place' | 'duration' | 'durationSpan'> {
  const { text } = ctx.analysis;
  const sentenceText = text.slice(sentence.start, sentence.end);
  const places = ctx.places.filter((p) => p.sentence === sentence.index && !ctx.isQuoted(p.start));
  // The most specific place: a city or venue beats a country.
  const place = places.sort((a, b) => Number(ctx.actors.has(a.name.toLowerCase())) - Number(ctx.actors.has(b.name.toLowerCase())))[0];
  const duration = findDurations(sentenceText).find((d) => !ctx.isQuoted(sentence.start + d.index));
  const dates = ctx.dates.days(sentence).filter((d) => !ctx.isQuoted(d.start));
  dates.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
  return {
    date: dates[0]?.date,
    place: place?.name,
    duration: duration ? { text: duration.text, unit: duration.unit, low: duration.low, high: duration.high } : undefined,
    durationSpan: duration ? { start: sentence.start + duration.index, end: sentence.start + duration.index + duration.text.length } : undefined,
  };
}

/** "welcomed Carla Mendez to the capital", "joined Mendez at the palace": a person right after the verb, then a place. */
function guestFollows(i: number, ctx: Context): boolean {
  const { tokens, text } = ctx.analysis;
  const guest = ctx.mentionIndex.within(tokens[i].end, tokens[Math.min(tokens.length - 1, i + 6)].end).find((m) => !ctx.isQuoted(m.start));
  if (!guest || ctx.actors.get(guest.key)?.kind !== 'PERSON') return false;
  const between = tokens.slice(i + 1, guest.firstToken);
  return between.every((x) => x.pos === 'PROPN' || /^\p{Lu}/u.test(x.value) || x.normal === 'the') && GUEST_THEN_PLACE.test(text.slice(guest.end, guest.end + 5));
}

/** A meeting as found in one sentence; `coarselyDated` marks one placed in time without a day. */
type FoundMeeting = ExtractedMeeting & { coarselyDated?: boolean; gathering?: boolean };

function meetingsIn(sentence: Sentence, ctx: Context): FoundMeeting[] {
  const { tokens, text } = ctx.analysis;
  const out: FoundMeeting[] = [];

  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const t = tokens[i];
    const isVerb = MEETING_VERBS.has(t.normal) && t.pos === 'VERB';
    const isNoun = MEETING_NOUNS.has(t.normal) && t.pos !== 'VERB';
    const isPhoneVerb = PHONE_VERBS.has(t.normal) && /^(by|over|on)\s+(the\s+)?(phone|telephone)|^with\b/i.test(text.slice(t.end + 1, t.end + 25));
    const isHostVerb = HOST_VERBS.has(t.normal) && guestFollows(i, ctx);
    if ((!isVerb && !isNoun && !isPhoneVerb && !isHostVerb) || ctx.isQuoted(t.start)) continue;
    const windowBefore = tokens.slice(Math.max(sentence.firstToken, i - 6), i).map((x) => x.normal);
    if (windowBefore.some((w) => HYPOTHETICAL_BEFORE.has(w))) continue;
    // "ready to meet", "agreed to meet", "wants to meet": an infinitive meeting has not happened, except the
    // purpose of a trip made ("flew to <city> to meet") or the meeting a "before the two were scheduled to meet" times.
    const infinitive = isVerb && tokens[i - 1]?.normal === 'to' ? happenedInfinitive(i, sentence, ctx) : undefined;
    if (isVerb && tokens[i - 1]?.normal === 'to' && !infinitive) continue;
    // "their last meeting" is an earlier one; "his first meeting with X" is usually the one being told.
    const firstWith = windowBefore.slice(-3).includes('first') && tokens[i + 1]?.normal === 'with';
    if (isNoun && !firstWith && windowBefore.slice(-3).some((w) => EARLIER_MEETING.has(w))) continue;
    if (isNoun && t.normal === 'meeting' && windowBefore.at(-1) === 'a' && tokens[i + 1]?.normal !== 'with') continue;

    const groups = infinitive?.kind === 'trip' ? [[infinitive.guest, ...tripHosts(i, sentence, infinitive, ctx)]] : participantGroups(i, sentence, isVerb || isPhoneVerb || isHostVerb, ctx);
    for (const group of groups) {
      const keys = [...new Set(group)].sort();
      // People meet; countries do only when the text says their leaders or delegations did ("talks between Danish and Swedish leaders").
      const kinds = keys.map((k) => ctx.actors.get(k)?.kind);
      if (keys.length < 2 || !(kinds.includes('PERSON') || kinds.every((k) => k === 'COUNTRY'))) continue;
      const details = detailsOf(sentence, ctx, t.start);
      const kind = CALL_WORDS.test(text.slice(Math.max(sentence.start, t.start - 30), t.end + 20)) ? 'CALL' : 'MEETING';
      const coarselyDated = !details.date && ctx.dates.coarse(sentence);
      out.push({ participantKeys: keys, kind, ...details, spans: [{ start: sentence.start, end: sentence.end }], coarselyDated });
    }
  }
  for (const group of mediatedGroups(sentence, ctx)) {
    const details = detailsOf(sentence, ctx);
    const coarselyDated = !details.date && ctx.dates.coarse(sentence);
    out.push({ participantKeys: [...new Set(group)].sort(), kind: 'MEETING', ...details, spans: [{ start: sentence.start, end: sentence.end }], coarselyDated });
  }
  for (const g of gatheringsIn(sentence, ctx)) {
    const windowBefore = tokens.slice(Math.max(sentence.firstToken, g.firstToken - 6), g.firstToken).map((x) => x.normal);
    if (windowBefore.some((w) => HYPOTHETICAL_BEFORE.has(w) || w === 'ahead')) continue;
    const details = detailsOf(sentence, ctx, g.start);
    const coarselyDated = !details.date && ctx.dates.coarse(sentence);
    out.push({ participantKeys: [g.key], kind: 'MEETING', ...details, spans: [{ start: sentence.start, end: sentence.end }], coarselyDated, gathering: true });
  }
  return out;
}
