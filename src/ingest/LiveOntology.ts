import { articleOf, textFingerprint, type ArticleFields } from '../corpus/articleInput';
import { loadCorpus } from '../corpus/loadCorpus';
import { extractArticle } from '../extract/extractArticle';
import type { ArticleExtraction } from '../extract/types';
import { IncrementalMerge } from '../merge/IncrementalMerge';
import { OntologyStore } from '../ontology/OntologyStore';
import { prepareSearch } from '../ontology/search';
import type { SourceRecord } from '../ontology/types';
import { extractCorpusInParallel } from '../parallel/ExtractionPool';
import { extractCorpus, toSourceRecord, type ExtractedCorpus } from '../pipeline';
import { addedArticlePath, nextSequence, writeArticleFile } from './corpusFiles';
import { diffStores, type StoreDiff } from './diffStores';

export type IngestFailure = 'DUPLICATE_ID' | 'DUPLICATE_TEXT' | 'EXTRACTION_FAILED' | 'WRITE_FAILED' | 'SHUTTING_DOWN';

/** An article that was not added, and why; the ontology and the corpus folder are as they were. */
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
  /** The file the article was written to. */
  file: string;
  /** The ontology version that includes the article. */
  store: OntologyStore;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The ontology of a corpus folder, growing while it is served. The merge is kept (IncrementalMerge), so adding
 * an article extracts that article only and merges it into what is there, touching only the nodes it can
 * change; the new version is a new store, swapped in whole, so a request sees one version from start to end.
 * Additions run one at a time, in arrival order.
 */
export class LiveOntology {
  private current: OntologyStore;
  private readonly merge: IncrementalMerge;
  /** Text fingerprint → source id, to refuse a second copy of an article under another id. */
  private readonly fingerprints: Map<string, string>;
  private sequence: number;
  /** The end of the queue of additions; never rejects, so one failure does not stop the next addition. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Set by close(): additions not yet started are refused. */
  private closed = false;

  private constructor(
    readonly corpusDir: string,
    extracted: ExtractedCorpus,
  ) {
    this.merge = IncrementalMerge.of(extracted.extractions, extracted.sources, extracted.warnings);
    this.current = new OntologyStore(this.merge.ontology());
    // Built now, so the first search does not wait for it. After an addition it is built on the first search.
    prepareSearch(this.current);
    this.fingerprints = new Map(extracted.sources.map((s) => [textFingerprint(s.text), s.id]));
    this.sequence = nextSequence(corpusDir);
  }

  /** Loads, extracts and merges every article in `corpusDir` (see loadCorpus). */
  static open(corpusDir: string): LiveOntology {
    return new LiveOntology(corpusDir, extractCorpus(loadCorpus(corpusDir)));
  }

  /** The ontology of `corpusDir` from its articles extracted already (they must be that folder's articles). */
  static of(corpusDir: string, extracted: ExtractedCorpus): LiveOntology {
    return new LiveOntology(corpusDir, extracted);
  }

  /**
   * The same, for a server that already answers probes: extracted on `workers` threads (see ExtractionPool), or,
   * for one, on the main thread letting the event loop run between articles.
   */
  static async openInTurns(corpusDir: string, workers = 1): Promise<LiveOntology> {
    return new LiveOntology(corpusDir, await extractCorpusInParallel(loadCorpus(corpusDir), workers));
  }

  /** The current version. */
  get store(): OntologyStore {
    return this.current;
  }

  /** The current version's number (OntologyStore.version): it changes with every article added. */
  get version(): number {
    return this.current.version;
  }

  /**
   * Extracts `fields` as a new article (added by the write token named `addedBy`), merges it into the ontology and writes it to the corpus folder, after
   * every addition already queued. Rejects with IngestError when the article is already there (same id or same
   * text), when extraction fails, or when the file cannot be written; then nothing changes.
   */
  addArticle(fields: ArticleFields, addedBy?: string): Promise<AddedArticle> {
    const added = this.tail.then(() => this.add(fields, addedBy));
    this.tail = added.catch(() => undefined);
    return added;
  }

  /**
   * Stops taking additions, for a shutdown: the one running (if any) finishes — written and served, or failed
   * with nothing changed — and those waiting or arriving later are refused with SHUTTING_DOWN, before anything
   * of theirs is written. Resolves once the running one is done, so the process may then exit.
   */
  close(): Promise<void> {
    this.closed = true;
    return this.tail.then(() => undefined);
  }

  private async add(fields: ArticleFields, addedBy: string | undefined): Promise<AddedArticle> {
    if (this.closed) throw new IngestError('SHUTTING_DOWN', 'The service is shutting down; the article was not added. Send it again once the service is back.');
    const before = this.current;
    const sequence = this.sequence;
    const draft = articleOf(fields, '');
    const sourceId = `source:${draft.id}`;
    if (before.source(sourceId)) {
      throw new IngestError('DUPLICATE_ID', `The corpus already has an article with id "${draft.id}" (${sourceId}).`);
    }
    const fingerprint = textFingerprint(draft.text);
    const sameText = this.fingerprints.get(fingerprint);
    if (sameText !== undefined) throw new IngestError('DUPLICATE_TEXT', `The corpus already has this text, as ${sameText}.`);

    const file = addedArticlePath(this.corpusDir, sequence, draft.id);
    const article = { ...draft, origin: `${file}:1`, ...(addedBy !== undefined && { addedBy }) };
    let extraction: ArticleExtraction;
    try {
      extraction = extractArticle(article);
    } catch (error) {
      throw new IngestError('EXTRACTION_FAILED', `The article could not be extracted: ${describe(error)}`);
    }
    // Written before it is merged: the merge changes in place, so a failed write must come first.
    try {
      await writeArticleFile(file, article);
    } catch (error) {
      throw new IngestError('WRITE_FAILED', `The article could not be written to the corpus folder: ${describe(error)}`);
    }
    const { touched } = this.merge.add(extraction, toSourceRecord(article, extraction));
    const after = new OntologyStore(this.merge.ontology(), { store: before, touched });
    this.current = after;
    this.fingerprints.set(fingerprint, sourceId);
    this.sequence = sequence + 1;
    return { source: after.source(sourceId)!, file, store: after, ...diffStores(before, after, touched) };
  }
}

