import { loadCorpus } from '../../corpus/loadCorpus';
import type { Article, Corpus } from '../../corpus/types';
import { addedArticlePath, nextSequence, writeArticleFile } from '../../ingest/corpusFiles';
import { AppendError, type ArticleLog, type LogHealth, type LogRead } from '../ArticleLog';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The corpus folder as the log (see loadCorpus and corpusFiles): its articles in loading order, sequence
 * 1, 2, 3, ...; an addition is a file in added/. Only this process writes it, so it never has to be followed,
 * and duplicates are refused by the live ontology before an append, as they always were.
 */
export class FolderLog implements ArticleLog {
  readonly shared = false;
  private fileSequence: number;

  /** `count`: how many articles of the folder were read already (when they were read without this log). */
  constructor(
    readonly where: string,
    private count = 0,
  ) {
    this.fileSequence = nextSequence(where);
  }

  /** The whole folder, read at once (a server that does not answer probes yet may read it so). */
  readAll(): Corpus {
    const corpus = loadCorpus(this.where);
    this.count = corpus.articles.length;
    return corpus;
  }

  async readFrom(after: number): Promise<LogRead> {
    if (after > 0) return { articles: [], errors: [], head: this.count };
    const { articles, errors } = this.readAll();
    return { articles: articles.map((article, i) => ({ sequence: i + 1, article })), errors, head: this.count };
  }

  originFor(id: string): string {
    return `${addedArticlePath(this.where, this.fileSequence, id)}:1`;
  }

  async append(article: Article): Promise<number> {
    try {
      await writeArticleFile(addedArticlePath(this.where, this.fileSequence, article.id), article);
    } catch (error) {
      throw new AppendError('WRITE_FAILED', `The article could not be written to the corpus folder: ${describe(error)}`);
    }
    this.fileSequence++;
    return ++this.count;
  }

  follow(): void {}

  /** A folder keeps articles only: it is extracted at every start. */
  async keepExtractions(): Promise<void> {}

  health(): LogHealth {
    return { reachable: true, head: this.count };
  }

  async close(): Promise<void> {}
}
