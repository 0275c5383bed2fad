import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { Corpus } from '../corpus/types';
import { extractCorpusInTurns, recordExtraction, startExtracting, type ExtractedCorpus, type ExtractionResult } from '../pipeline';

/**
 * Below this many articles per worker, starting workers costs more than it saves: each loads the NLP model and
 * runs its first thousand articles or so cold, before V8 has optimised the extractor, and on two cores the
 * optimising compiler has no core of its own while both workers run. Measured on 2 cores: 2,000 articles on
 * two fresh workers took 1.5× the warm main thread's time; 5,000 took 0.93×; a pool already warm, 0.57×.
 */
const ARTICLES_PER_WORKER_WORTH_IT = 2_000;
/** Articles sent to a worker at once: one message per article cost a third of the work in messaging. */
const BATCH = 32;

/** EXTRACT_WORKERS: how many worker threads extract a corpus; one per core by default, 1 for the main thread only. */
export function extractWorkersFrom(env: NodeJS.ProcessEnv): number {
  const value = env.EXTRACT_WORKERS;
  if (value === undefined || value === '') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new Error(`EXTRACT_WORKERS must be a whole number from 1 to 256, got "${value}"`);
  return n;
}

/**
 * corpus → nlp → extract on a pool of worker threads. Articles are extracted in any order but recorded in corpus
 * order, so what the merge receives equals extractCorpus's output exactly. Corpora of fewer than
 * ARTICLES_PER_WORKER_WORTH_IT articles per worker stay on the main thread.
 */
export async function extractCorpusInParallel(corpus: Corpus, workers: number): Promise<ExtractedCorpus> {
  const threads = Math.min(workers, Math.floor(corpus.articles.length / ARTICLES_PER_WORKER_WORTH_IT));
  if (threads < 2) return extractCorpusInTurns(corpus);
  // Run from the sources (tests/support/registerTs.js), the worker is the .ts file and inherits that require hook.
  const filename = join(__dirname, `extractionWorker${__filename.endsWith('.ts') ? '.ts' : '.js'}`);
  const pool = new Piscina({ filename, minThreads: threads, maxThreads: threads });
  try {
    const batches: Promise<ExtractionResult[]>[] = [];
    for (let i = 0; i < corpus.articles.length; i += BATCH) batches.push(pool.run(corpus.articles.slice(i, i + BATCH)));
    const results = (await Promise.all(batches)).flat();
    const extracted = startExtracting(corpus);
    corpus.articles.forEach((article, i) => recordExtraction(article, results[i], extracted));
    return extracted;
  } finally {
    await pool.destroy();
  }
}
