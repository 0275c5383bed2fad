import { createHash } from 'node:crypto';
import { isURL, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateBy, validateSync, type ValidationError } from 'class-validator';
import { ArticleFormatError, isValidIsoDate } from './parseArticle';
import type { Article } from './types';

/** Source ids become part of readable node ids, so they are restricted to URL-safe characters. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
export const MAX_ARTICLE_CHARS = 500_000;
const MAX_TITLE_CHARS = 500;
const MAX_OUTLET_CHARS = 200;
const MAX_URL_CHARS = 2000;
/** One object for the decorator and the check of certainly valid fields below (validator.js fills in its defaults). */
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * One article as a client or a pipeline hands it in: through `addArticle`, or as one line of a `.jsonl` file
 * in the corpus folder. The same rules hold for both; the GraphQL input type extends this class.
 */
export class ArticleFields {
  @IsString()
  @Matches(/\S/, { message: '$property must not be empty or blank' })
  @Matches(/^[^\u0000]*$/, { message: '$property must not contain NUL characters' })
  @MaxLength(MAX_ARTICLE_CHARS, { message: `$property must be at most ${MAX_ARTICLE_CHARS} characters long` })
  // A lone surrogate cannot be written as UTF-8, the encoding of the corpus folder.
  @ValidateBy({
    name: 'isWellFormedUnicode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !LONE_SURROGATE.test(value),
      defaultMessage: () => '$property must be well-formed Unicode (no lone surrogates)',
    },
  })
  text!: string;

  @IsOptional()
  @IsString()
  @Matches(SOURCE_ID_PATTERN, { message: '$property must be 1 to 128 letters, digits, "_", "." or "-", starting with a letter or digit' })
  id?: string | null;

  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_TITLE_CHARS)
  title?: string | null;

  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_OUTLET_CHARS)
  outlet?: string | null;

  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: '$property must be an http or https URL' })
  @MaxLength(MAX_URL_CHARS)
  url?: string | null;

  @IsOptional()
  @ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidIsoDate(value),
      defaultMessage: () => '$property must be a calendar date as YYYY-MM-DD',
    },
  })
  publishedAt?: string | null;
}

const FIELD_NAMES = ['text', 'id', 'title', 'outlet', 'url', 'publishedAt'] as const;

const isMissing = (v: unknown): v is null | undefined => v === null || v === undefined;
const isFilled = (v: unknown, max: number): v is string => typeof v === 'string' && /\S/.test(v) && v.length <= max;

/**
 * Whether the fields pass every rule of ArticleFields, checked directly: class-validator's general machinery
 * costs more than reading an article, and a corpus is mostly valid lines. Never true of fields class-validator
 * would reject (a length within the limit in UTF-16 units is within it as class-validator counts); when false,
 * class-validator decides and words the problems.
 */
function isCertainlyValid(f: ArticleFields): boolean {
  return (
    isFilled(f.text, MAX_ARTICLE_CHARS) &&
    !f.text.includes('\u0000') &&
    !LONE_SURROGATE.test(f.text) &&
    (isMissing(f.id) || (typeof f.id === 'string' && SOURCE_ID_PATTERN.test(f.id))) &&
    (isMissing(f.title) || isFilled(f.title, MAX_TITLE_CHARS)) &&
    (isMissing(f.outlet) || isFilled(f.outlet, MAX_OUTLET_CHARS)) &&
    (isMissing(f.url) || (isURL(f.url, URL_OPTIONS) && f.url.length <= MAX_URL_CHARS)) &&
    (isMissing(f.publishedAt) || (typeof f.publishedAt === 'string' && isValidIsoDate(f.publishedAt)))
  );
}

function problemsOf(errors: ValidationError[]): string {
  return errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ');
}

/**
 * A `.jsonl` line's object as ArticleFields, or an ArticleFormatError saying what is wrong. Keys this API does
 * not model are kept as metadata when they hold strings, as header lines of a `.txt` article are.
 */
export function articleFieldsOf(value: unknown): { fields: ArticleFields; metadata: Record<string, string> } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ArticleFormatError('is not a JSON object');
  const fields = new ArticleFields();
  const metadata: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if ((FIELD_NAMES as readonly string[]).includes(key)) (fields as unknown as Record<string, unknown>)[key] = v;
    else if (typeof v === 'string') metadata[key] = v;
    else throw new ArticleFormatError(`field "${key}" is not one of ${FIELD_NAMES.join(', ')} and does not hold a string`);
  }
  if (isCertainlyValid(fields)) return { fields, metadata };
  const errors = validateSync(fields, { forbidUnknownValues: false });
  if (errors.length > 0) throw new ArticleFormatError(problemsOf(errors));
  return { fields, metadata };
}

/** What makes two texts the same article: line endings, surrounding and repeated white space do not count. */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** The id of an article handed in without one: its date (when known) and a hash of its text, so a resubmission has the same id. */
export function defaultArticleId(fields: ArticleFields): string {
  const hash = textFingerprint(fields.text).slice(0, 16);
  return fields.publishedAt ? `${fields.publishedAt}_${hash}` : hash;
}

/** The article as the pipeline reads it; `text` is kept exactly as given, since every offset points into it. */
export function articleOf(fields: ArticleFields, origin: string, metadata: Record<string, string> = {}): Article {
  return {
    id: fields.id ?? defaultArticleId(fields),
    origin,
    text: fields.text,
    title: fields.title ?? undefined,
    outlet: fields.outlet ?? undefined,
    url: fields.url ?? undefined,
    publishedAt: fields.publishedAt ?? undefined,
    metadata,
  };
}

/** The key of a `.jsonl` line in `added/` that says which write token added the article. */
export const ADDED_BY_KEY = 'addedBy';

/**
 * The one JSON line that stores `article` in a `.jsonl` file: exactly the fields it was given, its id, and who
 * added it.
 */
export function jsonLineOf(article: Article): string {
  const { id, text, title, outlet, url, publishedAt, metadata, addedBy } = article;
  return JSON.stringify({ ...metadata, [ADDED_BY_KEY]: addedBy, id, title, outlet, url, publishedAt, text });
}
