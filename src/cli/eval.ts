import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluate, type Figures } from '../evaluation/evaluate';
import { corpusDirOf, goldFiles, loadGold } from '../evaluation/gold';
import { evaluateRealNews, realNewsDir } from '../evaluation/realNews';

/**
 * `npm run eval`: extraction and merge quality per annotated article set, with every error listed.
 * `npm run eval -- --raise-floors` raises the ratchet the test suite holds the extractor to (never lowers it).
 */
const root = resolve(__dirname, '../../..');
const ratchetFile = join(root, 'tests/evaluation/ratchet.json');
const raiseFloors = process.argv.includes('--raise-floors');
const ratchet = JSON.parse(readFileSync(ratchetFile, 'utf8')) as Record<string, Partial<Figures> | string>;

for (const file of goldFiles(root)) {
  const gold = loadGold(file);
  const result = evaluate(gold, corpusDirOf(gold, root));
  console.log(`\n== ${gold.corpus} (${result.counts.articles} articles)`);
  for (const [name, value] of Object.entries(result.figures)) console.log(`  ${name.padEnd(24)} ${value.toFixed(3)}`);
  console.log(`  counts: ${Object.entries(result.counts).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  console.log(`  errors (${result.errors.length}):`);
  for (const e of result.errors) console.log(`    - ${e}`);
  if (raiseFloors) {
    const floors = (ratchet[gold.corpus] ?? {}) as Partial<Figures>;
    for (const [name, value] of Object.entries(result.figures) as [keyof Figures, number][]) {
      floors[name] = Math.max(floors[name] ?? 0, Math.floor(value * 1000) / 1000);
    }
    ratchet[gold.corpus] = floors;
  }
}
const realNews = realNewsDir(root);
if (!realNews) console.log('\n== realnews: skipped, ../shared/realnews/ is not beside the repository');
else {
  const result = evaluateRealNews(realNews);
  console.log(`\n== realnews (${result.counts.articles} real articles, ${realNews})`);
  for (const [name, value] of Object.entries(result.figures)) console.log(`  ${name.padEnd(24)} ${value.toFixed(3)}`);
  console.log(`  counts: ${Object.entries(result.counts).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  console.log(`  errors (${result.errors.length}):`);
  for (const e of result.errors) console.log(`    - ${e}`);
  if (raiseFloors) {
    const floors = (ratchet.realnews ?? {}) as Record<string, number>;
    for (const [name, value] of Object.entries(result.figures)) {
      // nonSpeechQuotesAsSpeech is an error rate: its floor is a ceiling.
      floors[name] = name === 'nonSpeechQuotesAsSpeech' ? Math.min(floors[name] ?? 1, Math.ceil(value * 1000) / 1000) : Math.max(floors[name] ?? 0, Math.floor(value * 1000) / 1000);
    }
    ratchet.realnews = floors as Partial<Figures>;
  }
}
if (raiseFloors) {
  writeFileSync(ratchetFile, `${JSON.stringify(ratchet, null, 2)}\n`);
  console.log(`\nfloors written to ${ratchetFile}`);
}
