import type { Sentence } from '../../nlp/types';
import type { ActorMention } from '../types';
import type { ParticipantContext } from './meetingParticipants';

/** "thanked X for its crucial mediation": the mediator named before "for its ... mediation". */
const FOR_ITS_MEDIATION = /^\s+for\s+(?:its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}mediation\b/iu;
/** "X's mediation". */
const POSSESSIVE_MEDIATION = /^(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}mediation\b/iu;
/** "mediation by X", "mediated by X", "talks mediated by X". */
const MEDIATION_BY = /\b(?:mediation\s+(?:by|of)|mediated\s+by)\s+(?:the\s+)?$/i;
const NOT_DONE = /\b(will|would|could|might|may|shall|offered to|offers to|plans? to|ready to|willing to|seeks? to)\b/i;
const PARTY_KINDS = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP']);

/**
 * Indirect talks through a mediator, told by the parties' thanks or by the mediation itself: "A and B
 * thanked C for its mediation", "A and B, through C's mediation, agreed ...". One meeting of the two
 * coordinated parties and the mediator.
 */
export function mediatedGroups(sentence: Sentence, ctx: ParticipantContext): string[][] {
  const { text } = ctx.analysis;
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (!/\bmediat(?:ion|ed)\b/i.test(sentenceText)) return [];
  const inSentence = ctx.mentionIndex.within(sentence.start, sentence.end).filter((m) => !ctx.isQuoted(m.start) && PARTY_KINDS.has(ctx.actors.get(m.key)?.kind ?? ''));
  const mediator = inSentence.find((m) => {
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
    return FOR_ITS_MEDIATION.test(after) || POSSESSIVE_MEDIATION.test(after) || MEDIATION_BY.test(text.slice(Math.max(sentence.start, m.start - 30), m.start));
  });
  if (!mediator || NOT_DONE.test(text.slice(sentence.start, mediator.start))) return [];
  const parties = coordinatedPair(inSentence.filter((m) => m.key !== mediator.key), text);
  return parties ? [[...parties.map((m) => m.key), mediator.key]] : [];
}

/** The first two mentions joined by "and" only ("Cambodia and Thailand"). */
function coordinatedPair(mentions: ActorMention[], text: string): ActorMention[] | undefined {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [a, b] = [mentions[k], mentions[k + 1]];
    if (a.key !== b.key && /^\s+and\s+$/.test(text.slice(a.end, b.start))) return [a, b];
  }
  return undefined;
}
