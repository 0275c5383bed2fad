import { articleOf, textFingerprint, type ArticleFields } from '../corpus/articleInput';
import { loadCorpus } from '../corpus/loadCorpus';
import { extractArticle } from '../extract/extractArticle';
import type { ArticleExtraction } from '../extract/types';
import { mergeExtractions } from '../merge/mergeExtractions';
import { OntologyStore } from '../ontology/OntologyStore';
import { prepareSearch } from '../ontology/search';
import type { SourceRecord } from '../ontology/types';
import { extractCorpus, extractCorpusInTurns, toSourceRecord, type ExtractedCorpus } from '../pipeline';
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

/** One ontology version and what it was merged from. */
interface Version {
  store: OntologyStore;
  extracted: ExtractedCorpus;
  /** Text fingerprint → source id, to refuse a second copy of an article under another id. */
  fingerprints: Map<string, string>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function versionOf(extracted: ExtractedCorpus): Version {
  const store = new OntologyStore(mergeExtractions(extracted.extractions, extracted.sources, [...extracted.warnings]));
  // Built now, so the first search of the new version does not wait for it.
  prepareSearch(store);
  return { store, extracted, fingerprints: new Map(extracted.sources.map((s) => [textFingerprint(s.text), s.id])) };
}

/**
 * The ontology of a corpus folder, growing while it is served. Each article's extraction is kept, so adding an
 * article extracts that article only and re-merges the cached extractions with it; the new version is swapped
 * in whole, so a request sees one version from start to end. Additions run one at a time, in arrival order.
 */
export class LiveOntology {
  private version: Version;
  private sequence: number;
  /** The end of the queue of additions; never rejects, so one failure does not stop the next addition. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Set by close(): additions not yet started are refused. */
  private closed = false;

  private constructor(
    readonly corpusDir: string,
    extracted: ExtractedCorpus,
  ) {
    this.version = versionOf(extracted);
    this.sequence = nextSequence(corpusDir);
  }

  /** Loads, extracts and merges every article in `corpusDir` (see loadCorpus). */
  static open(corpusDir: string): LiveOntology {
    return new LiveOntology(corpusDir, extractCorpus(loadCorpus(corpusDir)));
  }

  /** The same, letting the event loop run between articles: for a server that already answers probes. */
  static async openInTurns(corpusDir: string): Promise<LiveOntology> {
    return new LiveOntology(corpusDir, await extractCorpusInTurns(loadCorpus(corpusDir)));
  }

  /** The current version. */
  get store(): OntologyStore {
    return this.version.store;
  }

  /**
   * Extracts `fields` as a new article, merges it into the ontology and writes it to the corpus folder, after
   * every addition already queued. Rejects with IngestError when the article is already there (same id or same
   * text), when extraction fails, or when the file cannot be written; then nothing changes.
   */
  addArticle(fields: ArticleFields): Promise<AddedArticle> {
    const added = this.tail.then(() => this.add(fields));
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

  private async add(fields: ArticleFields): Promise<AddedArticle> {
    if (this.closed) throw new IngestError('SHUTTING_DOWN', 'The service is shutting down; the article was not added. Send it again once the service is back.');
    const before = this.version;
    const sequence = this.sequence;
    const draft = articleOf(fields, '');
    const sourceId = `source:${draft.id}`;
    if (before.store.source(sourceId)) {
      throw new IngestError('DUPLICATE_ID', `The corpus already has an article with id "${draft.id}" (${sourceId}).`);
    }
    const sameText = before.fingerprints.get(textFingerprint(draft.text));
    if (sameText !== undefined) throw new IngestError('DUPLICATE_TEXT', `The corpus already has this text, as ${sameText}.`);

    const file = addedArticlePath(this.corpusDir, sequence, draft.id);
    const article = { ...draft, origin: `${file}:1` };
    let extraction: ArticleExtraction;
    try {
      extraction = extractArticle(article);
    } catch (error) {
      throw new IngestError('EXTRACTION_FAILED', `The article could not be extracted: ${describe(error)}`);
    }
    const after = versionOf({
      extractions: [...before.extracted.extractions, extraction],
      sources: [...before.extracted.sources, toSourceRecord(article)],
      warnings: before.extracted.warnings,
    });

    try {
      await writeArticleFile(file, article);
    } catch (error) {
      throw new IngestError('WRITE_FAILED', `The article could not be written to the corpus folder: ${describe(error)}`);
    }
    this.version = after;
    this.sequence = sequence + 1;
    return { source: after.store.source(sourceId)!, file, store: after.store, ...diffStores(before.store, after.store) };
  }
}

