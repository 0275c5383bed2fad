import type { ClientBase } from 'pg';
import type { Article } from '../../corpus/types';
import type { LoggedArticle } from '../ArticleLog';

/* Articles as rows of the `articles` table (migrations/), and back. */

/** Taken inside every appending transaction, so sequences are committed in the order they are assigned. */
const APPEND_LOCK = 7_413_001;

export const SELECT_ARTICLES = 'SELECT sequence, id, text, title, outlet, url, published_at, metadata, added_by FROM articles';

interface ArticleRow {
  sequence: string;
  id: string;
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published_at: string | null;
  metadata: Record<string, string>;
  added_by: string | null;
}

/** Where an article of the log comes from, for messages and Source.origin: the same on every replica. */
export function originInLog(id: string): string {
  return `postgres:articles/${id}`;
}

export function loggedArticleOf(row: ArticleRow): LoggedArticle {
  const article: Article = {
    id: row.id,
    origin: originInLog(row.id),
    text: row.text,
    title: row.title ?? undefined,
    outlet: row.outlet ?? undefined,
    url: row.url ?? undefined,
    publishedAt: row.published_at ?? undefined,
    metadata: row.metadata,
    ...(row.added_by !== null && { addedBy: row.added_by }),
  };
  return { sequence: Number(row.sequence), article };
}

/**
 * Serialises appends: without it, a transaction that took sequence 10 could commit after one that took 11, and
 * a replica that had read 11 would never read 10. Call inside the transaction (released at its end).
 */
export async function lockForAppend(client: ClientBase): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
}

/**
 * Inserts `article`; resolves with its sequence, or undefined when `skipDuplicates` and the id or the text is
 * there already. Otherwise a duplicate fails with PostgreSQL's unique violation (23505), naming the constraint.
 */
export async function insertArticle(client: ClientBase, article: Article, fingerprint: string, skipDuplicates = false): Promise<number | undefined> {
  const { rows } = await client.query<{ sequence: string }>(
    `INSERT INTO articles (id, text_hash, text, title, outlet, url, published_at, metadata, added_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ${skipDuplicates ? 'ON CONFLICT DO NOTHING' : ''} RETURNING sequence`,
    [article.id, fingerprint, article.text, article.title ?? null, article.outlet ?? null, article.url ?? null, article.publishedAt ?? null, JSON.stringify(article.metadata), article.addedBy ?? null],
  );
  return rows.length === 0 ? undefined : Number(rows[0].sequence);
}

/** The id of the article whose text has `fingerprint`, if any. */
export async function idWithText(client: ClientBase, fingerprint: string): Promise<string | undefined> {
  const { rows } = await client.query<{ id: string }>('SELECT id FROM articles WHERE text_hash = $1', [fingerprint]);
  return rows[0]?.id;
}
