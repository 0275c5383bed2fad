import type { Article, CorpusError } from '../corpus/types';
import type { ArticleExtraction } from '../extract/types';

/*
 * Where the articles of the ontology are kept, in the order they are merged: a corpus folder (the embedded
 * default) or a PostgreSQL table shared by replicas. Every replica merges the log in sequence order, so replicas
 * at the same sequence serve the same ontology.
 */

/** One article of the log and its place in it. */
export interface LoggedArticle {
  sequence: number;
  article: Article;
  /** Its extraction by the running extractor version, when the log keeps one. */
  extraction?: ArticleExtraction;
}

/** What a read of the log returns: its articles past a sequence, what could not be read, and the head seen. */
export interface LogRead {
  articles: LoggedArticle[];
  errors: CorpusError[];
  /** The highest sequence in the log when it was read (at least that of the last article returned). */
  head: number;
}

export type AppendFailure = 'DUPLICATE_ID' | 'DUPLICATE_TEXT' | 'WRITE_FAILED' | 'UNAVAILABLE';

/** An article the log refused or could not take; the log is as it was. */
export class AppendError extends Error {
  constructor(
    readonly reason: AppendFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Whether the log answers, as /readyz reports it. */
export interface LogHealth {
  reachable: boolean;
  /** Why not, when not: never a password. */
  problem?: string;
  /** The highest sequence known to be in the log. */
  head: number;
}

export interface ArticleLog {
  /** Where the log is, for messages: a folder, or the database URL without its password. */
  readonly where: string;
  /** Whether other processes append to it as well (PostgreSQL): then every response names its version. */
  readonly shared: boolean;
  /** The articles with a sequence above `after` (all of them for 0), in sequence order. */
  readFrom(after: number): Promise<LogRead>;
  /** The origin an article appended next gets, before it is appended (its extraction needs it). */
  originFor(id: string): string;
  /**
   * Appends `article`, whose text has `fingerprint`, with its extraction (kept when the log keeps extractions);
   * resolves with its sequence, or rejects with AppendError.
   */
  append(article: Article, fingerprint: string, extraction?: ArticleExtraction): Promise<number>;
  /** Keeps extractions beside their articles (by article id), when the log keeps extractions. */
  keepExtractions(entries: { id: string; extraction: ArticleExtraction }[]): Promise<void>;
  /**
   * Calls `onChange` whenever articles may have been appended by another process, and after a reconnection, so
   * the caller catches up by sequence. A log written by this process only never calls it.
   */
  follow(onChange: () => void): void;
  health(): LogHealth;
  close(): Promise<void>;
}
