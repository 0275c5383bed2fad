import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR } from './testServer';

/** A fresh copy of the seed corpus in a temporary folder, for tests that write to the corpus. */
export function tempCorpus(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
