import { Client, Pool, type PoolClient } from 'pg';
import type { Article } from '../../corpus/types';
import type { ArticleExtraction } from '../../extract/types';
import { extractorVersion } from '../extractorVersion';
import { AppendError, type ArticleLog, type LogHealth, type LogRead } from '../ArticleLog';
import { idWithText, insertArticle, insertExtractions, lockForAppend, loggedArticleOf, originInLog, SELECT_ARTICLES } from './articleRows';
import { connectionProblem, isConnectionError } from './connectionProblem';
import type { DatabaseUrl } from './databaseUrl';
import { LogFollower } from './LogFollower';
import { migrateSchema } from './schemaMigrations';

export const DEFAULT_POLL_MS = 1_000;
const CONNECT_TIMEOUT_MS = 5_000;

const UNIQUE_VIOLATION = '23505';
const EXTRACTIONS_PER_STATEMENT = 500;

/** Connects once, to say at startup what is wrong with the database, and brings its schema up to date. */
async function connectAndMigrate(database: DatabaseUrl): Promise<{ applied: string[] }> {
  const client = new Client({ connectionString: database.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(connectionProblem(error, database));
  }
  try {
    return await migrateSchema(client);
  } catch (error) {
    throw new Error(connectionProblem(error, database));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The article log in PostgreSQL (the `articles` table), shared by every replica. An append is one transaction;
 * duplicates are refused by the table's unique constraints, so two replicas taking the same article at once add
 * it once. While the database cannot be reached, appends fail with UNAVAILABLE and reads fail; the follower
 * reconnects by itself.
 */
export class PostgresLog implements ArticleLog {
  readonly shared = true;
  readonly where: string;
  private knownHead = 0;
  /** Why the LISTEN connection is down, and why the last query failed to reach the database, if they did. */
  private followerProblem: string | undefined;
  private queryProblem: string | undefined;
  private follower: LogFollower | undefined;

  private constructor(
    private readonly database: DatabaseUrl,
    private readonly pool: Pool,
    private readonly pollMs: number,
    /** The extractor version whose extractions it keeps and returns (see extractorVersion). */
    readonly extractorVersion: string,
  ) {
    this.where = database.redacted;
  }

  /** Connects and migrates; rejects with a message naming the problem (never the password). */
  static async open(database: DatabaseUrl, { pollMs = DEFAULT_POLL_MS, extractor = extractorVersion() } = {}): Promise<PostgresLog> {
    await connectAndMigrate(database);
    const pool = new Pool({ connectionString: database.url, max: 4, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // An idle connection the server dropped (a restart): the pool replaces it on the next query.
    pool.on('error', () => undefined);
    return new PostgresLog(database, pool, pollMs, extractor);
  }

  async readFrom(after: number): Promise<LogRead> {
    const { rows } = await this.using((client) => client.query(`${SELECT_ARTICLES} WHERE a.sequence > $1 ORDER BY a.sequence`, [after, this.extractorVersion]));
    const articles = rows.map(loggedArticleOf);
    this.knownHead = Math.max(this.knownHead, after, articles.at(-1)?.sequence ?? 0);
    return { articles, errors: [], head: this.knownHead };
  }

  originFor(id: string): string {
    return originInLog(id);
  }

  async append(article: Article, fingerprint: string, extraction?: ArticleExtraction): Promise<number> {
    try {
      return await this.using(async (client) => {
        await client.query('BEGIN');
        try {
          await lockForAppend(client);
          const sequence = (await insertArticle(client, article, fingerprint))!;
          if (extraction !== undefined) await insertExtractions(client, this.extractorVersion, [{ id: article.id, extraction }]);
          await client.query('COMMIT');
          this.knownHead = Math.max(this.knownHead, sequence);
          return sequence;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      throw await this.appendErrorOf(error, article, fingerprint);
    }
  }

  async keepExtractions(entries: { id: string; extraction: ArticleExtraction }[]): Promise<void> {
    for (let i = 0; i < entries.length; i += EXTRACTIONS_PER_STATEMENT) {
      await this.using((client) => insertExtractions(client, this.extractorVersion, entries.slice(i, i + EXTRACTIONS_PER_STATEMENT)));
    }
  }

  follow(onChange: () => void): void {
    this.follower = new LogFollower(
      this.database,
      {
        changed: onChange,
        head: (sequence) => (this.knownHead = Math.max(this.knownHead, sequence)),
        connection: (problem) => (this.followerProblem = problem),
      },
      this.pollMs,
    );
    this.follower.start();
  }

  health(): LogHealth {
    const problem = this.followerProblem ?? this.queryProblem;
    return { reachable: problem === undefined, ...(problem !== undefined && { problem }), head: this.knownHead };
  }

  async close(): Promise<void> {
    await this.follower?.stop();
    await this.pool.end().catch(() => undefined);
  }

  /** Runs `work` on a pooled connection, noting whether the database answers. */
  private async using<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.queryProblem = connectionProblem(error, this.database);
      throw error;
    }
    try {
      const result = await work(client);
      client.release();
      this.queryProblem = undefined;
      return result;
    } catch (error) {
      const lost = isConnectionError(error);
      if (lost) this.queryProblem = connectionProblem(error, this.database);
      client.release(lost);
      throw error;
    }
  }

  private async appendErrorOf(error: unknown, article: Article, fingerprint: string): Promise<AppendError> {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === UNIQUE_VIOLATION && constraint === 'articles_id_unique') {
      return new AppendError('DUPLICATE_ID', `The corpus already has an article with id "${article.id}" (source:${article.id}).`);
    }
    if (code === UNIQUE_VIOLATION && constraint === 'articles_text_hash_unique') {
      const other = await this.using((client) => idWithText(client, fingerprint)).catch(() => undefined);
      return new AppendError('DUPLICATE_TEXT', `The corpus already has this text${other === undefined ? '' : `, as source:${other}`}.`);
    }
    if (isConnectionError(error)) {
      return new AppendError('UNAVAILABLE', `The article log cannot be reached (${connectionProblem(error, this.database)}); the article was not added. Send it again shortly.`);
    }
    return new AppendError('WRITE_FAILED', `The article could not be written to the log: ${this.database.scrub(error instanceof Error ? error.message : String(error))}`);
  }
}
