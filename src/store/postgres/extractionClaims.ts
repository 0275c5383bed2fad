import type { ClientBase } from 'pg';
import type { LoggedArticle } from '../ArticleLog';
import { insertExtractions, loggedArticleOf, SELECT_ARTICLES } from './articleRows';
import type { ArticleExtraction } from '../../extract/types';

/*
 * Extraction as separate processes (`npm run extract-worker`): each claims a batch of articles the log has no
 * extraction of (for its extractor version), extracts them and keeps the extractions, in one transaction. Rows
 * claimed by another worker are skipped (FOR NO KEY UPDATE SKIP LOCKED), so workers never extract the same
 * article twice and a worker that dies gives its claim back when its transaction ends.
 */

export interface ClaimedBatch {
  articles: LoggedArticle[];
  /** Keeps the extractions and ends the claim. */
  complete(extractions: { id: string; extraction: ArticleExtraction }[]): Promise<void>;
}

/** Claims up to `size` unextracted articles, oldest first, skipping `skip` (ids that failed here); empty when none is left. */
export async function claimUnextracted(client: ClientBase, version: string, size: number, skip: readonly string[]): Promise<ClaimedBatch> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query(
      `${SELECT_ARTICLES} WHERE e.article_id IS NULL AND NOT (a.id = ANY($1::text[])) ORDER BY a.sequence LIMIT $3 FOR NO KEY UPDATE OF a SKIP LOCKED`,
      [skip, version, size],
    );
    return {
      articles: rows.map(loggedArticleOf),
      async complete(extractions) {
        try {
          await insertExtractions(client, version, extractions);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
