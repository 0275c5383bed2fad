import type { ArticleExtraction, ExtractedMeeting, Quantity } from '../extract/types';
import type { MeetingNode, ReportSpan } from '../ontology/types';
import { mostPrecise } from '../extract/values/quantities';
import { mostCommon, reportOf, sortReports } from './reports';
import { appendTo } from '../listIndex';

export interface MeetingOccurrence {
  sourceId: string;
  text: string;
  index: number;
  meeting: ExtractedMeeting;
}

export interface MergedMeetings {
  nodes: MeetingNode[];
  /** "source:<id>#<index>" → merged meeting id, for linking statements. */
  idOf: Map<string, string>;
  /** Each source's duration for each meeting, for discrepancy reporting. */
  durations: Map<string, { value: Quantity; report: ReportSpan }[]>;
  places: Map<string, { value: string; report: ReportSpan }[]>;
}

export const participantsKey = (m: ExtractedMeeting) => m.participantKeys.join('|');

/**
 * One meeting per set of participants and date. An undated report (an article without a date line)
 * joins the dated meeting of the same participants when there is exactly one, which is how undated
 * articles get their dates: from the merged event.
 */
export function mergeMeetings(occurrences: MeetingOccurrence[], actorId: (key: string) => string, actorName: (key: string) => string, isCountry: (name: string) => boolean): MergedMeetings {
  const clusters = new Map<string, MeetingOccurrence[]>();
  const dated = occurrences.filter((o) => o.meeting.date);
  for (const o of dated) {
    const key = `${participantsKey(o.meeting)}@${o.meeting.date}`;
    appendTo(clusters, key, o);
  }
  const datedKeysOf = new Map<string, string[]>();
  for (const key of clusters.keys()) {
    const who = key.slice(0, key.lastIndexOf('@'));
    appendTo(datedKeysOf, who, key);
  }
  for (const o of occurrences.filter((x) => !x.meeting.date)) {
    const candidates = datedKeysOf.get(participantsKey(o.meeting)) ?? [];
    const key = candidates.length === 1 ? candidates[0] : `${participantsKey(o.meeting)}@`;
    appendTo(clusters, key, o);
  }
  const result: MergedMeetings = { nodes: [], idOf: new Map(), durations: new Map(), places: new Map() };
  for (const members of clusters.values()) {
    const m0 = members[0].meeting;
    const date = mostCommon(members.map((m) => m.meeting.date));
    const slugs = m0.participantKeys;
    const id = `meeting:${date ?? 'undated'}-${slugs.join('-')}`;
    const specific = members.map((m) => m.meeting.place).filter((p): p is string => !!p && !isCountry(p));
    const place = mostCommon(specific) ?? mostCommon(members.map((m) => m.meeting.place));
    const durations = members.filter((m) => m.meeting.duration && m.meeting.durationSpan).map((m) => ({ value: m.meeting.duration!, report: reportOf(m.sourceId, m.text, m.meeting.durationSpan!) }));
    const names = slugs.map(actorName);
    const isCall = members.some((m) => m.meeting.kind === 'CALL');
    result.nodes.push({
      id,
      title: `${names.join(' – ')} ${isCall ? 'call' : 'meeting'}`,
      date,
      place,
      duration: durations.length > 0 ? mostPrecise(durations.map((d) => d.value)).text : undefined,
      participantIds: slugs.map(actorId),
      reports: sortReports(members.flatMap((m) => m.meeting.spans.map((sp) => reportOf(m.sourceId, m.text, sp)))),
    });
    result.durations.set(id, durations);
    for (const m of members) result.idOf.set(`${m.sourceId}#${m.index}`, id);
  }
  result.nodes.sort((a, b) => (a.date ?? '9999') .localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  return result;
}

export function meetingOccurrences(extractions: ArticleExtraction[]): MeetingOccurrence[] {
  return extractions.flatMap((e) => e.meetings.map((meeting, index) => ({ sourceId: `source:${e.article.id}`, text: e.article.text, index, meeting })));
}
