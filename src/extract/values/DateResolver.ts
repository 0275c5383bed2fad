import * as chrono from 'chrono-node';
import type { Sentence, Span } from '../../nlp/types';

export interface ResolvedDate extends Span {
  date: string; // YYYY-MM-DD
}

/** "Earlier in the day" and "later that day" mean the day being reported; chrono reads them as a new day. */
const SAME_DAY = /\b(earlier|later) (in|that) the day\b|\bearlier today\b|\blater today\b/i;
/** chrono also reads durations and clock times ("90 minutes before", "for two hours") as moments; a day needs one of these. */
const NAMES_A_DAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(today|yesterday|tomorrow|tonight)\b/i;
/** Words without which chrono finds nothing we keep: digits, weekdays, months, and relative time words. */
const MAY_NAME_A_TIME = /\d|day\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(today|tonight|tomorrow|ago|week|month|year|earlier|later|noon|midnight)/i;
const COARSE_TIME = /\b(week|month|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}\b/i;
/*
 * What a sentence must contain for chrono to find a day, or a coarse time, that is kept: a result counts only if
 * its words match NAMES_A_DAY (for days) or COARSE_TIME (for coarse times), and each of their alternatives
 * contains one of these (word boundaries left out: a result may begin inside a word of the sentence). A month
 * names a day only next to a number, so "may" the verb and "remarks" do not call chrono for days, nor
 * "this year" for days, nor round numbers and clock times ("round 2", "at 10") for either.
 */
const DAY_WORDS = /(mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2}/i;
const COARSE_WORDS = /week|month|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}/i;

/** What is known of one sentence so far: each part computed when first asked for. */
interface SentenceDates {
  /** chrono's results for the sentence. */
  results?: chrono.ParsedResult[];
  /** Day-precision dates, resolved against the article date. */
  days?: ResolvedDate[];
  /** Whether the sentence places something in time without a day ("last month", "in February"). */
  coarse?: boolean;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The dates an article's sentences name, resolved against its publication date ("on Friday" → the Friday
 * before or on it) and parsed once per sentence. Month-only expressions ("last month") are not days and are
 * not guessed; undated articles resolve only absolute dates with a year.
 */
export class ArticleDates {
  private readonly reference?: Date;
  private readonly bySentence = new Map<number, SentenceDates>();

  constructor(
    private readonly text: string,
    private readonly publishedAt: string | undefined,
  ) {
    this.reference = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : undefined;
  }

  /** Day dates in the sentence, or in a span of it, left to right. */
  days(sentence: Sentence, within?: Span): ResolvedDate[] {
    const known = this.of(sentence);
    known.days ??= this.daysOf(sentence, known);
    const all = known.days;
    return within ? all.filter((d) => d.start >= within.start && d.end <= within.end) : all;
  }

  coarse(sentence: Sentence): boolean {
    const known = this.of(sentence);
    // chrono is the costliest step of extraction; most sentences name no time at all.
    known.coarse ??= MAY_NAME_A_TIME.test(this.sentenceText(sentence)) && COARSE_WORDS.test(this.sentenceText(sentence)) && this.resultsOf(sentence, known).some((r) => COARSE_TIME.test(r.text));
    return known.coarse;
  }

  private of(sentence: Sentence): SentenceDates {
    let known = this.bySentence.get(sentence.index);
    if (!known) {
      known = {};
      this.bySentence.set(sentence.index, known);
    }
    return known;
  }

  private sentenceText(sentence: Sentence): string {
    return this.text.slice(sentence.start, sentence.end);
  }

  private resultsOf(sentence: Sentence, known: SentenceDates): chrono.ParsedResult[] {
    const ref = this.reference;
    known.results ??= chrono.en.parse(this.sentenceText(sentence), ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
    return known.results;
  }

  private daysOf(sentence: Sentence, known: SentenceDates): ResolvedDate[] {
    const text = this.sentenceText(sentence);
    const offset = sentence.start;
    if (!MAY_NAME_A_TIME.test(text)) return [];
    const ref = this.reference;
    const days: ResolvedDate[] = [];
    for (const r of DAY_WORDS.test(text) ? this.resultsOf(sentence, known) : []) {
      const found = r.start;
      const hasDay = found.isCertain('day') || found.isCertain('weekday');
      // "last week", "this month" name a period, not a day.
      if (!hasDay || !NAMES_A_DAY.test(r.text) || /\b(week|month|year)\b/i.test(r.text)) continue;
      if (!ref && !found.isCertain('year')) continue;
      const day = new Date(Date.UTC(found.get('year') ?? 0, (found.get('month') ?? 1) - 1, found.get('day') ?? 1));
      // A bare weekday in news is the last such day, not the nearest: "held talks on Wednesday" in an article
      // of Sunday the 5th is the 1st, not the 8th. "Next Wednesday" says otherwise.
      if (ref && !found.isCertain('day') && day > ref && !/\b(next|coming)\b/i.test(r.text)) day.setUTCDate(day.getUTCDate() - 7);
      days.push({ start: offset + r.index, end: offset + r.index + r.text.length, date: iso(day) });
    }
    const same = SAME_DAY.exec(text);
    if (same && this.publishedAt) days.push({ start: offset + same.index, end: offset + same.index + same[0].length, date: this.publishedAt });
    return days.sort((a, b) => a.start - b.start);
  }
}
