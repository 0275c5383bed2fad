import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * A generated corpus of news-like articles for scale tests and the benchmark: events (two people meet at a
 * place on a day, say things, sometimes agree on something), each told by several outlets, so that actors,
 * statements and meetings are reported by many sources and merge across them, as in real news.
 */

export interface SyntheticArticle {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  text: string;
}

/** Name, the surname a second mention uses, and the title the first mention gives. */
const PEOPLE: readonly [string, string, string][] = [
  ['Donald Trump', 'Trump', 'US President'],
  ['Vladimir Putin', 'Putin', 'Russian President'],
  ['Volodymyr Zelensky', 'Zelensky', 'Ukrainian President'],
  ['Emmanuel Macron', 'Macron', 'French President'],
  ['Keir Starmer', 'Starmer', 'British Prime Minister'],
  ['Friedrich Merz', 'Merz', 'German Chancellor'],
  ['Giorgia Meloni', 'Meloni', 'Italian Prime Minister'],
  ['Xi Jinping', 'Xi', 'Chinese President'],
  ['Narendra Modi', 'Modi', 'Indian Prime Minister'],
  ['Mark Rutte', 'Rutte', 'NATO Secretary General'],
  ['Ursula von der Leyen', 'von der Leyen', 'European Commission President'],
  ['Benjamin Netanyahu', 'Netanyahu', 'Israeli Prime Minister'],
  ['Shigeru Ishiba', 'Ishiba', 'Japanese Prime Minister'],
  ['Claudia Sheinbaum', 'Sheinbaum', 'Mexican President'],
  ['Mark Carney', 'Carney', 'Canadian Prime Minister'],
  ['Pedro Sánchez', 'Sánchez', 'Spanish Prime Minister'],
  ['Donald Tusk', 'Tusk', 'Polish Prime Minister'],
  ['Alexander Stubb', 'Stubb', 'Finnish President'],
  ['Kaja Kallas', 'Kallas', 'EU foreign policy chief'],
  ['Wang Yi', 'Wang Yi', 'Chinese Foreign Minister'],
  ['Abbas Araghchi', 'Araghchi', 'Iranian Foreign Minister'],
  ['Hakan Fidan', 'Fidan', 'Turkish Foreign Minister'],
  ['Marco Rubio', 'Rubio', 'US Secretary of State'],
  ['Sergei Lavrov', 'Lavrov', 'Russian Foreign Minister'],
  ['Steve Witkoff', 'Witkoff', 'US envoy'],
  ['Pete Hegseth', 'Hegseth', 'US Defense Secretary'],
  ['Scott Bessent', 'Bessent', 'US Treasury Secretary'],
  ['Cyril Ramaphosa', 'Ramaphosa', 'South African President'],
  ['Javier Milei', 'Milei', 'Argentine President'],
  ['Mette Frederiksen', 'Frederiksen', 'Danish Prime Minister'],
];
const PLACES = ['Geneva', 'Istanbul', 'Riyadh', 'Helsinki', 'Rome', 'Brussels', 'Doha', 'Vienna', 'Oslo', 'Singapore', 'Cairo', 'Warsaw'];
const OUTLETS = ['Reuters', 'Associated Press', 'Agence France-Presse', 'BBC News', 'Al Jazeera', 'The Guardian', 'Deutsche Welle', 'Kyodo News', 'NHK', 'The Hindu'];
const TOPICS = ['energy security', 'grain exports', 'a prisoner exchange', 'sanctions relief', 'air defence', 'trade tariffs', 'shipping routes', 'reconstruction funding', 'nuclear safety', 'border crossings'];
/** Clauses that quotes and paraphrases are made of, so that what one person says differs from event to event. */
const OPENINGS = [
  'We made real progress',
  'The talks were difficult but honest',
  'Our delegations worked late into the night',
  'There is still a long road ahead',
  'We listened carefully to each other',
  'This was a constructive first step',
  'Both teams brought detailed proposals',
  'I am cautiously optimistic',
  'Nothing is agreed until everything is agreed',
  'We were frank about our differences',
  'The mood in the room was businesslike',
  'Our partners understand our concerns',
];
const CLOSINGS = [
  'and experts will meet again next month',
  'and we owe our citizens concrete results',
  'but the hardest questions remain open',
  'and the working groups start on Monday',
  'so the ministers will report back soon',
  'yet trust has to be rebuilt step by step',
  'while the details stay with the negotiators',
  'and a written summary will follow',
  'because delay only helps the hardliners',
  'and we expect a reply within days',
  'though the timetable may slip',
  'so markets should stay calm',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Officials no lexicon knows: generated from these parts, so the extractor must find them from the text. */
const FIRST_NAMES = ['Ana', 'Tomas', 'Leila', 'Oskar', 'Mirela', 'Jonas', 'Farida', 'Pavel', 'Ines', 'Kwame', 'Sofia', 'Arjun', 'Helga', 'Mateo', 'Yuki', 'Dara'];
const SURNAMES = ['Kovac', 'Lindqvist', 'Haddad', 'Brenner', 'Popescu', 'Okafor', 'Nakamura', 'Ferreira', 'Castellano', 'Varga', 'Mendel', 'Quint', 'Aksoy', 'Rahimi', 'Solberg', 'Tamm'];
const OFFICES = ['Deputy Foreign Minister', 'Trade Minister', 'Energy Minister', 'Ambassador', 'chief negotiator', 'Defence Minister'];
/** How outlets retell the same meeting: the same facts, other words. */
const MEETING_LINES: ((e: SyntheticEvent, weekday: string, outlet: string) => string)[] = [
  (e, d, o) => `${e.a[2]} ${e.a[0]} met ${e.b[2]} ${e.b[0]} in ${e.place} on ${d}, ${o} reported.`,
  (e, d) => `${e.a[0]} and ${e.b[0]} held talks in ${e.place} on ${d}, their first meeting in months.`,
  (e, d) => `${e.b[2]} ${e.b[0]} hosted ${e.a[0]} in ${e.place} on ${d} for talks on ${e.topic}.`,
  (e, d) => `In ${e.place} on ${d}, ${e.a[0]} sat down with ${e.b[0]} to discuss ${e.topic}.`,
];
const DURATIONS = ['two hours', 'more than two hours', 'about three hours', 'nearly four hours', 'over an hour'];
const AGREEMENTS: ((e: SyntheticEvent) => string)[] = [
  (e) => `The two sides agreed to a ceasefire covering ${e.topic}, officials said.`,
  (e) => `${e.a[1]} and ${e.b[1]} signed a memorandum of understanding on ${e.topic}.`,
  () => `Both governments agreed to a prisoner exchange, according to a joint statement.`,
];

/** A small deterministic PRNG (mulberry32), so every run generates the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface SyntheticEvent {
  a: readonly [string, string, string];
  b: readonly [string, string, string];
  place: string;
  date: Date;
  topic: string;
  quoteA: string;
  quoteB: string;
  /** Which AGREEMENTS line the event ends with, if any. */
  agreement?: number;
  /** An official beyond the lexicon who briefs reporters. */
  official: readonly [string, string, string];
  officialQuote: string;
  duration: number;
}

function eventOf(n: number, next: () => number): SyntheticEvent {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const a = pick(PEOPLE);
  let b = pick(PEOPLE);
  while (b === a) b = pick(PEOPLE);
  const topic = pick(TOPICS);
  const surname = pick(SURNAMES);
  return {
    a,
    b,
    place: pick(PLACES),
    date: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 360) * 86_400_000),
    topic,
    quoteA: `${pick(OPENINGS)} on ${topic} ${pick(CLOSINGS)}`,
    quoteB: `${pick(OPENINGS)} in round ${n + 1} ${pick(CLOSINGS)}`,
    agreement: next() < 0.3 ? Math.floor(next() * AGREEMENTS.length) : undefined,
    official: [`${pick(FIRST_NAMES)} ${surname}`, surname, pick(OFFICES)],
    officialQuote: `${pick(OPENINGS)} ${pick(CLOSINGS)}`,
    duration: Math.floor(next() * DURATIONS.length),
  };
}

/**
 * `count` articles about `count / 4` events, each event told by about four outlets, a day after it happened,
 * each in its own words: the meeting sentence, how quotes are attributed, which details (an official's
 * briefing, how long the talks lasted, an agreement) an outlet includes. About 600–900 bytes an article.
 */
export function syntheticArticles(count: number, seed = 20250411): SyntheticArticle[] {
  const next = random(seed);
  const events = Array.from({ length: Math.max(1, Math.round(count / 4)) }, (_, n) => eventOf(n, next));
  return Array.from({ length: count }, (_, i) => {
    const e = events[i % events.length];
    const telling = Math.floor(i / events.length);
    const outlet = OUTLETS[(i * 7 + telling) % OUTLETS.length];
    const [nameA, surnameA] = e.a;
    const [nameB, surnameB] = e.b;
    const weekday = WEEKDAYS[e.date.getUTCDay()];
    const lines = [
      MEETING_LINES[(i + telling) % MEETING_LINES.length](e, weekday, outlet),
      telling % 2 === 0 ? `"${e.quoteA}," ${surnameA} said after the talks.` : `${surnameA} told reporters: "${e.quoteA}."`,
      `${surnameB} said the meeting in ${e.place} had covered ${e.topic}.`,
      telling % 2 === 0 ? `"${e.quoteB}," ${surnameB} told reporters.` : `"${e.quoteB}," said ${surnameB}, speaking after the meeting.`,
    ];
    if (telling % 3 !== 1) lines.push(`The talks lasted ${DURATIONS[(e.duration + (telling === 2 ? 1 : 0)) % DURATIONS.length]}, according to ${telling % 2 === 0 ? 'officials' : 'a person briefed on them'}.`);
    if (telling !== 1) lines.push(`${e.official[2]} ${e.official[0]}, who attended, said: "${e.officialQuote}."`);
    if (e.agreement !== undefined) lines.push(AGREEMENTS[e.agreement](e));
    if (i % 3 === 0) lines.push(`Analysts in ${e.place} said the meeting was the latest in a series of contacts this year.`);
    return {
      id: `synthetic-${String(i).padStart(4, '0')}`,
      title: `${nameA} and ${nameB} meet in ${e.place}`,
      outlet,
      publishedAt: isoDay(new Date(e.date.getTime() + 86_400_000)),
      text: lines.join('\n\n') + '\n',
    };
  });
}

/** Writes generated articles (by default `count` of them) to `dir` as one JSON Lines file, the bulk path of the corpus loader. */
export function writeSyntheticCorpus(dir: string, count: number, articles: SyntheticArticle[] = syntheticArticles(count)): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'synthetic.jsonl');
  writeFileSync(path, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return path;
}
