import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/loadCorpus';
import type { Ontology, ReportSpan } from '../../src/ontology/types';
import { buildOntology } from '../../src/pipeline';

/**
 * Bad articles, tried for real: each is written between two good articles in a corpus folder, and the folder
 * is loaded and extracted as the service does. Loading must not throw, each article must take bounded time,
 * a bad article is either loaded or reported by file name and reason (never both, never neither), the good
 * ones still load with their statement, and every report points at its excerpt in the text.
 */

const SEED = 20_260_521;
const GOOD = `title: Talks in St Petersburg
date: 2025-04-11

US envoy Steve Witkoff met Russian President Vladimir Putin in St Petersburg on Friday. "The talks were productive," Kremlin envoy Kirill Dmitriev said after the meeting.
`;
/** Random articles are at most a few KB: each must be done well within this. */
const RANDOM_ARTICLE_MS = 2_000;
/** Articles up to the size and line limits: the slowest measured about 8 s on 2 cores. */
const WORST_ARTICLE_MS = 15_000;

interface Outcome {
  name: string;
  loaded: boolean;
  reason?: string;
  ms: number;
  ontology: Ontology;
}

const tally = { runs: 0, loaded: 0, reported: 0, slowestMs: 0, slowest: '' };

function allReports(o: Ontology): ReportSpan[] {
  return [
    ...o.actors.flatMap((n) => n.reports),
    ...o.statements.flatMap((n) => n.reports),
    ...o.meetings.flatMap((n) => n.reports),
    ...o.agreements.flatMap((n) => n.reports),
    ...o.discrepancies.flatMap((d) => d.values.flatMap((v) => v.reports)),
  ];
}

/** Loads a folder holding `a_good.txt`, the article under test, and `z_good.txt`, and checks the invariants. */
function loadBetweenGood(name: string, write: (path: string) => void): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
  try {
    writeFileSync(join(dir, 'a_good.txt'), GOOD);
    writeFileSync(join(dir, 'z_good.txt'), GOOD);
    write(join(dir, `${name}.txt`));

    const started = performance.now();
    const ontology = buildOntology(loadCorpus(dir));
    const ms = performance.now() - started;

    const ids = ontology.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['source:a_good', 'source:z_good']));
    const productive = ontology.statements.find((s) => s.text === 'The talks were productive');
    expect(productive?.reports.map((r) => r.sourceId)).toEqual(expect.arrayContaining(['source:a_good', 'source:z_good']));

    const warnings = ontology.warnings.filter((w) => basename(w.origin) === `${name}.txt`);
    const loaded = ids.includes(`source:${name}`);
    expect(warnings.length + (loaded ? 1 : 0)).toBe(1);
    expect(ontology.warnings).toHaveLength(warnings.length);
    const reason = warnings[0]?.reason;
    if (reason !== undefined) {
      expect(reason).toMatch(/\S/);
      expect(reason).not.toMatch(/\n\s+at /);
    }

    const textOf = new Map(ontology.sources.map((s) => [s.id, s.text]));
    for (const report of allReports(ontology)) expect(textOf.get(report.sourceId)?.slice(report.start, report.end)).toBe(report.excerpt);

    tally.runs++;
    if (loaded) tally.loaded++;
    else tally.reported++;
    if (ms > tally.slowestMs) Object.assign(tally, { slowestMs: ms, slowest: name });
    return { name, loaded, reason, ms, ontology };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const withContent = (content: string | Uint8Array) => (path: string) => writeFileSync(path, content);

afterAll(() => {
  console.log(
    `article fuzzing: ${tally.runs} bad articles tried, ${tally.loaded} loaded, ${tally.reported} reported; ` +
      `slowest ${tally.slowest} at ${Math.round(tally.slowestMs)} ms`,
  );
});

describe('properties (fast-check, fixed seed)', () => {
  const run = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

  test('random bytes: loaded or reported, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 4096 }), (bytes) => {
        const outcome = loadBetweenGood('random-bytes', withContent(bytes));
        expect(outcome.ms).toBeLessThan(RANDOM_ARTICLE_MS);
      }),
      run(100),
    );
  });

  test('random Unicode text (valid UTF-8 of any code points) goes through extraction', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        const outcome = loadBetweenGood('random-text', withContent(text));
        if (!outcome.loaded) expect(outcome.reason).toMatch(/^(is empty|has no body text|contains NUL bytes \(binary file\?\))$/);
        expect(outcome.ms).toBeLessThan(RANDOM_ARTICLE_MS);
      }),
      run(100),
    );
  });

  test('invalid UTF-8 anywhere in good text is reported as such', () => {
    const invalid = fc.constantFrom([0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]);
    fc.assert(
      fc.property(fc.nat({ max: GOOD.length }), invalid, (at, sequence) => {
        const bytes = Buffer.concat([Buffer.from(GOOD.slice(0, at)), Buffer.from(sequence), Buffer.from(GOOD.slice(at))]);
        expect(loadBetweenGood('invalid-utf8', withContent(bytes)).reason).toBe('is not valid UTF-8');
      }),
      run(50),
    );
  });

  test('unbalanced, nested and unclosed quotes of every kind', () => {
    const token = fc.constantFrom('"', '“', '”', "'", '‘', '’', '«', '»', '„', 'Putin', 'Witkoff', 'said', 'the talks', 'were', 'productive', '.', ',', ' ', ' ', '\n', '\n\n');
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 400 }), (tokens) => {
        const text = `Steve Witkoff met Vladimir Putin. ${tokens.join(' ')}`;
        const outcome = loadBetweenGood('quotes', withContent(text));
        expect(outcome.loaded).toBe(true);
        expect(outcome.ms).toBeLessThan(RANDOM_ARTICLE_MS);
      }),
      run(100),
    );
  });

  test('odd date headers: a YYYY-MM-DD day (then anything) is taken, anything else is reported with the header', () => {
    const day = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
    const value = fc.oneof(
      day,
      fc.tuple(day, fc.constantFrom('T10:00:00Z', ' 10:00', 'T25:99', '', 'Z', ' (Friday)')).map(([d, rest]) => d + rest),
      fc.constantFrom('', 'yesterday', '11 April 2025', '2025/04/11', '04-11-2025', '2025-4-11', '20250411', '٢٠٢٥-٠٤-١١', '2025-04-11\u0085'),
      fc.string({ maxLength: 20 }).filter((s) => !s.includes('\n')),
    );
    fc.assert(
      fc.property(value, (date) => {
        const outcome = loadBetweenGood('dated', withContent(`title: Talks\ndate: ${date}\n\nThe talks went on.\n`));
        const dayPart = date.trim().slice(0, 10);
        const parsed = new Date(`${dayPart}T00:00:00Z`);
        const valid = /^\d{4}-\d{2}-\d{2}$/.test(dayPart) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === dayPart;
        if (valid) {
          expect(outcome.ontology.sources.find((s) => s.id === 'source:dated')?.publishedAt).toBe(dayPart);
        } else {
          expect(outcome.reason).toMatch(/^header "date: .*" is not a YYYY-MM-DD date$/s);
        }
      }),
      run(100),
    );
  });

  test('headers only, with and without the closing blank line', () => {
    const header = fc.tuple(fc.constantFrom('title', 'url', 'outlet', 'author', 'id'), fc.string({ maxLength: 30 }).filter((s) => !/[\r\n]/.test(s)));
    fc.assert(
      fc.property(fc.array(header, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '\n', '\n\n', '\r\n\r\n'), (fields, end) => {
        const text = fields.map(([k, v]) => `${k}: ${v}`).join('\n') + end;
        const outcome = loadBetweenGood('headers-only', withContent(text));
        // A closed header block leaves no body; an unclosed one is read as the body itself.
        if (!outcome.loaded) expect(outcome.reason).toBe('has no body text');
      }),
      run(50),
    );
  });
});

describe('each bad-article class, once, with its reason', () => {
  const cases: [string, (path: string) => void, string | null][] = [
    ['zero-bytes', withContent(''), 'is empty'],
    ['ten-megabytes', withContent(Buffer.alloc(10 * 1024 * 1024, 'a')), `is 10485760 bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`],
    ['one-byte-over', withContent(Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a')), `is ${MAX_ARTICLE_BYTES + 1} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`],
    ['nul-bytes', withContent('Talks.\u0000\u0000 More talks.'), 'contains NUL bytes (binary file?)'],
    ['lone-continuation-byte', withContent(Buffer.from([0x54, 0x80, 0x54])), 'is not valid UTF-8'],
    ['utf16-with-bom', withContent(Buffer.from('\ufeffTalks went on.', 'utf16le')), 'is not valid UTF-8'],
    ['bom-only', withContent('\ufeff'), 'has no body text'],
    ['whitespace-only', withContent(' \n\t\r\n  \n'), 'has no body text'],
    ['only-headers', withContent('title: Talks\nurl: https://example.org/talks\ndate: 2025-04-11\n\n'), 'has no body text'],
    ['impossible-date', withContent('title: Talks\ndate: 2025-02-30\n\nBody.\n'), 'header "date: 2025-02-30" is not a YYYY-MM-DD date'],
    ['empty-date', withContent('title: Talks\ndate:\n\nBody.\n'), 'header "date: " is not a YYYY-MM-DD date'],
    ['bad-date-marker', withContent(' date 2025-13-01 Body text.'), 'date marker "2025-13-01" is not a valid date'],
    ['date-marker-only', withContent(' date 2025-04-11 '), 'has no body text'],
    ['a-folder', (path) => mkdirSync(path), 'is not a regular file'],
    ['link-to-dev-zero', (path) => symlinkSync('/dev/zero', path), 'is not a regular file'],
    ['dangling-link', (path) => symlinkSync(join(tmpdir(), 'no-such-article-anywhere'), path), null],
    ['never-closed-quote', withContent(`Putin said "${`${'the talks were long and the ceasefire is near. '.repeat(20)}\n`.repeat(20)}`), null],
    ['hundred-thousand-quotes-on-one-line', withContent('"'.repeat(100_000)), null],
    ['hundred-thousand-quotes', withContent(`${'"""" '.repeat(1_000)}\n`.repeat(25)), null],
    ['forty-thousand-curly-quotes', withContent(`${'“”“” '.repeat(1_000)}\n`.repeat(10)), null],
    ['ten-thousand-single-quotes', withContent(`${"'a' ".repeat(1_000)}\n`.repeat(10)), null],
    ['a-thousand-quotations', withContent('He said "the talks were productive".\n'.repeat(1_000)), null],
    ['a-thousand-single-quotations', withContent("He said 'the talks were productive'.\n".repeat(1_000)), null],
    ['a-hundred-thousand-newlines', withContent(`Talks.${'\n'.repeat(100_000)}More talks.`), null],
    ['one-long-word', withContent('a'.repeat(MAX_ARTICLE_BYTES)), null],
    ['base64-blob', withContent(`Talks went on.\n\n${Buffer.alloc(9000, 7).toString('base64')}\n`), null],
    ['an-article-on-one-line', withContent('The talks were long and the ceasefire is near, Putin said. '.repeat(200)), null],
  ];

  test.each(cases)('%s', (name, write, reason) => {
    const outcome = loadBetweenGood(name, write);

    if (reason === null) {
      expect(outcome.reason === undefined || /ENOENT/.test(outcome.reason)).toBe(true);
    } else {
      expect(outcome.reason).toBe(reason);
    }
    expect(outcome.ms).toBeLessThan(WORST_ARTICLE_MS);
  });

  test('a FIFO is reported, not read (reading one would block forever)', () => {
    const made = { ok: false };
    const outcome = loadBetweenGood('a-fifo', (path) => {
      made.ok = spawnSync('mkfifo', [path]).status === 0;
      if (!made.ok) writeFileSync(path, '');
    });
    expect(outcome.reason).toBe(made.ok ? 'is not a regular file' : 'is empty');
  });
});

describe('the slowest articles the size limit lets through', () => {
  /** `unit` repeated to the size limit, on one line (as scraped articles often are) or on lines of `lineChars`. */
  const fill = (unit: string, lineChars = Infinity) => {
    const perLine = Math.max(1, Math.min(Math.floor((MAX_ARTICLE_BYTES - 1025) / Buffer.byteLength(unit)), Math.floor(lineChars / unit.length)));
    const line = unit.repeat(perLine);
    return Array.from({ length: Math.floor((MAX_ARTICLE_BYTES - 1024) / (Buffer.byteLength(line) + 1)) }, () => line).join('\n');
  };

  test.each([
    ['the most sentences on one line ("Ok. " × 130,000)', fill('Ok. ')],
    ['attributed speech on one line', fill('The talks were long and the ceasefire is near, Putin said. ')],
    ['a quote per sentence, one a line', fill('He said "the talks were productive". ', 40)],
    ['a quote that never closes, over every line', `Putin said "${fill('the talks were long and the ceasefire is near. ', 400)}`],
    ['an apostrophe every 14 characters', fill('Russia’s envoy didn’t come. ', 2000)],
  ])('%s: loads in bounded time', (what, text) => {
    const outcome = loadBetweenGood('at-the-limit', withContent(text));

    expect(outcome.loaded).toBe(true);
    expect(outcome.ms).toBeLessThan(WORST_ARTICLE_MS);
    console.log(`${what}: ${Math.round(outcome.ms)} ms`);
  });
});
