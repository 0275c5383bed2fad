import fc from 'fast-check';
import { sameStatement } from '../../src/merge/sameStatement';
import { overlappingStatement, quoted } from './overlappingStatements';

describe('two statements are one thing said', () => {
  it('whichever of the two is read first (fast-check, fixed seed)', () => {
    // Quotes of one length, one or two words apart, mostly stopwords: either could be the one inside the other.
    const few = ['we', 'will', 'the', 'on', 'talks', 'grain'];
    const quote = fc.array(fc.constantFrom(...few), { minLength: 3, maxLength: 8 });
    const change = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...few)), { minLength: 1, maxLength: 2 });
    const pairs = fc.oneof(
      fc.tuple(overlappingStatement, overlappingStatement),
      fc.tuple(quote, change).map(([words, changes]) => {
        const other = [...words];
        for (const [at, word] of changes) other[at % other.length] = word;
        return [quoted(words), quoted(other)] as const;
      }),
    );
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(sameStatement(a, b)).toBe(sameStatement(b, a));
      }),
      { seed: 20250411, numRuns: 3000 },
    );
  });
});
