import type { Sentence } from '../../nlp/types';
import type { ParticipantContext } from './meetingParticipants';
import data from './data/gatherings.json';

const alternatives = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const GATHERING_NOUNS = new Set(data.gatheringNouns);
const BODY_HEADS = new Set(data.bodyHeads);
/** "at the 12th", "a plenary session of the": what sits before a body that meets. */
const SESSION_BEFORE = new RegExp(`\\b(?:at|during|(?:${alternatives(data.sessionWords)})\\s+of)\\s+(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+)?$`, 'i');
const SESSION_AFTER = new RegExp(`^(?:\\s*\\([^()]{1,12}\\))?\\s+(?:${alternatives(data.sessionWords)})\\b`, 'i');
/** "next month", "later this year": a gathering still to come. */
/** "X ministers endorsed", "X member states adopted": the body's members deciding together, so the body met. */
const MEMBERS_DECIDED = new RegExp(`^\\s+(?:${alternatives(data.memberNouns)})\\s+(?:\\p{L}+ly\\s+)?(?:${alternatives(data.decisionVerbs)})\\b`, 'iu');
const STILL_TO_COME = /\b(next (week|month|year)|later this (week|month|year)|in the coming)\b/i;

export interface Gathering {
  key: string;
  /** Where the body is named: the meeting's date is the one nearest to it. */
  start: number;
  firstToken: number;
}

/**
 * Bodies that met, in one sentence: "the X summit", "at the 12th X Assembly", "a plenary session of X", "X
 * ministers endorsed ...". A
 * gathering has one participant, the body, which must be an organisation the article names.
 */
export function gatheringsIn(sentence: Sentence, ctx: ParticipantContext): Gathering[] {
  const { text, tokens } = ctx.analysis;
  const out: Gathering[] = [];
  for (const m of ctx.mentionIndex.within(sentence.start, sentence.end)) {
    const actor = ctx.actors.get(m.key);
    if (actor?.kind !== 'ORGANIZATION' || ctx.isQuoted(m.start) || out.some((g) => g.key === m.key)) continue;
    const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 80));
    const head = actor.name.split(/\s+/).pop()!.toLowerCase();
    const summit = GATHERING_NOUNS.has(tokens[m.lastToken + 1]?.normal ?? '');
    const session = BODY_HEADS.has(head) && (SESSION_BEFORE.test(before) || SESSION_AFTER.test(after));
    const decided = MEMBERS_DECIDED.test(after);
    if ((summit || session || decided) && !STILL_TO_COME.test(after)) out.push({ key: m.key, start: m.start, firstToken: m.firstToken });
  }
  return out;
}
