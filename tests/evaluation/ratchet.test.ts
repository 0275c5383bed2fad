import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type Figures } from '../../src/evaluation/evaluate';
import { corpusDirOf, goldFiles, loadGold } from '../../src/evaluation/gold';

const root = join(__dirname, '../..');
const floors = JSON.parse(readFileSync(join(__dirname, 'ratchet.json'), 'utf8')) as Record<string, Figures>;

describe.each(goldFiles(root).filter((file) => floors[loadGold(file).corpus]))('extraction quality on %s never falls below what it reached', (file) => {
  const gold = loadGold(file);
  const result = evaluate(gold, corpusDirOf(gold, root));
  const floor = floors[gold.corpus];

  it.each(Object.keys(floor) as (keyof Figures)[])('%s', (figure) => {
    expect(result.figures[figure]).toBeGreaterThanOrEqual(floor[figure]);
  });

  it('every gold anchor and quote is found in its article (the gold itself is sound)', () => {
    expect(result.errors.filter((e) => e.startsWith('gold '))).toEqual([]);
  });
});
