import { closeInTime, sameAgreement } from '../../src/merge/mergeAgreements';
import type { ExtractedAgreement } from '../../src/extract/types';

/** A party's refusal stays its own agreement across sources; a proposal that is later agreed is one agreement. */
const deal = (status: ExtractedAgreement['status'], partyKeys: string[]): ExtractedAgreement => ({ kind: 'deal', partyKeys, status, terms: '', spans: [{ start: 0, end: 1 }] });

test('a refusal does not merge with the agreement the others made', () => {
  expect(sameAgreement(deal('REJECTED', ['norway']), deal('AGREED', ['norway', 'nordic-council']))).toBe(false);
});

test('a proposal and its later agreement merge, as two refusals do', () => {
  expect(sameAgreement(deal('PROPOSED', ['norway', 'sweden']), deal('AGREED', ['norway', 'sweden']))).toBe(true);
  expect(sameAgreement(deal('REJECTED', ['norway']), deal('REJECTED', ['norway', 'nordic-council']))).toBe(true);
});

test('reports of a party weeks apart are of different events', () => {
  const o = (publishedAt: string) => ({ sourceId: 's', text: '', agreement: deal('AGREED', ['norway']), publishedAt });
  expect(closeInTime(o('2025-05-01'), o('2025-05-09'))).toBe(true);
  expect(closeInTime(o('2025-05-01'), o('2025-07-01'))).toBe(false);
  expect(closeInTime(o('2025-05-01'), { ...o('x'), publishedAt: undefined })).toBe(true);
});
