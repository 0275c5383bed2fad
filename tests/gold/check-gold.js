#!/usr/bin/env node
/*
 * Validates a gold file against the articles it describes.
 *
 *   node tests/gold/check-gold.js tests/gold/seeds.gold.json [more.gold.json ...] [--strict]
 *
 * For every gold file:
 *  - the corpus folder exists and every `source` names a `<source>.txt` file in it;
 *  - every quote `text`, nonSpeechQuote `text` and report `anchor` occurs in the article BODY
 *    (the text after a leading ` date YYYY-MM-DD ` marker or `key: value` header block, exactly as
 *    src/corpus/parseArticle.ts cuts it), and:
 *      * if it occurs more than once, an `occurrence` must be given (1-based, counted over all
 *        substring matches, overlapping allowed) and must be <= the number of matches;
 *  - every quote / nonSpeechQuote occurrence is immediately enclosed by quote marks
 *    (" “ ” ‘ ’ ' or AP-style '' ) or, for a multi-paragraph quote, starts after an opening mark;
 *  - enum values (statement kind, meeting kind, agreement status, discrepancy kind) are valid;
 *  - keys are unique; discrepancy subjects name a meeting/agreement key or an actor that appears as a
 *    speaker / participant / party (or that occurs in the texts); dates are YYYY-MM-DD or YYYY-MM;
 *  - no entity lists the same report twice;
 *  - every quote with a speaker is covered by some statement report in the same source whose anchor
 *    overlaps the quote's sentence (warning only);
 *  - every quoted span a simple scanner finds in the articles is listed either in `quotes` or in
 *    `nonSpeechQuotes` (warning; an error with --strict).
 * Prints every problem and exits 1 if there is any error.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const DATE_MARKER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+/;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,30}):[ \t]*(.*?)[ \t]*$/;

/** Mirrors src/corpus/parseArticle.ts: returns { body, meta }. */
function splitArticle(raw) {
  raw = raw.replace(/^\uFEFF/, '');
  const meta = {};
  let bodyStart = 0;
  const marker = DATE_MARKER.exec(raw);
  if (marker) {
    meta.date = marker[1];
    bodyStart = marker[0].length;
  } else {
    let pos = 0;
    let lines = 0;
    const fields = {};
    while (pos < raw.length) {
      const nl = raw.indexOf('\n', pos);
      const lineEnd = nl === -1 ? raw.length : nl;
      const line = raw.slice(pos, lineEnd).replace(/\r$/, '');
      if (line.trim() === '') {
        if (lines > 0) {
          Object.assign(meta, fields);
          bodyStart = nl === -1 ? raw.length : nl + 1;
        }
        break;
      }
      const m = HEADER_LINE.exec(line);
      if (!m || nl === -1) break;
      fields[m[1].toLowerCase()] = m[2];
      lines++;
      pos = nl + 1;
    }
  }
  while (bodyStart < raw.length && (raw[bodyStart] === '\n' || raw[bodyStart] === '\r')) bodyStart++;
  return { body: raw.slice(bodyStart), meta };
}

function allIndexes(hay, needle) {
  const out = [];
  if (!needle) return out;
  let i = hay.indexOf(needle);
  while (i !== -1) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

const OPEN_MARKS = ['"', '\u201c', '\u2018', "'", '\u201d', '\u2019'];
const CLOSE_MARKS = ['"', '\u201d', '\u2019', "'", '\u201c', '\u2018'];

/** Scans a text for quoted spans: double quotes (straight/curly, incl. multi-paragraph), curly single, British straight single, AP ''..''. */
function scanQuotes(text) {
  const found = [];
  // AP style: ''like this''
  for (const m of text.matchAll(/''([^'\n](?:[^\n]*?[^'\n])?)''/g)) found.push({ text: m[1], index: m.index + 2 });
  // curly double quotes (allow paragraphs that reopen with “ and no close mark)
  for (const m of text.matchAll(/\u201c([^\u201c\u201d]*)\u201d/g)) found.push({ text: m[1], index: m.index + 1 });
  // straight double quotes, paired within a paragraph
  for (const para of paragraphs(text)) {
    const re = /"([^"\n]*)"/g;
    let m;
    while ((m = re.exec(para.text))) found.push({ text: m[1], index: para.start + m.index + 1 });
  }
  // single quotes: an opening mark not preceded by a letter/digit, a closing mark not followed by a letter
  const single = /(^|[^\p{L}\p{N}'\u2019])['\u2018](?!')([^'\u2018\u2019\n]*?(?:['\u2019][\p{L}][^'\u2018\u2019\n]*?)*)['\u2019](?![\p{L}\p{N}'])/gu;
  for (const m of text.matchAll(single)) {
    const inner = m[2];
    if (!inner.trim() || /^s\b/.test(inner)) continue;
    found.push({ text: inner, index: m.index + m[1].length + 1 });
  }
  return found;
}

function paragraphs(text) {
  const out = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, start });
    start += line.length + 1;
  }
  return out;
}

const STATEMENT_KINDS = new Set(['DIRECT_QUOTE', 'PARAPHRASE']);
const MEETING_KINDS = new Set(['MEETING', 'CALL']);
const STATUSES = new Set(['PROPOSED', 'AGREED', 'IMPLEMENTED', 'REJECTED', 'CONDITIONAL']);
const DISC_KINDS = new Set(['VARIANT', 'CONFLICT']);
const DATE_RE = /^\d{4}-\d{2}(-\d{2})?$/;

function checkFile(goldPath, strict) {
  const errors = [];
  const warnings = [];
  const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
  const repoRoot = path.resolve(__dirname, '..', '..');
  const corpusDir = path.resolve(repoRoot, gold.corpus || '');
  if (!gold.corpus || !fs.existsSync(corpusDir)) {
    errors.push(`corpus folder "${gold.corpus}" not found`);
    return { errors, warnings, gold };
  }
  const articles = {};
  for (const f of fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()) {
    articles[path.basename(f, '.txt')] = splitArticle(fs.readFileSync(path.join(corpusDir, f), 'utf8'));
  }

  /** Resolves a {source, text|anchor, occurrence} to a start offset or records an error. */
  function locate(where, source, needle, occurrence) {
    if (!articles[source]) {
      errors.push(`${where}: unknown source "${source}"`);
      return -1;
    }
    if (typeof needle !== 'string' || needle.length === 0) {
      errors.push(`${where}: empty text/anchor`);
      return -1;
    }
    const idx = allIndexes(articles[source].body, needle);
    if (idx.length === 0) {
      errors.push(`${where}: ${JSON.stringify(needle)} does not occur in ${source}`);
      return -1;
    }
    if (occurrence === undefined) {
      if (idx.length > 1) {
        errors.push(`${where}: ${JSON.stringify(needle)} occurs ${idx.length}x in ${source}; give "occurrence"`);
        return -1;
      }
      return idx[0];
    }
    if (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > idx.length) {
      errors.push(`${where}: occurrence ${occurrence} of ${JSON.stringify(needle)} but it occurs ${idx.length}x in ${source}`);
      return -1;
    }
    return idx[occurrence - 1];
  }

  function checkEnclosed(where, source, start, text) {
    const body = articles[source].body;
    const before = body[start - 1];
    const after = body[start + text.length];
    const lastIn = text[text.length - 1];
    const openOk = OPEN_MARKS.includes(before);
    // A multi-paragraph quote legitimately has no mark after a paragraph; we require one at the very end.
    let closeOk = CLOSE_MARKS.includes(after);
    if (!closeOk && after === '\n') {
      // multi-paragraph quote: the paragraph ends without a closing mark and the next one reopens the quote
      let k = start + text.length;
      while (body[k] === '\n' || body[k] === '\r') k++;
      closeOk = ['"', '\u201c', '\u2018', "'"].includes(body[k]);
    }
    if (!openOk || !closeOk) {
      errors.push(`${where}: ${JSON.stringify(text.length > 50 ? text.slice(0, 50) + '…' : text)} in ${source} is not enclosed by quote marks (before=${JSON.stringify(before)}, after=${JSON.stringify(after)}, last=${JSON.stringify(lastIn)})`);
    }
  }

  const quoteSpans = {}; // source -> [{start,end,speaker}]
  const listed = {}; // source -> Set of "start:len"
  const mark = (src, start, len) => {
    (listed[src] = listed[src] || new Set()).add(`${start}:${len}`);
  };

  (gold.quotes || []).forEach((q, i) => {
    const where = `quotes[${i}]`;
    if (!q.speaker) errors.push(`${where}: missing speaker`);
    const s = locate(where, q.source, q.text, q.occurrence);
    if (s >= 0) {
      checkEnclosed(where, q.source, s, q.text);
      (quoteSpans[q.source] = quoteSpans[q.source] || []).push({ start: s, end: s + q.text.length, speaker: q.speaker, text: q.text });
      mark(q.source, s, q.text.length);
    }
  });
  (gold.nonSpeechQuotes || []).forEach((q, i) => {
    const where = `nonSpeechQuotes[${i}]`;
    const s = locate(where, q.source, q.text, q.occurrence);
    if (s >= 0) {
      checkEnclosed(where, q.source, s, q.text);
      mark(q.source, s, q.text.length);
    }
  });
  // duplicates between the two lists
  const seenSpan = new Map();
  for (const [list, arr] of [['quotes', gold.quotes || []], ['nonSpeechQuotes', gold.nonSpeechQuotes || []]]) {
    arr.forEach((q, i) => {
      const k = `${q.source}|${q.text}|${q.occurrence || 1}`;
      if (seenSpan.has(k)) errors.push(`${list}[${i}]: duplicate of ${seenSpan.get(k)}`);
      else seenSpan.set(k, `${list}[${i}]`);
    });
  }

  const reportSpans = {}; // source -> [{start,end,key}]
  function checkReports(where, reports, key) {
    if (!Array.isArray(reports) || reports.length === 0) {
      errors.push(`${where}: no reports`);
      return;
    }
    const seenReports = new Set();
    reports.forEach((r, j) => {
      const rk = `${r.source}|${r.anchor}|${r.occurrence || 1}`;
      if (seenReports.has(rk)) errors.push(`${where}.reports[${j}]: duplicate report ${JSON.stringify(r.anchor)}`);
      seenReports.add(rk);
      const s = locate(`${where}.reports[${j}]`, r.source, r.anchor, r.occurrence);
      if (s >= 0) (reportSpans[r.source] = reportSpans[r.source] || []).push({ start: s, end: s + r.anchor.length, key });
    });
  }

  const keys = new Set();
  const actors = new Set();
  const useKey = (where, key) => {
    if (!key) errors.push(`${where}: missing key`);
    else if (keys.has(key)) errors.push(`${where}: duplicate key "${key}"`);
    else keys.add(key);
  };
  const checkDate = (where, d) => {
    if (d !== undefined && !DATE_RE.test(d)) errors.push(`${where}: date "${d}" is not YYYY-MM-DD or YYYY-MM`);
  };

  const statementSpeakers = new Map();
  (gold.statements || []).forEach((s, i) => {
    const where = `statements[${i}] (${s.key})`;
    useKey(where, s.key);
    if (!s.speaker) errors.push(`${where}: missing speaker`);
    actors.add(s.speaker);
    statementSpeakers.set(s.key, s.speaker);
    if (!STATEMENT_KINDS.has(s.kind)) errors.push(`${where}: bad kind "${s.kind}"`);
    if (!s.summary) errors.push(`${where}: missing summary`);
    checkDate(where, s.date);
    checkReports(where, s.reports, s.key);
  });
  (gold.meetings || []).forEach((m, i) => {
    const where = `meetings[${i}] (${m.key})`;
    useKey(where, m.key);
    if (!Array.isArray(m.participants) || m.participants.length === 0) errors.push(`${where}: no participants`);
    (m.participants || []).forEach((p) => actors.add(p));
    if (!MEETING_KINDS.has(m.kind)) errors.push(`${where}: bad kind "${m.kind}"`);
    if (typeof m.happened !== 'boolean') errors.push(`${where}: "happened" must be true/false`);
    checkDate(where, m.date);
    checkReports(where, m.reports, m.key);
  });
  (gold.agreements || []).forEach((a, i) => {
    const where = `agreements[${i}] (${a.key})`;
    useKey(where, a.key);
    if (!Array.isArray(a.parties) || a.parties.length === 0) errors.push(`${where}: no parties`);
    (a.parties || []).forEach((p) => actors.add(p));
    if (!STATUSES.has(a.status)) errors.push(`${where}: bad status "${a.status}"`);
    if (!a.kind) errors.push(`${where}: missing kind`);
    checkDate(where, a.date);
    checkReports(where, a.reports, a.key);
  });
  (gold.quotes || []).forEach((q) => actors.add(q.speaker));
  const allBodies = Object.values(articles).map((a) => a.body).join('\n');
  (gold.discrepancies || []).forEach((d, i) => {
    const where = `discrepancies[${i}] (${d.subject}/${d.field})`;
    if (!keys.has(d.subject) && !actors.has(d.subject) && !allBodies.includes(d.subject)) {
      errors.push(`${where}: subject is neither a key nor a known actor`);
    }
    if (!d.field) errors.push(`${where}: missing field`);
    if (!DISC_KINDS.has(d.kind)) errors.push(`${where}: bad kind "${d.kind}"`);
    if (!Array.isArray(d.values) || d.values.length < 2) errors.push(`${where}: needs at least two values`);
    (d.values || []).forEach((v, j) => {
      if (!v.value) errors.push(`${where}.values[${j}]: missing value`);
      (v.sources || []).forEach((src) => {
        if (!articles[src]) errors.push(`${where}.values[${j}]: unknown source "${src}"`);
      });
      if (!v.sources || v.sources.length === 0) errors.push(`${where}.values[${j}]: no sources`);
    });
  });

  // Each speech quote should be inside (or in the same sentence as) a statement report by the same speaker.
  const speakerOf = (key) => statementSpeakers.get(key);
  for (const [src, spans] of Object.entries(quoteSpans)) {
    const body = articles[src].body;
    for (const q of spans) {
      const reps = (reportSpans[src] || []).filter((r) => speakerOf(r.key) === q.speaker);
      const sentence = sentenceAround(body, q.start, q.end);
      const covered = reps.some((r) => r.start < sentence.end && r.end > sentence.start);
      if (!covered) warnings.push(`quote ${JSON.stringify(q.text.slice(0, 40))} (${q.speaker}) in ${src} has no statement report by that speaker near it`);
    }
  }

  // Completeness: every scanned quoted span must be classified.
  for (const [src, art] of Object.entries(articles)) {
    const set = listed[src] || new Set();
    for (const f of scanQuotes(art.body)) {
      const inner = f.text;
      if (set.has(`${f.index}:${inner.length}`)) continue;
      // accept listing that covers the span (e.g. multi-paragraph quote listed piecewise or as a whole)
      const covered = [...set].some((k) => {
        const [s, l] = k.split(':').map(Number);
        return s <= f.index && s + l >= f.index + inner.length;
      });
      if (covered) continue;
      const msg = `${src}: quoted span ${JSON.stringify(inner.length > 60 ? inner.slice(0, 60) + '…' : inner)} is in neither quotes nor nonSpeechQuotes`;
      if (strict) errors.push(msg);
      else warnings.push(msg);
    }
  }
  return { errors, warnings, gold };
}

/** Rough sentence bounds (for the coverage warning only): extends across quotes to . ! ? followed by space/newline. */
function sentenceAround(text, start, end) {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !/[.!?]["\u201d\u2019']?\s$/.test(text.slice(Math.max(0, s - 3), s))) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && !/^[.!?]["\u201d\u2019']?\s/.test(text.slice(e, e + 3))) e++;
  return { start: s, end: Math.min(text.length, e + 2) };
}

function main() {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: node tests/gold/check-gold.js <gold.json> [...] [--strict]');
    process.exit(2);
  }
  let failed = false;
  for (const f of files) {
    let res;
    try {
      res = checkFile(path.resolve(f), strict);
    } catch (e) {
      console.log(`${f}: cannot check: ${e.message}`);
      failed = true;
      continue;
    }
    const { errors, warnings, gold } = res;
    for (const w of warnings) console.log(`${f}: warning: ${w}`);
    for (const e of errors) console.log(`${f}: ERROR: ${e}`);
    const n = (k) => (gold && Array.isArray(gold[k]) ? gold[k].length : 0);
    console.log(
      `${f}: ${errors.length ? 'FAILED' : 'OK'} — ${n('quotes')} quotes, ${n('nonSpeechQuotes')} non-speech quotes, ${n('statements')} statements, ` +
        `${n('meetings')} meetings, ${n('agreements')} agreements, ${n('discrepancies')} discrepancies; ${errors.length} errors, ${warnings.length} warnings`,
    );
    if (errors.length) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

if (require.main === module) main();
module.exports = { splitArticle, scanQuotes, checkFile };
