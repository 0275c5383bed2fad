import { mkdir, open, rename, rm } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLineOf } from '../corpus/articleInput';
import { ADDED_DIR } from '../corpus/loadCorpus';
import type { Article } from '../corpus/types';

/*
 * Articles added through the API are kept in the corpus folder, under added/, one JSON Lines file each, named
 * `<sequence>_<id>.jsonl` so that the loader reads them after the rest of the folder and in the order they
 * were added: a restart then merges exactly what the running service merged, in the same order.
 */

const SEQUENCE = /^(\d+)_/;

function sequenceOf(file: string): number {
  return Number(SEQUENCE.exec(file)?.[1] ?? 0);
}

/** The sequence number the next added article gets: one more than any in added/. */
export function nextSequence(corpusDir: string): number {
  const dir = join(corpusDir, ADDED_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return 1;
  return readdirSync(dir).reduce((max, file) => Math.max(max, sequenceOf(file)), 0) + 1;
}

/** Where the article with `sequence` is kept; also the origin its loader gives it (with `:1`, its line). */
export function addedArticlePath(corpusDir: string, sequence: number, id: string): string {
  return join(corpusDir, ADDED_DIR, `${String(sequence).padStart(8, '0')}_${id}.jsonl`);
}

/**
 * Writes `article` to `path` so that the file is either whole or absent: first to a temporary name (which the
 * loader ignores), flushed to disk, then renamed into place. On failure the temporary file is removed and the
 * error thrown, so the caller can leave the ontology as it was.
 */
export async function writeArticleFile(path: string, article: Article): Promise<void> {
  const dir = join(path, '..');
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${process.pid}-${Date.now()}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(`${jsonLineOf(article)}\n`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
