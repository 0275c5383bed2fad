import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { syntheticArticles } from '../../src/bench/syntheticCorpus';
import { IncrementalMerge } from '../../src/merge/IncrementalMerge';
import { mergeExtractions } from '../../src/merge/mergeExtractions';
import { realNewsDir } from '../../src/evaluation/realNews';
import { extractCorpus, type ExtractedCorpus } from '../../src/pipeline';

const root = join(__dirname, '../..');
const corpus = (dir: string) => extractCorpus(loadCorpus(join(root, dir)));

/** Adds the articles one at a time and checks the ontology after every addition against the full merge. */
function checkOneAtATime({ extractions, sources, warnings }: ExtractedCorpus, every = 1): void {
  const merge = new IncrementalMerge(warnings);
  extractions.forEach((e, i) => {
    const { touched } = merge.add(e, sources[i]);
    expect(touched.has(sources[i].id)).toBe(true);
    if ((i + 1) % every === 0 || i === extractions.length - 1) {
      expect(merge.ontology()).toEqual(mergeExtractions(extractions.slice(0, i + 1), sources.slice(0, i + 1), warnings));
    }
  });
  expect(IncrementalMerge.of(extractions, sources, warnings).ontology()).toEqual(mergeExtractions(extractions, sources, warnings));
}

describe('the incremental merge equals the full merge', () => {
  const seeds = corpus('seeds');
  const fixtures = corpus('tests/fixtures/articles');
  const holdout = corpus('tests/holdout/articles');

  it.each([
    ['seeds', seeds],
    ['fixtures', fixtures],
    ['holdout', holdout],
  ])('on the %s, adding one article at a time', (_name, extracted) => {
    checkOneAtATime(extracted);
  });

  it('on the seeds, fixtures and holdout together, in two orders', () => {
    const all: ExtractedCorpus = {
      extractions: [...seeds.extractions, ...fixtures.extractions, ...holdout.extractions],
      sources: [...seeds.sources, ...fixtures.sources, ...holdout.sources],
      warnings: [],
    };
    checkOneAtATime(all);
    const reversed = { extractions: [...all.extractions].reverse(), sources: [...all.sources].reverse(), warnings: [] };
    checkOneAtATime(reversed);
  });

  // Real outlets quote one remark in passages grouped differently: a later article splits an earlier statement.
  const realNews = realNewsDir(root);
  (realNews ? it : it.skip)('on the real-news development set, where later articles regroup remarks', () => {
    checkOneAtATime(extractCorpus(loadCorpus(join(realNews!, 'articles'))));
  });

  it('on a generated corpus where outlets retell the same events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'incremental-'));
    try {
      writeFileSync(join(dir, 'synthetic.jsonl'), syntheticArticles(300).map((a) => JSON.stringify(a)).join('\n') + '\n');
      checkOneAtATime(extractCorpus(loadCorpus(dir)), 25);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
