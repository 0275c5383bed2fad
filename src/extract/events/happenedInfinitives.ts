import type { Sentence } from '../../nlp/types';
import type { ParticipantContext } from './meetingParticipants';
import data from './data/happenedInfinitives.json';

const TRAVEL_VERBS = new Set(data.travelVerbs);
const NOT_BEFORE_TRAVEL = new Set(data.notBeforeTravel);
const DUE_WORDS = new Set(data.dueWords);
const DUE_AUX = new Set(data.dueAuxiliaries.map((w) => w.split(' ').pop()!));
const HOST_DESCRIPTION = new RegExp(`^\\s+(?:with\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${data.hostDescriptions.join('|')})\\b`, 'iu');

/** How an infinitive "to meet" at token `i` tells a meeting that happened, if it does. */
export type HappenedInfinitive =
  /** "X flew to <city> to meet ...": `guest` is the traveller, `destination` the country of the trip (a metonym city). */
  | { kind: 'trip'; guest: string; destination?: string }
  /** "before the two were scheduled to meet": the meeting the narration goes on to tell. */
  | { kind: 'due' };

export function happenedInfinitive(i: number, sentence: Sentence, ctx: ParticipantContext): HappenedInfinitive | undefined {
  const { tokens } = ctx.analysis;
  if (tokens[i - 1]?.normal !== 'to') return undefined;
  // "an hour before the two leaders were scheduled to meet".
  if (DUE_WORDS.has(tokens[i - 2]?.normal ?? '') && DUE_AUX.has(tokens[i - 3]?.normal ?? '')) {
    const from = Math.max(sentence.firstToken, i - 8);
    for (let k = i - 4; k >= from; k--) if (tokens[k].normal === 'before') return { kind: 'due' };
    return undefined;
  }
  return tripOf(i, sentence, ctx);
}

/** "X travelled to <city> on Monday to meet": a travel verb a few words back, not itself still to come. */
function tripOf(i: number, sentence: Sentence, ctx: ParticipantContext): HappenedInfinitive | undefined {
  const { tokens } = ctx.analysis;
  const from = Math.max(sentence.firstToken, i - 9);
  let v = i - 2;
  while (v >= from && !TRAVEL_VERBS.has(tokens[v].normal)) v--;
  if (v < from || NOT_BEFORE_TRAVEL.has(tokens[v - 1]?.normal ?? '')) return undefined;
  const visible = (m: { start: number }) => !ctx.isQuoted(m.start);
  const guest = ctx.mentionIndex.within(sentence.start, tokens[v].start).filter((m) => visible(m) && ctx.actors.get(m.key)?.kind === 'PERSON').pop();
  if (!guest) return undefined;
  const destination = ctx.mentionIndex.within(tokens[v].end, tokens[i].start).find((m) => visible(m) && ctx.actors.get(m.key)?.kind === 'COUNTRY');
  return { kind: 'trip', guest: guest.key, destination: destination?.key };
}

/** The people met on a trip: a person or body named right after "to meet (with)", else unnamed officials as the destination. */
export function tripHosts(i: number, sentence: Sentence, trip: { guest: string; destination?: string }, ctx: ParticipantContext): string[] {
  const { tokens, text } = ctx.analysis;
  const end = Math.min(sentence.end, tokens[Math.min(i + 6, tokens.length - 1)].end);
  const named = ctx.mentionIndex.within(tokens[i].end, end).find((m) => !ctx.isQuoted(m.start) && m.key !== trip.guest && ['PERSON', 'ORGANIZATION'].includes(ctx.actors.get(m.key)?.kind ?? ''));
  if (named) return [named.key];
  return trip.destination && HOST_DESCRIPTION.test(text.slice(tokens[i].end, end)) ? [trip.destination] : [];
}
