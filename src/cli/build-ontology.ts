import { parseArgs } from 'node:util';
import { countsBySource, countsByType } from '../ontology/summary';
import { loadCorpus } from '../corpus/loadCorpus';
import { mergeExtractions } from '../merge/mergeExtractions';
import { OntologyStore } from '../ontology/OntologyStore';
import { extractCorpusInParallel, extractWorkersFrom } from '../parallel/ExtractionPool';
import type { Corpus } from '../corpus/types';
import { databaseUrlOf, type DatabaseUrl } from '../store/postgres/databaseUrl';
import { PostgresLog } from '../store/postgres/PostgresLog';
import { resolveCorpusDir } from './corpusDir';
import { formatSourceCounts, formatTypeCounts, formatWarnings } from './ontologyReport';

const USAGE = 'usage: npm run build-ontology -- [--corpus DIR] [--json | --dump] [--workers N]\n   or: npm run build-ontology -- --database URL [--json | --dump] [--workers N]';

/** The whole article log of `database`, in sequence order, as a replica reads it at startup. */
async function readLog(database: DatabaseUrl): Promise<Corpus> {
  const log = await PostgresLog.open(database);
  try {
    const { articles, errors } = await log.readFrom(0);
    return { articles: articles.map((a) => a.article), errors };
  } finally {
    await log.close();
  }
}

/**
 * Builds the ontology from a corpus folder (or the PostgreSQL article log: `--database`, or DATABASE_URL) and reports what came out, without starting the server.
 * `--dump` prints the whole ontology as JSON, the same bytes for the same corpus however it was built (compare two
 * builds with it). Resolves to the exit code: 0 when the ontology was built (warnings included), 2 on bad usage
 * or no folder.
 */
export async function run(argv: string[], env: NodeJS.ProcessEnv, cwd: string, print: (line: string) => void): Promise<number> {
  let corpusDir: string;
  let options: { corpus?: string; database?: string; json?: boolean; dump?: boolean; workers?: string };
  let database: DatabaseUrl | undefined;
  let workers: number;
  try {
    options = parseArgs({
      args: argv,
      options: { corpus: { type: 'string' }, database: { type: 'string' }, json: { type: 'boolean' }, dump: { type: 'boolean' }, workers: { type: 'string' } },
      strict: true,
    }).values;
    database = databaseUrlOf(options.database, env);
    corpusDir = database?.redacted ?? resolveCorpusDir(options.corpus, env, cwd);
    workers = extractWorkersFrom(options.workers === undefined ? env : { EXTRACT_WORKERS: options.workers });
  } catch (error) {
    print(`${error instanceof Error ? error.message.replace('EXTRACT_WORKERS', '--workers') : String(error)}\n${USAGE}`);
    return 2;
  }

  let corpus: Corpus;
  try {
    corpus = database ? await readLog(database) : loadCorpus(corpusDir);
  } catch (error) {
    print(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const { extractions, sources: records, warnings } = await extractCorpusInParallel(corpus, workers);
  const ontology = mergeExtractions(extractions, records, warnings);
  if (options.dump) {
    print(JSON.stringify(ontology));
    return 0;
  }
  const store = new OntologyStore(ontology);
  const counts = countsByType(store);
  const sources = countsBySource(store);
  if (options.json) {
    print(JSON.stringify({ corpus: corpusDir, counts, sources, warnings: store.warnings }, null, 2));
  } else {
    print(`Corpus ${corpusDir}`);
    print(formatTypeCounts(counts));
    for (const line of formatSourceCounts(sources)) print(line);
    for (const line of formatWarnings(store.warnings)) print(line);
  }
  return 0;
}

if (require.main === module) {
  void run(process.argv.slice(2), process.env, process.cwd(), (line) => console.log(line)).then((code) => {
    process.exitCode = code;
  });
}
