/** One article as read from the corpus folder: header parsed off, body kept byte-for-byte so offsets are stable. */
export interface Article {
  /** The file stem (or the `id` of a JSON Lines record); becomes `source:<id>`. */
  id: string;
  /** Where it came from, for error messages: a path, or `path:line` for JSON Lines. */
  origin: string;
  /** The article body exactly as in the file after the header; every offset in the system is into this string. */
  text: string;
  title?: string;
  outlet?: string;
  url?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  /** Header keys we do not model (kept, never mixed into `text`). */
  metadata: Record<string, string>;
  /** The name of the write token that added it through addArticle (only articles in `added/` have one). */
  addedBy?: string;
}

/** An article that could not be loaded, reported by origin and reason; the rest of the corpus still loads. */
export interface CorpusError {
  origin: string;
  reason: string;
}

export interface Corpus {
  articles: Article[];
  errors: CorpusError[];
}
