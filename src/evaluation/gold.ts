import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Hand annotations of a set of articles (see tests/gold/*.gold.json). */
export interface GoldAnchor {
  source: string;
  anchor: string;
  occurrence?: number;
}
export interface GoldSet {
  corpus: string;
  quotes: { source: string; text: string; occurrence?: number; speaker: string }[];
  nonSpeechQuotes?: { source: string; text: string }[];
  statements: { key: string; speaker: string; kind: string; reports: GoldAnchor[] }[];
  meetings: { key: string; participants: string[]; date?: string | null; place?: string; happened: boolean; reports: GoldAnchor[] }[];
  agreements: { key: string; parties: string[]; status: string; reports: GoldAnchor[] }[];
  discrepancies: { subject: string; field: string; kind: string; values: { value: string; sources: string[] }[] }[];
}

/** Every annotated set: `tests/<set>/*.gold.json`. */
export function goldFiles(root: string): string[] {
  const tests = join(root, 'tests');
  return readdirSync(tests, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(tests, d.name)).filter((f) => f.endsWith('.gold.json')).map((f) => join(tests, d.name, f)))
    .sort();
}

export function loadGold(path: string): GoldSet {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldSet;
}

export function corpusDirOf(gold: GoldSet, root: string): string {
  return join(root, gold.corpus);
}

/** Character span of the n-th occurrence of `needle` in `text`. */
export function locate(text: string, needle: string, occurrence = 1): { start: number; end: number } | undefined {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return undefined;
  }
  return { start: at, end: at + needle.length };
}
