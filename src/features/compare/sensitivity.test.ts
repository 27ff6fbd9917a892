import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRITERION_IDS, resolveConfig, type CriterionId } from '../../domain/index.ts';
import { initialConfig } from '../scoring/scoringStore.ts';
import { scoreEntries } from '../shortlist/shortlistScores.ts';
import { TEST_ENTRIES, testGrid } from '../../shared/testing/shortlistTestGrid.ts';
import { rankSensitivity, ranksOf, weightedScore } from '../../domain/index.ts';

const scoresArb = fc.dictionary(fc.constantFrom(...CRITERION_IDS), fc.integer({ min: 0, max: 100 }), {
  minKeys: CRITERION_IDS.length,
}) as fc.Arbitrary<Record<CriterionId, number>>;
const weightsArb = fc.dictionary(fc.constantFrom(...CRITERION_IDS), fc.integer({ min: 0, max: 50 }), {
  minKeys: 1,
});

describe('rank sensitivity', () => {
  it('agrees with the scorer under unperturbed weights', () => {
    const config = { ...initialConfig(), constraints: {} };
    const scores = scoreEntries(testGrid(), config, TEST_ENTRIES, null);
    const sites = TEST_ENTRIES.map((e) => {
      const r = scores.get(e.id)!.result;
      return {
        id: e.id,
        score: r.score,
        criterionScores: Object.fromEntries(r.breakdown.map((b) => [b.id, b.score])),
      };
    });
    for (const s of sites) expect(weightedScore(s.criterionScores, config.weights)).toBeCloseTo(s.score!, 9);
    const result = rankSensitivity(sites, config.weights, { draws: 0 });
    expect(result.sites.map((s) => s.baseRank)).toEqual(ranksOf(sites.map((s) => s.score)));
    expect(resolveConfig(config).weighted.length).toBeGreaterThan(1);
  });

  it('counts every draw once per ranked site, and is reproducible from its seed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(scoresArb, { freq: 5 }), { minLength: 2, maxLength: 6 }),
        weightsArb,
        fc.integer(),
        (scores, weights, seed) => {
          const sites = scores.map((criterionScores, i) => ({ id: String(i), criterionScores }));
          const a = rankSensitivity(sites, weights, { draws: 50, seed });
          expect(a).toEqual(rankSensitivity(sites, weights, { draws: 50, seed }));
          a.sites.forEach((s, i) => {
            const total = s.counts.reduce((x, y) => x + y, 0);
            expect(total).toBe(
              sites[i].criterionScores && Object.values(weights).some((w) => w > 0) ? 50 : 0,
            );
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a site better on every criterion always ranks first; a close race moves', () => {
    const weights = { power_price: 50, carbon: 50 };
    const dominant = rankSensitivity(
      [
        { id: 'a', criterionScores: { power_price: 90, carbon: 90 } },
        { id: 'b', criterionScores: { power_price: 40, carbon: 60 } },
      ],
      weights,
    );
    expect(dominant.sites[0]).toMatchObject({ baseRank: 1, stability: 1 });
    expect(dominant.sites[0].counts).toEqual([200, 0]);
    const close = rankSensitivity(
      [
        { id: 'a', criterionScores: { power_price: 80, carbon: 40 } },
        { id: 'b', criterionScores: { power_price: 41, carbon: 78 } },
      ],
      weights,
    );
    expect(close.sites[0].counts[0]).toBeGreaterThan(0);
    expect(close.sites[0].counts[0]).toBeLessThan(200);
  });

  it('leaves unscored sites unranked', () => {
    const r = rankSensitivity(
      [
        { id: 'a', criterionScores: null },
        { id: 'b', criterionScores: { carbon: 10 } },
      ],
      { carbon: 1 },
    );
    expect(r.sites[0]).toMatchObject({ baseRank: null, stability: null, counts: [0, 0] });
    expect(r.sites[1]).toMatchObject({ baseRank: 1, stability: 1 });
  });
});
