import { createHash } from 'node:crypto';
import { IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateBy, validateSync, type ValidationError } from 'class-validator';
import { ArticleFormatError, isValidIsoDate } from './parseArticle';
import type { Article } from './types';

/** Source ids become part of readable node ids, so they are restricted to URL-safe characters. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
export const MAX_ARTICLE_CHARS = 500_000;

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
      validate: (value: unknown) => typeof value === 'string' && !/\p{Surrogate}/u.test(value),
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
  @MaxLength(500)
  title?: string | null;

  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(200)
  outlet?: string | null;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: '$property must be an http or https URL' })
  @MaxLength(2000)
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

/** The one JSON line that stores `article` in a `.jsonl` file: exactly the fields it was given, and its id. */
export function jsonLineOf(article: Article): string {
  const { id, text, title, outlet, url, publishedAt, metadata } = article;
  return JSON.stringify({ ...metadata, id, title, outlet, url, publishedAt, text });
}
