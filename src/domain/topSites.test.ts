import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config.ts';
import { distanceKm } from './geo.ts';
import { createGridScorer } from './gridScorer.ts';
import { applyPreset, PRESETS } from './presets.ts';
import { syntheticGrid } from './testing/syntheticGrid.ts';
import { topSites } from './topSites.ts';

describe('topSites', () => {
  const grid = syntheticGrid({ resolutionDeg: 2, seed: 5 });
  const scorer = createGridScorer(grid);

  it('returns sites at least D km apart, sorted best first', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(defaultConfig(), ...PRESETS.map((p) => applyPreset(p))),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        (config, count, minKm) => {
          const result = scorer.score(config);
          const sites = topSites(grid, result, { count, minDistanceKm: minKm });
          expect(sites.length).toBeLessThanOrEqual(count);
          const exact = sites.map((s) => s.exactScore);
          expect(exact).toEqual([...exact].sort((x, y) => y - x));
          for (let a = 0; a < sites.length; a++) {
            expect(sites[a].rank).toBe(a + 1);
            expect(sites[a].score).toBeLessThanOrEqual(100);
            for (let b = 0; b < a; b++) {
              expect(
                distanceKm([sites[a].lon, sites[a].lat], [sites[b].lon, sites[b].lat]),
              ).toBeGreaterThanOrEqual(minKm);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('starts with the best scored cell and reports its time to power', () => {
    const result = scorer.score(defaultConfig());
    let best = -1;
    for (let i = 0; i < result.scores.length; i++) {
      if (result.scores[i] <= 100 && (best < 0 || result.exact[i] > result.exact[best])) best = i;
    }
    const [first] = topSites(grid, result, { count: 1, minDistanceKm: 500 });
    expect(first.cellIndex).toBe(best);
    expect(first.timeToPowerMonths).toBeGreaterThan(0);
    expect(first.percentile).toBeGreaterThan(90);
  });

  it('fills N when spacing allows and returns nothing for N = 0', () => {
    const result = scorer.score(defaultConfig());
    expect(topSites(grid, result, { count: 25, minDistanceKm: 0 })).toHaveLength(25);
    expect(topSites(grid, result, { count: 0, minDistanceKm: 0 })).toEqual([]);
  });
});
