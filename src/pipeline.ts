import { loadCorpus } from './corpus/loadCorpus';
import type { Article, Corpus } from './corpus/types';
import type { Ontology, SourceRecord } from './ontology/types';
import { OntologyStore } from './ontology/OntologyStore';
import { extractArticle } from './extract/extractArticle';
import type { ArticleExtraction } from './extract/types';
import { mergeExtractions } from './merge/mergeExtractions';

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function toSourceRecord(article: Article): SourceRecord {
  return {
    id: `source:${article.id}`,
    origin: article.origin,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    publishedAt: article.publishedAt,
    text: article.text,
    wordCount: countWords(article.text),
    metadata: article.metadata,
  };
}

interface Collected {
  warnings: Ontology['warnings'];
  extractions: ArticleExtraction[];
  sources: SourceRecord[];
}

function collect(corpus: Corpus): Collected {
  return { warnings: corpus.errors.map((e) => ({ origin: e.origin, reason: e.reason })), extractions: [], sources: [] };
}

function extractInto(article: Article, { warnings, extractions, sources }: Collected): void {
  try {
    extractions.push(extractArticle(article));
    sources.push(toSourceRecord(article));
  } catch (error) {
    // One article the extractor cannot handle must not cost the rest of the corpus.
    warnings.push({ origin: article.origin, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/** corpus → nlp → extract → merge: the whole flow, producing plain data. */
export function buildOntology(corpus: Corpus): Ontology {
  const collected = collect(corpus);
  for (const article of corpus.articles) extractInto(article, collected);
  return mergeExtractions(collected.extractions, collected.sources, collected.warnings);
}

/**
 * The same as buildOntology, but it lets the event loop run between articles, so a server that is already
 * listening keeps answering /healthz and /readyz while a large corpus is built.
 */
export async function buildOntologyInTurns(corpus: Corpus): Promise<Ontology> {
  const collected = collect(corpus);
  for (const article of corpus.articles) {
    await new Promise((resolve) => setImmediate(resolve));
    extractInto(article, collected);
  }
  return mergeExtractions(collected.extractions, collected.sources, collected.warnings);
}

export function buildStore(corpusDir: string): OntologyStore {
  return new OntologyStore(buildOntology(loadCorpus(corpusDir)));
}
