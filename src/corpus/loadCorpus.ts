import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ArticleFormatError, parseArticle } from './parseArticle';
import type { Article, Corpus, CorpusError } from './types';

/** Source ids become part of readable node ids, so they are restricted to URL-safe characters. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/**
 * News articles run to tens of kilobytes. The limit bounds the work one article can cost: with lines within
 * MAX_LINE_CHARS, the slowest 128 KiB article tried takes 6–8 s to extract (tests/corpus/articleFuzz.test.ts).
 */
export const MAX_ARTICLE_BYTES = 128 * 1024;
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

/**
 * Loads every `.txt` article in `dir`, sorted by file name so builds are deterministic.
 * A bad article is reported by file and reason and skipped; the rest still load.
 */
export function loadCorpus(dir: string): Corpus {
  const articles: Article[] = [];
  const errors: CorpusError[] = [];
  const seen = new Set<string>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const path = join(dir, file);
    try {
      const article = readArticleFile(path);
      if (seen.has(article.id)) throw new ArticleFormatError(`duplicate source id "${article.id}"`);
      seen.add(article.id);
      articles.push(article);
    } catch (error) {
      errors.push({ origin: path, reason: describe(error) });
    }
  }
  return { articles, errors };
}
