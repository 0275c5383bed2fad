import { Client } from 'pg';
import type { Article } from '../../corpus/types';
import { idWithText, insertArticle, lockForAppend } from './articleRows';
import { connectionProblem } from './connectionProblem';
import type { DatabaseUrl } from './databaseUrl';
import { migrateSchema } from './schemaMigrations';

/** Articles per transaction: few round trips, and an interrupted import keeps what it committed. */
const BATCH = 500;

export interface ImportResult {
  added: number;
  /** Already in the log: the same id with the same text. */
  present: number;
  /** Not added: the id is taken by another text, or the text is in the log under another id. */
  refused: { origin: string; reason: string }[];
  head: number;
}

async function whyNotAdded(client: Client, article: Article, fingerprint: string): Promise<string | undefined> {
  const { rows } = await client.query<{ text_hash: string }>('SELECT text_hash FROM articles WHERE id = $1', [article.id]);
  if (rows[0]?.text_hash === fingerprint) return undefined;
  if (rows.length > 0) return `the log already has another text with id "${article.id}"`;
  return `the log already has this text, as source:${await idWithText(client, fingerprint)}`;
}

/** Appends `articles` in order, skipping those already there; calls `progress` with a line after each batch. */
export async function importIntoLog(database: DatabaseUrl, articles: { article: Article; fingerprint: string }[], progress: (line: string) => void): Promise<ImportResult> {
  const client = new Client({ connectionString: database.url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  const result: ImportResult = { added: 0, present: 0, refused: [], head: 0 };
  try {
    await client.connect();
    await migrateSchema(client);
    for (let i = 0; i < articles.length; i += BATCH) {
      await client.query('BEGIN');
      await lockForAppend(client);
      for (const { article, fingerprint } of articles.slice(i, i + BATCH)) {
        if ((await insertArticle(client, article, fingerprint, true)) !== undefined) {
          result.added++;
          continue;
        }
        const reason = await whyNotAdded(client, article, fingerprint);
        if (reason === undefined) result.present++;
        else result.refused.push({ origin: article.origin, reason });
      }
      await client.query('COMMIT');
      const done = Math.min(i + BATCH, articles.length);
      progress(`import: ${done}/${articles.length} articles (${Math.round((100 * done) / articles.length)}%)`);
    }
    const { rows } = await client.query<{ head: string }>('SELECT coalesce(max(sequence), 0) AS head FROM articles');
    result.head = Number(rows[0].head);
    return result;
  } catch (error) {
    throw new Error(connectionProblem(error, database));
  } finally {
    await client.end().catch(() => undefined);
  }
}
