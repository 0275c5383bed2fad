import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { tryExtractArticle } from '../pipeline';
import { extractorVersion } from '../store/extractorVersion';
import { connectionProblem } from '../store/postgres/connectionProblem';
import { databaseUrlOf, type DatabaseUrl } from '../store/postgres/databaseUrl';
import { claimUnextracted } from '../store/postgres/extractionClaims';
import { migrateSchema } from '../store/postgres/schemaMigrations';
import type { ArticleExtraction } from '../extract/types';

const USAGE = 'usage: npm run extract-worker -- --database URL [--batch N] [--once]';
const IDLE_MS = 1_000;

/**
 * Extracts the articles of the PostgreSQL log that have no extraction of this extractor version yet, batch by
 * batch, claimed with FOR NO KEY UPDATE SKIP LOCKED so that any number of workers, on any machines, share the
 * work; replicas then only merge. With --once it stops when nothing is left; otherwise it waits for more.
 * Resolves to the exit code.
 */
export async function run(argv: string[], env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<number> {
  let database: DatabaseUrl | undefined;
  let batch: number;
  let once: boolean;
  try {
    const { values } = parseArgs({ args: argv, options: { database: { type: 'string' }, batch: { type: 'string' }, once: { type: 'boolean' } }, strict: true });
    database = databaseUrlOf(values.database, env);
    if (database === undefined) throw new Error('no database: give --database or DATABASE_URL');
    batch = Number(values.batch ?? 20);
    if (!Number.isInteger(batch) || batch < 1) throw new Error(`--batch must be a whole number of at least 1, got "${values.batch}"`);
    once = values.once ?? false;
  } catch (error) {
    print(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const version = extractorVersion(env);
  const client = new Client({ connectionString: database.url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  const failed: string[] = [];
  let extracted = 0;
  try {
    await client.connect();
    await migrateSchema(client);
    for (;;) {
      const claim = await claimUnextracted(client, version, batch, failed);
      const done: { id: string; extraction: ArticleExtraction }[] = [];
      for (const { article } of claim.articles) {
        const result = tryExtractArticle(article);
        if ('error' in result) {
          failed.push(article.id);
          print(`${article.origin}: extraction failed: ${result.error}`);
        } else done.push({ id: article.id, extraction: result.extraction });
      }
      await claim.complete(done);
      extracted += done.length;
      if (claim.articles.length > 0) continue;
      if (once) break;
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    }
  } catch (error) {
    print(connectionProblem(error, database));
    return 1;
  } finally {
    await client.end().catch(() => undefined);
  }
  print(`Extracted ${extracted} articles (extractor ${version}), ${failed.length} failed`);
  return failed.length === 0 ? 0 : 1;
}

if (require.main === module) {
  void run(process.argv.slice(2), process.env, (line) => console.log(line)).then((code) => {
    process.exitCode = code;
  });
}
