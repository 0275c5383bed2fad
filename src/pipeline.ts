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

/** What the merge stage takes: each article's extraction, its source record, and what failed on the way. */
export interface ExtractedCorpus {
  extractions: ArticleExtraction[];
  sources: SourceRecord[];
  warnings: Ontology['warnings'];
}

/** corpus → nlp → extract, article by article: each extraction depends on its own article only. */
export function extractCorpus(corpus: Corpus): ExtractedCorpus {
  const warnings = corpus.errors.map((e) => ({ origin: e.origin, reason: e.reason }));
  const extractions: ArticleExtraction[] = [];
  const sources: SourceRecord[] = [];
  for (const article of corpus.articles) {
    try {
      extractions.push(extractArticle(article));
      sources.push(toSourceRecord(article));
    } catch (error) {
      // One article the extractor cannot handle must not cost the rest of the corpus.
      warnings.push({ origin: article.origin, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { extractions, sources, warnings };
}

/** corpus → nlp → extract → merge: the whole flow, producing plain data. */
export function buildOntology(corpus: Corpus): Ontology {
  const { extractions, sources, warnings } = extractCorpus(corpus);
  return mergeExtractions(extractions, sources, warnings);
}

export function buildStore(corpusDir: string): OntologyStore {
  return new OntologyStore(buildOntology(loadCorpus(corpusDir)));
}
