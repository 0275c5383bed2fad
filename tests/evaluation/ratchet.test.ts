import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type Figures } from '../../src/evaluation/evaluate';
import { corpusDirOf, goldFiles, loadGold } from '../../src/evaluation/gold';
import { evaluateRealNews, realNewsDir, type RealNewsFigures } from '../../src/evaluation/realNews';

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

const realNews = realNewsDir(root);
const realNewsFloors = floors.realnews as unknown as Record<keyof RealNewsFigures, number> | undefined;
(realNews && realNewsFloors ? describe : describe.skip)('extraction quality on the real-news development set (../shared/realnews) never falls below what it reached', () => {
  const result = realNews && realNewsFloors ? evaluateRealNews(realNews) : undefined;

  it.each(Object.keys(realNewsFloors ?? {}) as (keyof RealNewsFigures)[])('%s', (figure) => {
    // One figure is an error rate (non-speech quotes taken as speech): its floor is a ceiling.
    if (figure === 'nonSpeechQuotesAsSpeech') expect(result!.figures[figure]).toBeLessThanOrEqual(realNewsFloors![figure]);
    else expect(result!.figures[figure]).toBeGreaterThanOrEqual(realNewsFloors![figure]);
  });

  it('every gold phrase is found in its article (the gold and the loader agree)', () => {
    expect(result!.errors.filter((e) => e.startsWith('gold '))).toEqual([]);
  });
});
