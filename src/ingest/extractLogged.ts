import type { CorpusError } from '../corpus/types';
import type { ArticleExtraction } from '../extract/types';
import type { Corpus } from '../corpus/types';
import { startExtracting, toSourceRecord, type ExtractedCorpus } from '../pipeline';
import type { LoggedArticle } from '../store/ArticleLog';

export type CorpusExtractor = (corpus: Corpus, workers: number) => Promise<ExtractedCorpus>;

export interface LoggedExtraction {
  extracted: ExtractedCorpus;
  /** Extractions run now, to be kept beside their articles (by article id). */
  fresh: { id: string; extraction: ArticleExtraction }[];
  /** How many articles came with an extraction of this extractor version, and how many were extracted now. */
  fromCache: number;
  reextracted: number;
}

/**
 * The log's articles as the merge takes them, in log order: those the log has an extraction of (same extractor
 * version) as they are, the others extracted now by `extract` (on the worker pool).
 */
export async function extractLogged(articles: LoggedArticle[], errors: CorpusError[], workers: number, extract: CorpusExtractor): Promise<LoggedExtraction> {
  const missing = articles.filter((a) => a.extraction === undefined).map((a) => a.article);
  const done = await extract({ articles: missing, errors: [] }, workers);
  const bySource = new Map(done.sources.map((s, i) => [s.id, done.extractions[i]]));
  const extracted = startExtracting({ articles: [], errors });
  for (const { article, extraction } of articles) {
    const found = extraction ?? bySource.get(`source:${article.id}`);
    // Not extracted: its failure is among done.warnings.
    if (found === undefined) continue;
    extracted.extractions.push(found);
    extracted.sources.push(toSourceRecord(article, found));
  }
  extracted.warnings.push(...done.warnings);
  const fresh = done.sources.map((s, i) => ({ id: s.id.slice('source:'.length), extraction: done.extractions[i] }));
  return { extracted, fresh, fromCache: articles.length - missing.length, reextracted: missing.length };
}
