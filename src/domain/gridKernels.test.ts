import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWeightedScores, sumWeightedScores } from './gridKernels.ts';

describe('sumWeightedScores', () => {
  it('gives bit for bit the sums of addWeightedScores called term by term, for 1 to 9 terms', () => {
    const score = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }).chain((terms) =>
          fc.tuple(
            fc.array(fc.array(score, { minLength: 5, maxLength: 5 }), {
              minLength: terms,
              maxLength: terms,
            }),
            fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: terms, maxLength: terms }),
          ),
        ),
        ([rows, weights]) => {
          const scores = rows.map((r) => Float64Array.from(r));
          const expected = new Float64Array(5);
          scores.forEach((s, k) => addWeightedScores(s, weights[k], expected, k === 0));
          const sum = new Float64Array(5).fill(Number.NaN);
          sumWeightedScores(scores, weights, sum);
          expect(Array.from(sum)).toEqual(Array.from(expected));
        },
      ),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
