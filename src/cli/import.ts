import { parseArgs } from 'node:util';
import { textFingerprint } from '../corpus/articleInput';
import { loadCorpus } from '../corpus/loadCorpus';
import { importIntoLog } from '../store/postgres/importFolder';
import { databaseUrlOf } from '../store/postgres/databaseUrl';
import { resolveCorpusDir } from './corpusDir';

const USAGE = 'usage: npm run import -- --corpus DIR --database postgres://user:password@host:5432/database (or DATABASE_URL)';

/**
 * Loads a corpus folder (`.txt`, `.jsonl`, `added/`) into the PostgreSQL article log, in the folder's loading
 * order. Idempotent: an article already in the log (same id and text) is skipped. Resolves to the exit code:
 * 0 when every readable article is in the log, 1 when some files were bad or refused, 2 on bad usage.
 */
export async function run(argv: string[], env: NodeJS.ProcessEnv, cwd: string, print: (line: string) => void, progress: (line: string) => void): Promise<number> {
  let corpusDir: string;
  let database;
  try {
    const { values } = parseArgs({ args: argv, options: { corpus: { type: 'string' }, database: { type: 'string' } }, strict: true });
    corpusDir = resolveCorpusDir(values.corpus, env, cwd);
    database = databaseUrlOf(values.database, env);
    if (database === undefined) throw new Error('no database: give --database or DATABASE_URL');
  } catch (error) {
    print(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const corpus = loadCorpus(corpusDir);
  for (const { origin, reason } of corpus.errors) print(`bad file ${origin}: ${reason}`);
  let result;
  try {
    result = await importIntoLog(database, corpus.articles.map((article) => ({ article, fingerprint: textFingerprint(article.text) })), progress);
  } catch (error) {
    print(error instanceof Error ? error.message : String(error));
    return 1;
  }
  for (const { origin, reason } of result.refused) print(`refused ${origin}: ${reason}`);
  print(`Imported ${result.added} of ${corpus.articles.length} articles from ${corpusDir} into ${database.redacted} (${result.present} already there, ${result.refused.length} refused, ${corpus.errors.length} bad files); log head ${result.head}`);
  return corpus.errors.length + result.refused.length === 0 ? 0 : 1;
}

if (require.main === module) {
  const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r${line}`) : (line: string) => process.stderr.write(`${line}\n`);
  void run(process.argv.slice(2), process.env, process.cwd(), (line) => console.log(line), progress).then((code) => {
    if (process.stderr.isTTY) process.stderr.write('\n');
    process.exitCode = code;
  });
}
