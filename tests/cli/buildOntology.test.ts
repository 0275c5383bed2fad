import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/build-ontology';
import { resolveCorpusDir } from '../../src/cli/corpusDir';
import { SEEDS_DIR } from '../support/testServer';

let corpus: string;
beforeAll(() => {
  // Two real articles and two broken ones, as a user's folder might hold.
  corpus = mkdtempSync(join(tmpdir(), 'corpus-'));
  copyFileSync(join(SEEDS_DIR, '002_497e42434e3ba65f.txt'), join(corpus, '002_497e42434e3ba65f.txt'));
  copyFileSync(join(SEEDS_DIR, '003_0b1de31f74846667.txt'), join(corpus, '003_0b1de31f74846667.txt'));
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'bad-date.txt'), 'title: Talks\ndate: 2025-13-45\n\nSome body text.\n');
});
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await run(argv, env, process.cwd(), (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

test('--json reports counts per type, per source, and each malformed article by file and reason', async () => {
  const { code, output } = await runCli(['--corpus', corpus, '--json']);

  expect(code).toBe(0);
  const report = JSON.parse(output);
  expect(report.corpus).toBe(corpus);
  expect(report.counts).toEqual(expect.objectContaining({ sources: 2 }));
  expect(Object.keys(report.counts)).toEqual(['sources', 'actors', 'statements', 'meetings', 'agreements', 'discrepancies']);
  expect(report.sources.map((s: any) => s.id)).toEqual(['source:002_497e42434e3ba65f', 'source:003_0b1de31f74846667']);
  expect(report.sources[0]).toEqual(expect.objectContaining({ actors: expect.any(Number), statements: expect.any(Number), wordCount: expect.any(Number) }));
  expect(report.warnings).toEqual([
    { origin: join(corpus, 'bad-date.txt'), reason: 'header "date: 2025-13-45" is not a YYYY-MM-DD date' },
    { origin: join(corpus, 'empty.txt'), reason: 'is empty' },
  ]);
});

test('the text report names the corpus, the counts, each source and each warning', async () => {
  const { code, output } = await runCli(['--corpus', corpus]);

  expect(code).toBe(0);
  expect(output).toContain(`Corpus ${corpus}`);
  expect(output).toMatch(/^2 sources, \d+ actors, \d+ statements, \d+ meetings, \d+ agreements, \d+ discrepancies$/m);
  expect(output).toMatch(/^ {2}source:003_0b1de31f74846667: \d+ words, /m);
  expect(output).toContain('2 warning(s):');
  expect(output).toContain(`  ${join(corpus, 'empty.txt')}: is empty`);
});

test('CORPUS_DIR is used when there is no --corpus flag, and the flag wins over it', async () => {
  expect(JSON.parse((await runCli(['--json'], { CORPUS_DIR: corpus })).output).counts.sources).toBe(2);
  expect(JSON.parse((await runCli(['--json', '--corpus', SEEDS_DIR], { CORPUS_DIR: corpus })).output).counts.sources).toBe(5);
});

test('a missing folder or an unknown flag exits 2 with a usage line', async () => {
  const missing = await runCli(['--corpus', join(corpus, 'nope')]);
  expect(missing.code).toBe(2);
  expect(missing.output).toContain(`corpus folder ${join(corpus, 'nope')} does not exist or is not a folder`);
  expect(missing.output).toContain('usage: npm run build-ontology -- [--corpus DIR] [--json | --dump] [--workers N]');
  expect((await runCli(['--corpus', corpus, '--workers', 'many'])).output).toContain('--workers must be a whole number');

  expect((await runCli(['--corpse', corpus])).code).toBe(2);
});

describe('resolveCorpusDir', () => {
  test('defaults to the repo seeds/ folder wherever the command runs', () => {
    expect(resolveCorpusDir(undefined, {}, tmpdir())).toBe(resolve(SEEDS_DIR));
    expect(resolveCorpusDir(undefined, { CORPUS_DIR: '' }, tmpdir())).toBe(resolve(SEEDS_DIR));
  });

  test('takes a named folder relative to the working directory', () => {
    expect(resolveCorpusDir('seeds', {}, join(SEEDS_DIR, '..'))).toBe(resolve(SEEDS_DIR));
    expect(resolveCorpusDir(undefined, { CORPUS_DIR: '.' }, corpus)).toBe(corpus);
  });

  test('under an npm script, takes it relative to where npm was run (INIT_CWD), not the package root', () => {
    expect(resolveCorpusDir('seeds', { INIT_CWD: join(SEEDS_DIR, '..') }, tmpdir())).toBe(resolve(SEEDS_DIR));
  });

  test('refuses a file', () => {
    expect(() => resolveCorpusDir(join(corpus, 'empty.txt'), {}, '/')).toThrow(/is not a folder/);
  });
});
