import { resolveCorpusDir } from '../cli/corpusDir';
import { positiveIntegerFrom } from '../graphql/limits/queryLimits';
import type { ArticleLog } from './ArticleLog';
import { FolderLog } from './folder/FolderLog';
import { databaseUrlOf } from './postgres/databaseUrl';
import { DEFAULT_POLL_MS, PostgresLog } from './postgres/PostgresLog';

/**
 * The log the service is started on: PostgreSQL when `--database` or DATABASE_URL names one (then no folder is
 * read: a folder is loaded into the log once with `npm run import`), otherwise the corpus folder, as always.
 * Rejects with a message naming the problem: a bad URL, an unreachable server, a refused password.
 */
export async function openArticleLog(options: { corpus?: string; database?: string }, env: NodeJS.ProcessEnv, cwd: string): Promise<ArticleLog> {
  const database = databaseUrlOf(options.database, env);
  if (database === undefined) return new FolderLog(resolveCorpusDir(options.corpus, env, cwd));
  return PostgresLog.open(database, { pollMs: positiveIntegerFrom(env, 'LOG_POLL_MS', DEFAULT_POLL_MS) });
}
