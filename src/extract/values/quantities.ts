import type { Quantity } from '../types';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};
const NUMBER = `(?:\\d+(?:[.,]\\d+)*|${Object.keys(NUMBER_WORDS).join('|')})`;
const QUALIFIER = '(?:the equivalent of |some )?(?:just over|just under|more than|less than|fewer than|at least|at most|up to|nearly|almost|about|around|approximately|roughly|over|under|some|an estimated|close to)';
const DURATION_UNITS: Record<string, number> = { hour: 1, hours: 1, hr: 1, hrs: 1, minute: 1 / 60, minutes: 1 / 60, min: 1 / 60, mins: 1 / 60 };

const DURATION = new RegExp(`\\b(?:(${QUALIFIER})\\s+)?(${NUMBER})(\\s+and\\s+a\\s+half)?[\\s-]+(hours?|hrs?|minutes?|mins?)\\b`, 'gi');
const MONEY = new RegExp(`(?:\\b(${QUALIFIER})\\s+)?(US\\$|\\$|€|£)\\s?(\\d+(?:[.,]\\d+)*)\\s*(billion|bn|million|m|thousand|k)?\\b`, 'gi');
/**
 * What a text must contain for each expression to match (its unit, currency sign or number), checked first:
 * the expressions try their qualifiers at every position, and most sentences hold no quantity.
 */
const DURATION_UNIT = /hour|hr|min/i;
const CURRENCY_SIGN = /[$€£]/;
const PERIOD_UNIT = /-(?:day|week|month|year)/i;
const COUNTED_NUMBER = /\d|hundreds|thousands|dozens/;
const CURRENCIES: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP' };
const SCALES: Record<string, number> = { billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };

function parseNumber(s: string): number {
  const w = NUMBER_WORDS[s.toLowerCase()];
  return w ?? Number(s.replace(/,/g, ''));
}

/**
 * Turns a qualifier and a value into the interval of values a source commits to:
 * "over 4" is (4, ∞), "around 50" is ±10 %, "nearly 5" is [4.5, 5], a bare number is exact.
 */
function interval(qualifier: string | undefined, v: number): [number, number] {
  const q = (qualifier ?? '').toLowerCase().replace(/^(the equivalent of|some) /, '');
  if (/^(more than|over|just over)$/.test(q)) return [v * 1.0001, Infinity];
  if (/^at least$/.test(q)) return [v, Infinity];
  if (/^(less than|fewer than|under|just under)$/.test(q)) return [0, v * 0.9999];
  if (/^(at most|up to)$/.test(q)) return [0, v];
  if (/^(nearly|almost|close to)$/.test(q)) return [v * 0.9, v];
  if (q !== '') return [v * 0.9, v * 1.1];
  return [v, v];
}

export interface QuantityMatch extends Quantity {
  index: number;
}

export function findDurations(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  if (!DURATION_UNIT.test(text)) return out;
  for (const m of text.matchAll(DURATION)) {
    const value = (parseNumber(m[2]) + (m[3] ? 0.5 : 0)) * DURATION_UNITS[m[4].toLowerCase()];
    const [low, high] = interval(m[1], value);
    out.push({ text: m[0], unit: 'hour', low, high, index: m.index ?? 0 });
  }
  return out;
}

export function findMoney(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  if (!CURRENCY_SIGN.test(text)) return out;
  for (const m of text.matchAll(MONEY)) {
    const value = parseNumber(m[3]) * (m[4] ? SCALES[m[4].toLowerCase()] : 1);
    const [low, high] = interval(m[1], value);
    out.push({ text: m[0], unit: CURRENCIES[m[2]], low, high, index: m.index ?? 0 });
  }
  return out;
}

const SPAN_UNITS: Record<string, [number, number]> = { day: [1, 1], week: [7, 7], month: [28, 31], year: [365, 366] };
/** Only as a compound modifier ("30-day truce", "one-month ceasefire") is a period a property of the thing itself. */
const PERIOD = new RegExp(`\\b()(\\d+|${Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an').join('|')})-(day|week|month|year)\\b`, 'gi');
/** "200 aid trucks", "12 million people", "at least 300 trucks": a number and the thing counted. */
const COUNT = new RegExp(`\\b(?:(${QUALIFIER})\\s+)?(\\d+(?:[.,]\\d+)*|hundreds|thousands|dozens)(?:\\s+(million|billion|thousand))?\\s+((?:[a-z]+\\s+){0,2}?)([a-z]{3,})\\b`, 'g');
const VAGUE: Record<string, [number, number]> = { dozens: [24, 99], hundreds: [200, 999], thousands: [2000, 9999] };
const NOT_COUNTED = new Set(['percent', 'per', 'cent', 'bpd', 'of', 'a', 'and', 'to', 'in', 'on', 'for', 'the', 'by', 'at', 'from', 'with', 'years', 'year', 'days', 'day', 'hours', 'hour', 'minutes', 'weeks', 'months', 'times', 'more', 'than']);

/** Periods in days: "30-day truce", "one-month ceasefire". */
export function findPeriods(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  if (!PERIOD_UNIT.test(text)) return out;
  for (const m of text.matchAll(PERIOD)) {
    // A month is 28 to 31 days and a year 365 or 366: vaguer than a count of days.
    const n = parseNumber(m[2]);
    const [low, high] = SPAN_UNITS[m[3].toLowerCase()];
    out.push({ text: m[0], unit: 'day', low: n * low, high: n * high, index: m.index ?? 0 });
  }
  return out;
}

/** Counts of things, with the counted noun as the unit: "up to 200 aid trucks a day" → truck. */
export function findCounts(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  if (!COUNTED_NUMBER.test(text)) return out;
  for (const m of text.matchAll(COUNT)) {
    const noun = m[5].toLowerCase();
    if (NOT_COUNTED.has(noun) || /^(am|pm)$/.test(noun)) continue;
    const vague = VAGUE[m[2].toLowerCase()];
    const base = vague ? 0 : parseNumber(m[2]) * (m[3] ? SCALES[m[3].toLowerCase()] : 1);
    const [low, high] = vague ?? interval(m[1], base);
    out.push({ text: m[0], unit: noun.replace(/(ies)$/, 'y').replace(/(s)$/, ''), low, high, index: m.index ?? 0 });
  }
  return out;
}

/** Two values of one fact are compatible when some single true value satisfies both. */
export function compatible(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit && a.low <= b.high && b.low <= a.high;
}

/** The narrowest interval is the most informative value. */
export function mostPrecise<T extends Quantity>(values: T[]): T {
  return values.reduce((best, v) => (v.high - v.low < best.high - best.low ? v : best));
}
