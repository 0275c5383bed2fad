import type { ClientBase } from 'pg';
import type { Article } from '../../corpus/types';
import type { ArticleExtraction } from '../../extract/types';
import type { LoggedArticle } from '../ArticleLog';
import { extractionFromJson, extractionToJson } from '../extractionJson';

/* Articles as rows of the `articles` table (migrations/), and back. */

/** Taken inside every appending transaction, so sequences are committed in the order they are assigned. */
const APPEND_LOCK = 7_413_001;

/** Articles with their extraction by one extractor version ($2) when there is one; add a WHERE on a.sequence. */
export const SELECT_ARTICLES = `SELECT a.sequence, a.id, a.text, a.title, a.outlet, a.url, a.published_at, a.metadata, a.added_by, e.extraction::text AS extraction
  FROM articles a LEFT JOIN extractions e ON e.article_id = a.id AND e.extractor_version = $2`;

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
  extraction: string | null;
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
  return { sequence: Number(row.sequence), article, ...(row.extraction !== null && { extraction: extractionFromJson(row.extraction) }) };
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

/** Keeps extractions made by `version` (ignoring those kept already), in one statement per call. */
export async function insertExtractions(client: ClientBase, version: string, entries: { id: string; extraction: ArticleExtraction }[]): Promise<void> {
  if (entries.length === 0) return;
  await client.query(
    `INSERT INTO extractions (article_id, extractor_version, extraction)
     SELECT id, $2, extraction FROM unnest($1::text[], $3::json[]) AS t(id, extraction) ON CONFLICT DO NOTHING`,
    [entries.map((e) => e.id), version, entries.map((e) => extractionToJson(e.extraction))],
  );
}
