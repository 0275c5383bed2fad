import type { ArticleExtraction } from '../extract/types';

/*
 * Extractions as JSON, exactly: an open-ended range ends at Infinity, which plain JSON would turn into null (and
 * a replica built from the cache would then pick another value than one that extracted afresh). Numbers JSON
 * cannot write are kept as {"$number": "Infinity"}.
 */

const NUMBER_KEY = '$number';

export function extractionToJson(extraction: ArticleExtraction): string {
  return JSON.stringify(extraction, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? { [NUMBER_KEY]: String(value) } : value));
}

export function extractionFromJson(text: string): ArticleExtraction {
  return JSON.parse(text, (_key, value) => {
    if (value !== null && typeof value === 'object' && typeof value[NUMBER_KEY] === 'string' && Object.keys(value).length === 1) return Number(value[NUMBER_KEY]);
    return value;
  });
}
