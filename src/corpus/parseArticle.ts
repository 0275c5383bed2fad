import type { Article } from './types';

/** ` date 2025-04-12 ` at the very start of the file, as some feeds prepend it. */
const DATE_MARKER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+/;
/** `key: value` — a short single-word key, as in `url:`, `outlet:`, `title:`, `date:`. */
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,30}):[ \t]*(.*?)[ \t]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN_KEYS = new Set(['url', 'outlet', 'title', 'date', 'id']);

/**
 * The longest line an article may hold, in characters. A paragraph of news runs to a few hundred; the limit
 * bounds extraction time, which grows with a line's length times the sentences on it (an article that is one
 * 128 KiB line of short sentences took 72 s; within this limit the slowest 128 KiB article tried takes 6–8 s).
 */
export const MAX_LINE_CHARS = 8192;

export class ArticleFormatError extends Error {}

/** Length of the longest line (split at \n, as the extractor splits them). */
export function longestLine(text: string): number {
  let longest = 0;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    longest = Math.max(longest, end - start);
    start = end + 1;
  }
  return longest;
}

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

interface Header {
  fields: Record<string, string>;
  bodyStart: number;
}

/**
 * Reads `key: value` lines from the start of the file up to the first blank line.
 * Only a block that is entirely header lines and is closed by a blank line counts, so an article whose
 * first sentence happens to contain a colon is never mistaken for a header.
 */
function readHeaderBlock(raw: string): Header | undefined {
  const fields: Record<string, string> = {};
  let pos = 0;
  let lines = 0;
  while (pos < raw.length) {
    const nl = raw.indexOf('\n', pos);
    const lineEnd = nl === -1 ? raw.length : nl;
    const line = raw.slice(pos, lineEnd).replace(/\r$/, '');
    if (line.trim() === '') {
      if (lines === 0) return undefined;
      return { fields, bodyStart: nl === -1 ? raw.length : nl + 1 };
    }
    const m = HEADER_LINE.exec(line);
    if (!m) return undefined;
    fields[m[1].toLowerCase()] = m[2];
    lines++;
    if (nl === -1) return undefined;
    pos = nl + 1;
  }
  return undefined;
}

/**
 * Splits a raw article into metadata and body. The body is kept exactly as it stands in the file
 * (offsets into it are the provenance of every fact), except for leading blank lines after a header.
 */
export function parseArticle(id: string, origin: string, raw: string): Article {
  if (raw.includes('\u0000')) throw new ArticleFormatError('contains NUL bytes (binary file?)');
  let bodyStart = 0;
  const metadata: Record<string, string> = {};
  let publishedAt: string | undefined;
  let title: string | undefined;
  let outlet: string | undefined;
  let url: string | undefined;

  const marker = DATE_MARKER.exec(raw);
  if (marker) {
    if (!isValidIsoDate(marker[1])) throw new ArticleFormatError(`date marker "${marker[1]}" is not a valid date`);
    publishedAt = marker[1];
    bodyStart = marker[0].length;
  } else {
    const header = readHeaderBlock(raw);
    if (header) {
      bodyStart = header.bodyStart;
      for (const [key, value] of Object.entries(header.fields)) {
        if (!KNOWN_KEYS.has(key)) metadata[key] = value;
      }
      const f = header.fields;
      if (f.date !== undefined) {
        const day = f.date.slice(0, 10);
        if (!isValidIsoDate(day)) throw new ArticleFormatError(`header "date: ${f.date}" is not a YYYY-MM-DD date`);
        publishedAt = day;
      }
      title = f.title || undefined;
      outlet = f.outlet || undefined;
      url = f.url || undefined;
    }
  }
  while (bodyStart < raw.length && (raw[bodyStart] === '\n' || raw[bodyStart] === '\r')) bodyStart++;
  const text = raw.slice(bodyStart);
  if (text.trim() === '') throw new ArticleFormatError('has no body text');
  const line = longestLine(text);
  if (line > MAX_LINE_CHARS) {
    throw new ArticleFormatError(`has a line of ${line} characters, over the limit of ${MAX_LINE_CHARS} (paragraphs must be on lines of their own)`);
  }
  return { id, origin, text, title, outlet, url, publishedAt, metadata };
}
