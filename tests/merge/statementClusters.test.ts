import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { syntheticArticles } from '../../src/bench/syntheticCorpus';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import type { ExtractedStatement } from '../../src/extract/types';
import { sameStatement } from '../../src/merge/sameStatement';
import { StatementClusters } from '../../src/merge/StatementClusters';
import { UnionFind } from '../../src/merge/UnionFind';
import { extractCorpus } from '../../src/pipeline';
import { overlappingStatement } from './overlappingStatements';

/** The clusters by definition: every pair of one speaker's statements compared, joined where the test holds. */
function clustersOfAllPairs(statements: ExtractedStatement[]): number[][] {
  const sets = new UnionFind(statements.length);
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      if (statements[i].speakerKey === statements[j].speakerKey && sameStatement(statements[i], statements[j])) sets.union(i, j);
    }
  }
  return sets.groups();
}

/** The clusters the merge finds, adding the statements in the given order (a permutation of their indexes). */
function clustersFound(statements: ExtractedStatement[], order = statements.map((_, i) => i)): number[][] {
  const sets = new UnionFind(statements.length);
  const clusters = new StatementClusters(sets);
  // The k-th statement added is number k.
  order.forEach((i, k) => clusters.add(k, statements[i]));
  return canonical(sets.groups().map((g) => g.map((k) => order[k])));
}

const canonical = (groups: number[][]) => groups.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);

const statementsOf = (dir: string) => extractCorpus(loadCorpus(dir)).extractions.flatMap((e) => e.statements);

describe('statement clusters are those of comparing every pair', () => {
  it('on the seeds, fixtures and holdout, in order and reversed', () => {
    const root = join(__dirname, '../..');
    const statements = ['seeds', 'tests/fixtures/articles', 'tests/holdout/articles'].flatMap((d) => statementsOf(join(root, d)));
    const expected = canonical(clustersOfAllPairs(statements));
    expect(expected.some((g) => g.length > 1)).toBe(true);
    expect(clustersFound(statements)).toEqual(expected);
    expect(clustersFound(statements, statements.map((_, i) => statements.length - 1 - i))).toEqual(expected);
  });

  it('on a generated corpus where outlets retell the same events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clusters-'));
    try {
      writeFileSync(join(dir, 'synthetic.jsonl'), syntheticArticles(400).map((a) => JSON.stringify(a)).join('\n') + '\n');
      const statements = statementsOf(dir);
      const expected = canonical(clustersOfAllPairs(statements));
      expect(expected.length).toBeLessThan(statements.length / 2);
      expect(clustersFound(statements)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on generated statements that overlap in every way, in any order (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(overlappingStatement, { maxLength: 40 }).chain((statements) => fc.tuple(fc.constant(statements), fc.shuffledSubarray(statements.map((_, i) => i), { minLength: statements.length }))),
        ([statements, order]) => {
          expect(clustersFound(statements, order)).toEqual(canonical(clustersOfAllPairs(statements)));
        },
      ),
      { seed: 20250411, numRuns: 300 },
    );
  });
});
