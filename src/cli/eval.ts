import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluate } from '../evaluation/evaluate';
import { corpusDirOf, loadGold } from '../evaluation/gold';

/** `npm run eval`: extraction and merge quality per annotated article set, with every error listed. */
const root = resolve(__dirname, '../../..');
const goldFiles = [join(root, 'tests/gold'), join(root, 'tests/fixtures')].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => join(dir, f)),
);
for (const file of goldFiles) {
  const gold = loadGold(file);
  const result = evaluate(gold, corpusDirOf(gold, root));
  console.log(`\n== ${gold.corpus} (${result.counts.articles} articles)`);
  for (const [name, value] of Object.entries(result.figures)) console.log(`  ${name.padEnd(24)} ${value.toFixed(3)}`);
  console.log(`  counts: ${Object.entries(result.counts).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  console.log(`  errors (${result.errors.length}):`);
  for (const e of result.errors) console.log(`    - ${e}`);
}
