import { loadCorpus } from './corpus/loadCorpus';
import type { Article, Corpus } from './corpus/types';
import type { Ontology, SourceRecord } from './ontology/types';
import { OntologyStore } from './ontology/OntologyStore';

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

/** corpus → nlp → extract → merge: the whole flow, producing plain data. */
export function buildOntology(corpus: Corpus): Ontology {
  // TODO(extract/merge): wired in as the stages land.
  return {
    sources: corpus.articles.map(toSourceRecord),
    actors: [],
    statements: [],
    meetings: [],
    agreements: [],
    discrepancies: [],
    warnings: corpus.errors.map((e) => ({ origin: e.origin, reason: e.reason })),
  };
}

export function buildStore(corpusDir: string): OntologyStore {
  return new OntologyStore(buildOntology(loadCorpus(corpusDir)));
}
