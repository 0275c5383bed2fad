import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeSyntheticCorpus } from '../../src/bench/syntheticCorpus';
import { extractWorkersFrom } from '../../src/parallel/ExtractionPool';
import { SEEDS_DIR } from '../support/testServer';

const root = join(__dirname, '../..');
const run = promisify(execFile);

/** The ontology of `corpus` as `build-ontology --dump` prints it, built on `workers` threads in a real process. */
async function dump(corpus: string, workers: number): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-r', join(root, 'tests/support/registerTs.js'), join(root, 'src/cli/build-ontology.ts'), '--corpus', corpus, '--dump', '--workers', String(workers)],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  return stdout;
}

let corpus: string;
beforeAll(() => {
  // Generated articles (enough for the pool to start two workers), the seeds, and one article that cannot load.
  corpus = mkdtempSync(join(tmpdir(), 'parallel-'));
  writeSyntheticCorpus(corpus, 4_000);
  for (const file of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, file), join(corpus, file));
  writeFileSync(join(corpus, 'broken.txt'), 'date: 2025-99-99\n\nNo date like that.\n');
});
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

test('a build extracted on two worker threads equals the single-threaded build exactly, warnings included', async () => {
  const [threaded, single] = await Promise.all([dump(corpus, 2), dump(corpus, 1)]);
  const ontology = JSON.parse(threaded);
  expect(ontology.sources.length).toBeGreaterThan(4_000);
  expect(ontology.warnings.map((w: { origin: string }) => w.origin)).toEqual([join(corpus, 'broken.txt')]);
  expect(threaded).toEqual(single);
}, 120_000);

test('EXTRACT_WORKERS: one per core by default, a whole number from 1 or a clear error', () => {
  expect(extractWorkersFrom({})).toBeGreaterThanOrEqual(1);
  expect(extractWorkersFrom({ EXTRACT_WORKERS: '3' })).toBe(3);
  expect(() => extractWorkersFrom({ EXTRACT_WORKERS: '0' })).toThrow('EXTRACT_WORKERS must be a whole number from 1 to 256, got "0"');
});
