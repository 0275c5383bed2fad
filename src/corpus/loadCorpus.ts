import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ADDED_BY_KEY, articleFieldsOf, articleOf, SOURCE_ID_PATTERN } from './articleInput';
import { ArticleFormatError, parseArticle } from './parseArticle';
import type { Article, Corpus, CorpusError } from './types';

/**
 * News articles run to tens of kilobytes; 512 KiB is the API's 500,000 characters with room for UTF-8. The
 * limit bounds the work one article can cost: extraction is linear in the text, and the slowest 512 KiB
 * articles tried, on one line or many, take a few seconds (tests/corpus/articleFuzz.test.ts).
 */
export const MAX_ARTICLE_BYTES = 512 * 1024;
/** A `.jsonl` file holds many articles, so it may be far larger than one; each line is checked like an article. */
const MAX_JSONL_BYTES = 512 * 1024 * 1024;
/** Articles added through the API, one `.jsonl` file each, named `<sequence>_<id>.jsonl`: see src/ingest. */
export const ADDED_DIR = 'added';
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ArticleFormatError('is not valid UTF-8');
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads one `.txt` article file; throws ArticleFormatError with a reason a person can act on. */
export function readArticleFile(path: string): Article {
  const id = basename(path, extname(path));
  if (!SOURCE_ID_PATTERN.test(id)) throw new ArticleFormatError(`file name "${id}" is not a usable source id (letters, digits, _ . - only)`);
  const stat = statSync(path);
  // A FIFO or a device (a link to /dev/urandom, say) would block or never end when read.
  if (!stat.isFile()) throw new ArticleFormatError('is not a regular file');
  const { size } = stat;
  if (size === 0) throw new ArticleFormatError('is empty');
  const overLimit = (bytes: number) => new ArticleFormatError(`is ${bytes} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`);
  if (size > MAX_ARTICLE_BYTES) throw overLimit(size);
  const bytes = readFileSync(path);
  // It may have grown since it was measured.
  if (bytes.length > MAX_ARTICLE_BYTES) throw overLimit(bytes.length);
  return parseArticle(id, path, decode(bytes));
}

/** Where a reader puts what it reads, in reading order, so errors come out in file and line order. */
interface CorpusSink {
  article(article: Article): void;
  error(origin: string, reason: string): void;
}

/**
 * Reads a JSON Lines file: one ArticleInput object (`text`, and optionally `id`, `title`, `outlet`, `url`,
 * `publishedAt`) per line. A bad line is reported as `path:line` and skipped; blank lines are ignored.
 */
function readJsonLines(path: string, sink: CorpusSink): void {
  const size = statSync(path).size;
  if (size > MAX_JSONL_BYTES) return sink.error(path, `is ${size} bytes, over the ${MAX_JSONL_BYTES}-byte limit`);
  let content: string;
  try {
    content = decode(readFileSync(path));
  } catch (error) {
    return sink.error(path, describe(error));
  }
  content.split('\n').forEach((line, i) => {
    const origin = `${path}:${i + 1}`;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return sink.error(origin, `is not valid JSON (${describe(error)})`);
    }
    try {
      const { fields, metadata } = articleFieldsOf(value);
      sink.article(articleOf(fields, origin, metadata));
    } catch (error) {
      sink.error(origin, describe(error));
    }
  });
}

/** `.txt` and `.jsonl` files of `dir`, in file name order. */
function readFolder(dir: string, sink: CorpusSink): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.jsonl')).sort();
  for (const file of files) {
    const path = join(dir, file);
    if (file.endsWith('.jsonl')) {
      readJsonLines(path, sink);
      continue;
    }
    try {
      sink.article(readArticleFile(path));
    } catch (error) {
      sink.error(path, describe(error));
    }
  }
}

/**
 * Loads every article in `dir`: `.txt` files (one article each) and `.jsonl` files (one article a line), in file
 * name order, then the articles added through the API (`added/`), in the order they were added, so that a
 * restart merges them in the same order as the running service did. Builds are deterministic.
 * A bad article is reported by file (and line) and reason and skipped; the rest still load.
 */
export function loadCorpus(dir: string): Corpus {
  const articles: Article[] = [];
  const errors: CorpusError[] = [];
  const seen = new Set<string>();
  const sink: CorpusSink = {
    article(article) {
      if (seen.has(article.id)) return this.error(article.origin, `duplicate source id "${article.id}"`);
      seen.add(article.id);
      articles.push(article);
    },
    error: (origin, reason) => errors.push({ origin, reason }),
  };
  readFolder(dir, sink);
  const added = join(dir, ADDED_DIR);
  if (existsSync(added) && statSync(added).isDirectory()) {
    // Who added an article is recorded by the service in added/ only; elsewhere the key is plain metadata.
    readFolder(added, {
      article({ metadata: { [ADDED_BY_KEY]: addedBy, ...metadata }, ...article }) {
        sink.article(addedBy === undefined ? { ...article, metadata } : { ...article, metadata, addedBy });
      },
      error: sink.error,
    });
  }
  return { articles, errors };
}
