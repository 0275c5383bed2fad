import fc from 'fast-check';
import { sortReports, withReports } from '../../src/merge/reports';
import type { ReportSpan } from '../../src/ontology/types';

// Few sources and offsets, so that reports at the same place and at the same start with other ends are common.
const report = fc.record({
  sourceId: fc.constantFrom('source:a', 'source:b', 'source:c'),
  start: fc.integer({ min: 0, max: 6 }),
  length: fc.integer({ min: 1, max: 3 }),
  tag: fc.integer({ min: 0, max: 1000 }),
}).map(({ sourceId, start, length, tag }): ReportSpan => ({ sourceId, start, end: start + length, excerpt: `excerpt ${tag}` }));

test('placing added reports into sorted ones gives what sorting all of them gives, duplicates and ties included', () => {
  fc.assert(
    fc.property(fc.array(report, { maxLength: 40 }), fc.array(report, { maxLength: 12 }), (reports, added) => {
      expect(withReports(sortReports(reports), added)).toEqual(sortReports([...reports, ...added]));
    }),
    { numRuns: 500 },
  );
});

test('the sorted reports given are left as they were, and the added ones take their place among them', () => {
  const a = { sourceId: 'source:a', start: 0, end: 4, excerpt: 'Ahea' };
  const b = { sourceId: 'source:b', start: 2, end: 5, excerpt: 'ead' };
  const sorted = sortReports([b, a]);
  expect(withReports(sorted, [{ ...a, excerpt: 'a copy at the same place' }, { sourceId: 'source:a', start: 1, end: 2, excerpt: 'h' }])).toEqual([a, { sourceId: 'source:a', start: 1, end: 2, excerpt: 'h' }, b]);
  expect(sorted).toEqual([a, b]);
});
