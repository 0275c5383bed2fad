import type { Article } from '../corpus/types';
import { tryExtractArticle, type ExtractionResult } from '../pipeline';

/** A pool task: a batch of articles extracted in this worker thread, each exactly as the main thread would. */
export default function extractInWorker(articles: Article[]): ExtractionResult[] {
  return articles.map(tryExtractArticle);
}
