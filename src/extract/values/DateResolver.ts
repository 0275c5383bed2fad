import * as chrono from 'chrono-node';
import type { Span } from '../../nlp/types';

export interface ResolvedDate extends Span {
  date: string; // YYYY-MM-DD
}

/** chrono also reads durations and clock times ("90 minutes before", "for two hours") as moments; a day needs one of these. */
const NAMES_A_DAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(today|yesterday|tomorrow|tonight)\b/i;

/** "Earlier in the day" and "later that day" mean the day being reported; chrono reads them as a new day. */
const SAME_DAY = /\b(earlier|later) (in|that) the day\b|\bearlier today\b|\blater today\b/i;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Day-precision dates in a piece of text, resolved against the article's publication date
 * ("on Friday" → the Friday before or on it). Month-only expressions ("last month") are not days
 * and are dropped rather than guessed. Undated articles resolve only absolute dates with a year.
 */
const COARSE_TIME = /\b(week|month|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}\b/i;

/** Whether the text places something in time at all, even coarsely ("last month", "in February"). */
export function namesAnyTime(text: string, reference: string | undefined): boolean {
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : undefined;
  return chrono.en.parse(text, ref ? { instant: ref, timezone: 0 } : undefined).some((r) => COARSE_TIME.test(r.text));
}

export function resolveDates(text: string, offset: number, reference: string | undefined): ResolvedDate[] {
  const found: ResolvedDate[] = [];
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : undefined;
  const results = chrono.en.parse(text, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  for (const r of results) {
    const known = r.start;
    const hasDay = known.isCertain('day') || known.isCertain('weekday');
    // "last week", "this month" name a period, not a day.
    if (!hasDay || !NAMES_A_DAY.test(r.text) || /\b(week|month|year)\b/i.test(r.text)) continue;
    if (!ref && !known.isCertain('year')) continue;
    const day = new Date(Date.UTC(known.get('year') ?? 0, (known.get('month') ?? 1) - 1, known.get('day') ?? 1));
    found.push({ start: offset + r.index, end: offset + r.index + r.text.length, date: iso(day) });
  }
  const same = SAME_DAY.exec(text);
  if (same && reference) found.push({ start: offset + same.index, end: offset + same.index + same[0].length, date: reference });
  return found.sort((a, b) => a.start - b.start);
}
