import 'reflect-metadata';
import { validateSync } from 'class-validator';
import fc from 'fast-check';
import { ArticleFields, articleFieldsOf } from '../../src/corpus/articleInput';

/**
 * A `.jsonl` line and an `addArticle` call obey the same rules: the class-validator decorators of ArticleFields,
 * which addArticle runs. articleFieldsOf must accept exactly the lines those rules accept, and word a rejection
 * as they do, whatever shortcut it takes for valid lines.
 */

const oddStrings = fc.oneof(
  fc.constantFrom('', ' ', '\n', 'x'.repeat(201), 'x'.repeat(501), 'nul\u0000inside', 'lone \ud800 surrogate', 'pair 😀 fine', 'e\u0301'),
  fc.string({ maxLength: 12 }),
);
const oddValues = fc.oneof(oddStrings, fc.constant(null), fc.integer(), fc.constant(['a']));
/** Mostly values a client would send (or nothing), sometimes anything at all. */
const field = (usual: fc.Arbitrary<unknown>, unusual: fc.Arbitrary<unknown> = fc.constant(undefined)) =>
  fc.oneof({ weight: 6, arbitrary: usual }, { weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.oneof(oddValues, unusual) });
const fields = fc.record(
  {
    text: field(fc.constantFrom('A body.', 'Talks in Geneva.\n\n"Fine," he said.', 'pair 😀 fine'), fc.constantFrom('x'.repeat(500_001), `${'y'.repeat(499_999)}😀`)),
    id: field(fc.constantFrom('harbour-0412', '0abc_1.2-3'), fc.constantFrom('-starts-with-dash', 'has space', 'a'.repeat(129))),
    title: field(fc.constant('Envoy and president meet')),
    outlet: field(fc.constant('Harbour Times')),
    url: field(fc.constantFrom('https://example.org/a', 'http://example.org'), fc.constantFrom('ftp://example.org/a', 'example.org/a', 'https://', `https://example.org/${'p'.repeat(2000)}`, 'https://exa mple.org')),
    publishedAt: field(fc.constantFrom('2025-04-12', '2024-02-29'), fc.constantFrom('2025-13-01', '2025-02-29', '2025-4-12')),
  },
  { requiredKeys: [] },
);

function classValidatorVerdict(input: Record<string, unknown>): string | undefined {
  const expected = Object.assign(new ArticleFields(), input);
  const errors = validateSync(expected, { forbidUnknownValues: false });
  return errors.length === 0 ? undefined : errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ');
}

function loaderVerdict(input: Record<string, unknown>): string | undefined {
  try {
    articleFieldsOf(input);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

test('a .jsonl line is accepted or rejected exactly as the class-validator rules of addArticle judge it, in their words', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(fields, (input) => {
      const verdict = classValidatorVerdict(input);
      expect(loaderVerdict(input)).toBe(verdict);
      if (verdict === undefined) accepted++;
      else rejected++;
    }),
    { numRuns: 2000, seed: 20_250_412 },
  );
  // Both outcomes were tried many times, or the property says little.
  expect(accepted).toBeGreaterThan(50);
  expect(rejected).toBeGreaterThan(50);
});
