import { articleOf, textFingerprint, type ArticleFields } from '../corpus/articleInput';
import type { Article } from '../corpus/types';
import { extractArticle } from '../extract/extractArticle';
import type { ArticleExtraction } from '../extract/types';
import { IncrementalMerge } from '../merge/IncrementalMerge';
import { OntologyStore } from '../ontology/OntologyStore';
import { prepareSearch } from '../ontology/search';
import type { SourceRecord } from '../ontology/types';
import { extractCorpusInParallel } from '../parallel/ExtractionPool';
import { extractCorpus, toSourceRecord, tryExtractArticle, type ExtractedCorpus } from '../pipeline';
import { AppendError, type ArticleLog, type LoggedArticle } from '../store/ArticleLog';
import { FolderLog } from '../store/folder/FolderLog';
import { diffStores, type StoreDiff } from './diffStores';
import { extractLogged, type CorpusExtractor } from './extractLogged';

export type IngestFailure = 'DUPLICATE_ID' | 'DUPLICATE_TEXT' | 'EXTRACTION_FAILED' | 'WRITE_FAILED' | 'SHUTTING_DOWN' | 'UNAVAILABLE';

/** An article that was not added, and why; the ontology and the log are as they were. */
export class IngestError extends Error {
  constructor(
    readonly reason: IngestFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface AddedArticle extends StoreDiff {
  source: SourceRecord;
  /** Where the article was kept: its file in the corpus folder, or its place in the database. */
  file: string;
  /** Its sequence in the log: the ontology version that first includes it. */
  sequence: number;
  /** The ontology version that includes the article. */
  store: OntologyStore;
}

/** Where a live ontology is in its log, for /readyz. */
export interface LogPosition {
  /** The sequence of the last article merged: the version served. */
  applied: number;
  /** The highest sequence known in the log. */
  head: number;
  reachable: boolean;
  problem?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The ontology of an article log (a corpus folder or a PostgreSQL table), growing while it is served. The merge
 * is kept (IncrementalMerge), so adding an article extracts that article only and merges it into what is there,
 * touching only the nodes it can change; the new version is a new store, swapped in whole, so a request sees one
 * version from start to end. Additions and catching up with the log run one at a time, in sequence order.
 */
export class LiveOntology {
  private current: OntologyStore;
  private readonly merge: IncrementalMerge;
  /** Text fingerprint → source id, to refuse a second copy of an article under another id. */
  private readonly fingerprints: Map<string, string>;
  /** The sequence of the last article of the log merged. */
  private applied: number;
  private readonly sequences = new WeakMap<OntologyStore, number>();
  /** The end of the queue of additions; never rejects, so one failure does not stop the next addition. */
  private tail: Promise<unknown> = Promise.resolve();
  /** A catch-up queued and not started yet: another request for one joins it. */
  private pendingCatchUp: Promise<void> | undefined;
  /** Set by close(): additions not yet started are refused. */
  private closed = false;
  /** How the articles of the log were extracted at startup: taken from the log's cache, or extracted then. */
  startup = { fromCache: 0, reextracted: 0 };

  private constructor(
    readonly log: ArticleLog,
    extracted: ExtractedCorpus,
    head: number,
  ) {
    this.merge = IncrementalMerge.of(extracted.extractions, extracted.sources, extracted.warnings);
    this.current = new OntologyStore(this.merge.ontology());
    // Built now, so the first search does not wait for it. After an addition it is built on the first search.
    prepareSearch(this.current);
    this.fingerprints = new Map(extracted.sources.map((s) => [textFingerprint(s.text), s.id]));
    this.applied = head;
    this.sequences.set(this.current, head);
  }

  /** Loads, extracts and merges every article in `corpusDir` (see loadCorpus). */
  static open(corpusDir: string): LiveOntology {
    const log = new FolderLog(corpusDir);
    return new LiveOntology(log, extractCorpus(log.readAll()), log.health().head);
  }

  /** The ontology of `corpusDir` from its articles extracted already (they must be that folder's articles). */
  static of(corpusDir: string, extracted: ExtractedCorpus): LiveOntology {
    return new LiveOntology(new FolderLog(corpusDir, extracted.sources.length), extracted, extracted.sources.length);
  }

  /**
   * The same, for a server that already answers probes: extracted on `workers` threads (see ExtractionPool), or,
   * for one, on the main thread letting the event loop run between articles.
   */
  static async openInTurns(corpusDir: string, workers = 1): Promise<LiveOntology> {
    return LiveOntology.openLog(new FolderLog(corpusDir), workers);
  }

  /** The ontology of `log` as it is now, then following it: what other processes append is merged as it comes. */
  static async openLog(log: ArticleLog, workers = 1, extract: CorpusExtractor = extractCorpusInParallel): Promise<LiveOntology> {
    const { articles, errors, head } = await log.readFrom(0);
    const { extracted, fresh, fromCache, reextracted } = await extractLogged(articles, errors, workers, extract);
    // Kept for the next replica; a failure to keep them costs time later, not correctness now.
    await log.keepExtractions(fresh).catch((error: unknown) => console.warn(`extractions not kept: ${describe(error)}`));
    const live = new LiveOntology(log, extracted, head);
    live.startup = { fromCache, reextracted };
    log.follow(() => void live.catchUp());
    return live;
  }

  /** The current version. */
  get store(): OntologyStore {
    return this.current;
  }

  /** The current version's number (OntologyStore.version): it changes with every article added. */
  get version(): number {
    return this.current.version;
  }

  /** The log sequence `store` (a version of this ontology) was built up to: the ontology version clients see. */
  sequenceOf(store: OntologyStore): number | undefined {
    return this.sequences.get(store);
  }

  position(): LogPosition {
    const { head, reachable, problem } = this.log.health();
    return { applied: this.applied, head: Math.max(head, this.applied), reachable, ...(problem !== undefined && { problem }) };
  }

  /**
   * Extracts `fields` as a new article (added by the write token named `addedBy`), appends it to the log and
   * merges it, after every addition already queued and every article of the log before it. Resolves once this
   * replica serves it. Rejects with IngestError when the article is already there (same id or same text), when
   * extraction fails, or when the log cannot take it; then nothing changes.
   */
  addArticle(fields: ArticleFields, addedBy?: string): Promise<AddedArticle> {
    return this.enqueue(() => this.add(fields, addedBy));
  }

  /** Merges what the log has past the version served (articles other processes appended), in sequence order. */
  catchUp(): Promise<void> {
    this.pendingCatchUp ??= this.enqueue(async () => {
      this.pendingCatchUp = undefined;
      if (!this.closed) await this.applyFromLog();
    }).catch(() => undefined);
    return this.pendingCatchUp;
  }

  /**
   * Stops taking additions, for a shutdown: the one running (if any) finishes — written and served, or failed
   * with nothing changed — and those waiting or arriving later are refused with SHUTTING_DOWN, before anything
   * of theirs is written. Resolves once the running one is done, so the process may then exit.
   */
  close(): Promise<void> {
    this.closed = true;
    return this.tail.then(() => this.log.close());
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const done = this.tail.then(job);
    this.tail = done.catch(() => undefined);
    return done;
  }

  private async add(fields: ArticleFields, addedBy: string | undefined): Promise<AddedArticle> {
    if (this.closed) throw new IngestError('SHUTTING_DOWN', 'The service is shutting down; the article was not added. Send it again once the service is back.');
    const draft = articleOf(fields, '');
    const sourceId = `source:${draft.id}`;
    if (this.current.source(sourceId)) {
      throw new IngestError('DUPLICATE_ID', `The corpus already has an article with id "${draft.id}" (${sourceId}).`);
    }
    const fingerprint = textFingerprint(draft.text);
    const sameText = this.fingerprints.get(fingerprint);
    if (sameText !== undefined) throw new IngestError('DUPLICATE_TEXT', `The corpus already has this text, as ${sameText}.`);

    const article: Article = { ...draft, origin: this.log.originFor(draft.id), ...(addedBy !== undefined && { addedBy }) };
    let extraction: ArticleExtraction;
    try {
      extraction = extractArticle(article);
    } catch (error) {
      throw new IngestError('EXTRACTION_FAILED', `The article could not be extracted: ${describe(error)}`);
    }
    // In the log before it is merged: the merge changes in place, so a failed append must come first.
    let sequence: number;
    try {
      sequence = await this.log.append(article, fingerprint, extraction);
    } catch (error) {
      if (error instanceof AppendError) throw new IngestError(error.reason, error.message);
      throw error;
    }
    // What other replicas appended before it is merged first, so that every replica merges in sequence order.
    try {
      await this.applyFromLog(sequence);
    } catch (error) {
      throw new IngestError(
        'UNAVAILABLE',
        `The article was added to the log (sequence ${sequence}), but the log cannot be read now to serve it here (${describe(error)}); it is served once the database answers. Sending it again answers DUPLICATE_ID.`,
      );
    }
    const before = this.current;
    const { touched } = this.apply({ sequence, article }, extraction);
    const after = this.current;
    return { source: after.source(sourceId)!, file: article.origin.replace(/:1$/, ''), sequence, store: after, ...diffStores(before, after, touched) };
  }

  /** Reads the log past the version served and merges it, stopping before `ownSequence` (merged by its adder). */
  private async applyFromLog(ownSequence?: number): Promise<void> {
    if (!this.log.shared) return;
    const { articles } = await this.log.readFrom(this.applied);
    const fresh: { id: string; extraction: ArticleExtraction }[] = [];
    for (const entry of articles) {
      if (ownSequence !== undefined && entry.sequence >= ownSequence) break;
      const result = entry.extraction ? { extraction: entry.extraction } : tryExtractArticle(entry.article);
      if ('error' in result) {
        // Every replica fails the same way on the same article, so they still converge; the log keeps it.
        console.warn(`${entry.article.origin}: extraction failed: ${result.error}`);
        this.applied = entry.sequence;
        continue;
      }
      if (!entry.extraction) fresh.push({ id: entry.article.id, extraction: result.extraction });
      this.apply(entry, result.extraction);
    }
    // Articles appended without one (by an import): kept, so the next replica to start need not extract them.
    if (fresh.length > 0) await this.log.keepExtractions(fresh).catch((error: unknown) => console.warn(`extractions not kept: ${describe(error)}`));
  }

  private apply({ sequence, article }: LoggedArticle, extraction: ArticleExtraction): { touched: ReadonlySet<string> } {
    const before = this.current;
    const source = toSourceRecord(article, extraction);
    const { touched } = this.merge.add(extraction, source);
    const after = new OntologyStore(this.merge.ontology(), { store: before, touched });
    this.sequences.set(after, sequence);
    this.current = after;
    this.fingerprints.set(textFingerprint(article.text), source.id);
    this.applied = sequence;
    return { touched };
  }
}
