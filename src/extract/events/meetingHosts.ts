import type { Sentence } from '../../nlp/types';
import type { ParticipantContext } from './meetingParticipants';
import cues from './data/meetingCues.json';

const alternatives = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const MEETING_WORD = '(?:talks|meeting|summit|negotiations|discussions|session)';
/** "the talks, hosted by X", "a meeting chaired by X". */
const HOSTED_BY = new RegExp(`\\b${MEETING_WORD}\\b[^.;:]{0,40}?\\b(?:${alternatives(cues.hostPhrases)})\\s+$`, 'i');
/** "X, who chaired the talks". */
const WHO_HOSTED = new RegExp(`^\\s*,\\s*who\\s+(?:had\\s+)?(?:${alternatives(cues.hostClauses)})\\s+(?:the|these|those)\\s+${MEETING_WORD}\\b`, 'i');
const HOST_KINDS = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY']);

/**
 * Hosts, chairs and mediators a sentence adds to a meeting it speaks of: "the talks, hosted by X",
 * "X, who chaired the talks". The mention must follow the phrase with only a title between ("hosted by
 * Prime Minister X"). `summit` marks a host of a summit, which belongs to the article's gathering.
 */
export function hostsIn(sentence: Sentence, ctx: ParticipantContext): { key: string; summit: boolean }[] {
  const { text } = ctx.analysis;
  const keys: { key: string; summit: boolean }[] = [];
  for (const m of ctx.mentionIndex.within(sentence.start, sentence.end)) {
    if (ctx.isQuoted(m.start) || !HOST_KINDS.has(ctx.actors.get(m.key)?.kind ?? '')) continue;
    const before = text.slice(Math.max(sentence.start, m.start - 90), m.start).replace(/(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u, '');
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
    const hosted = HOSTED_BY.exec(before) ?? WHO_HOSTED.exec(after);
    if (hosted && !keys.some((k) => k.key === m.key)) keys.push({ key: m.key, summit: /\bsummit\b/i.test(hosted[0]) });
  }
  return keys;
}
