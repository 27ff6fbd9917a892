import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig, type ScoringConfig } from './config.ts';
import { placeValuesAt, type ScoringGrid } from './grid.ts';
import { createGridScorer, percentileRank } from './gridScorer.ts';
import { SCORE_EXCLUDED, SCORE_INCOMPLETE } from './scoreCodes.ts';
import { PRESETS, applyPreset } from './presets.ts';
import { scorePoint } from './score.ts';
import { arbConfig } from './testing/arbitraries.ts';
import { loadGridFromDisk } from './testing/loadGrid.ts';
import { gridFromPlaces, mulberry32, syntheticGrid } from './testing/syntheticGrid.ts';
import { POWER_STAGES } from './timeToPower.ts';

function expectedCode(grid: ScoringGrid, i: number, config: ScoringConfig) {
  const p = scorePoint(placeValuesAt(grid, i), config);
  const code =
    p.status === 'scored' ? p.rounded : p.status === 'excluded' ? SCORE_EXCLUDED : SCORE_INCOMPLETE;
  return { p, code };
}

/** Checks `samples` random cells (all when omitted) against scorePoint. */
function expectGridMatchesPoints(grid: ScoringGrid, config: ScoringConfig, samples?: number, seed = 1) {
  const scorer = createGridScorer(grid);
  const result = scorer.score(config);
  const n = grid.cells.length;
  const rand = mulberry32(seed);
  const count = samples ?? n;
  for (let k = 0; k < count; k++) {
    const i = samples === undefined ? k : Math.floor(rand() * n);
    const { p, code } = expectedCode(grid, i, config);
    expect(result.scores[i], `cell ${i}`).toBe(code);
    if (p.status === 'scored') expect(result.exact[i]).toBe(p.score);
    const stage = p.timeToPower.stage;
    expect(result.stages[i]).toBe(stage === null ? 255 : POWER_STAGES.indexOf(stage));
  }
  return result;
}

describe('createGridScorer', () => {
  const grid = syntheticGrid({ resolutionDeg: 3, seed: 7, missingRate: 0.03 });

  it('equals scorePoint on every cell under the default config and each preset', () => {
    for (const config of [defaultConfig(), ...PRESETS.map((p) => applyPreset(p, defaultConfig()))]) {
      expectGridMatchesPoints(grid, config);
    }
  });

  it('equals scorePoint on random cells under random configs', () => {
    fc.assert(
      fc.property(arbConfig(), fc.integer(), (config, seed) => {
        expectGridMatchesPoints(grid, config, 60, seed);
      }),
      { numRuns: 60 },
    );
  });

  it('counts add up and the histogram covers scored cells', () => {
    const r = createGridScorer(grid).score({ ...defaultConfig(), constraints: { maxPowerPrice: 0.1 } });
    expect(r.scoredCount + r.excludedCount + r.incompleteCount).toBe(grid.cells.length);
    expect(r.histogram.reduce((a, b) => a + b, 0)).toBe(r.scoredCount);
    expect(r.excludedByCount.maxPowerPrice).toBeGreaterThan(0);
    expect(r.missingByCriterion.power_price).toBeGreaterThan(0);
  });

  it('marks every cell incomplete when a weighted criterion has no layer in the grid', () => {
    const g = gridFromPlaces(
      [
        { lat: 10.5, lon: 10.5, values: { power_price: 0.05, hazard: 3 } },
        { lat: 20.5, lon: 10.5, values: { power_price: 0.09, hazard: 3 } },
      ],
      { omitLayers: ['hazard'] },
    );
    const r = createGridScorer(g).score({ weights: { power_price: 1, hazard: 1 } });
    expect([...r.scores]).toEqual([SCORE_INCOMPLETE, SCORE_INCOMPLETE]);
    const priceOnly = createGridScorer(g).score({ weights: { power_price: 1 } });
    // Rows: 20.5° N is north of 10.5° N, so it comes first in cell order.
    expect([...priceOnly.scores]).toEqual([65, 88]);
  });

  it('reuses lookup tables across weight changes without changing results', () => {
    const scorer = createGridScorer(grid);
    const a = Uint8Array.from(scorer.score(defaultConfig()).scores);
    scorer.score({ weights: { carbon: 1 } });
    expect(scorer.score(resolveConfig(defaultConfig())).scores).toEqual(a);
  });
});

describe('percentileRank', () => {
  it('counts half the ties and is null with nothing scored', () => {
    const h = new Uint32Array(101);
    h[10] = 2;
    h[50] = 4;
    h[90] = 2;
    expect(percentileRank(h, 50)).toBe(50);
    expect(percentileRank(h, 95)).toBe(100);
    expect(percentileRank(h, 0)).toBe(0);
    expect(percentileRank(new Uint32Array(101), 50)).toBeNull();
  });
});

const realGrid = loadGridFromDisk(fileURLToPath(new URL('../../data/grid', import.meta.url)));
describe.skipIf(realGrid === null)('on the pipeline grid (data/grid)', () => {
  it('equals scorePoint on sampled cells under each preset', () => {
    const grid = realGrid as ScoringGrid;
    for (const config of [defaultConfig(), ...PRESETS.map((p) => applyPreset(p, defaultConfig()))]) {
      expectGridMatchesPoints(grid, config, 3000, 11);
    }
  });
});
