import { loadCorpus } from './corpus/loadCorpus';
import type { Article, Corpus } from './corpus/types';
import type { Ontology, SourceRecord } from './ontology/types';
import { OntologyStore } from './ontology/OntologyStore';
import { extractArticle } from './extract/extractArticle';
import type { ArticleExtraction } from './extract/types';
import { mergeExtractions } from './merge/mergeExtractions';
import { reportOf } from './merge/reports';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words in the text, counted without collecting them (test() advances through a global expression's matches). */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.test(text)) words++;
  return words;
}

export function toSourceRecord(article: Article, extraction?: Pick<ArticleExtraction, 'unattributedQuotes'>): SourceRecord {
  const id = `source:${article.id}`;
  return {
    id,
    origin: article.origin,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    publishedAt: article.publishedAt,
    text: article.text,
    wordCount: countWords(article.text),
    metadata: article.metadata,
    ...(article.addedBy !== undefined && { addedBy: article.addedBy }),
    unattributedQuotes: (extraction?.unattributedQuotes ?? []).map((span) => reportOf(id, article.text, span)),
  };
}

/** What the merge stage takes: each article's extraction, its source record, and what failed on the way. */
export interface ExtractedCorpus {
  extractions: ArticleExtraction[];
  sources: SourceRecord[];
  warnings: Ontology['warnings'];
}

export function startExtracting(corpus: Corpus): ExtractedCorpus {
  return { extractions: [], sources: [], warnings: corpus.errors.map((e) => ({ origin: e.origin, reason: e.reason })) };
}

/** One article's extraction, or why it failed (a message: an Error does not cross worker threads whole). */
export type ExtractionResult = { extraction: ArticleExtraction } | { error: string };

export function tryExtractArticle(article: Article): ExtractionResult {
  try {
    return { extraction: extractArticle(article) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Records one article's extraction or, when it failed, a warning: one article the extractor cannot handle must not cost the rest. */
export function recordExtraction(article: Article, result: ExtractionResult, { warnings, extractions, sources }: ExtractedCorpus): void {
  if ('error' in result) {
    warnings.push({ origin: article.origin, reason: `extraction failed: ${result.error}` });
    return;
  }
  extractions.push(result.extraction);
  sources.push(toSourceRecord(article, result.extraction));
}

function extractInto(article: Article, extracted: ExtractedCorpus): void {
  recordExtraction(article, tryExtractArticle(article), extracted);
}

/** corpus → nlp → extract, article by article: each extraction depends on its own article only. */
export function extractCorpus(corpus: Corpus): ExtractedCorpus {
  const extracted = startExtracting(corpus);
  for (const article of corpus.articles) extractInto(article, extracted);
  return extracted;
}

/**
 * The same as extractCorpus, but it lets the event loop run between articles, so a server that is already
 * listening keeps answering /healthz and /readyz while a large corpus is extracted.
 */
export async function extractCorpusInTurns(corpus: Corpus): Promise<ExtractedCorpus> {
  const extracted = startExtracting(corpus);
  for (const article of corpus.articles) {
    await new Promise((resolve) => setImmediate(resolve));
    extractInto(article, extracted);
  }
  return extracted;
}

/** corpus → nlp → extract → merge: the whole flow, producing plain data. */
export function buildOntology(corpus: Corpus): Ontology {
  const { extractions, sources, warnings } = extractCorpus(corpus);
  return mergeExtractions(extractions, sources, warnings);
}

export function buildStore(corpusDir: string): OntologyStore {
  return new OntologyStore(buildOntology(loadCorpus(corpusDir)));
}
