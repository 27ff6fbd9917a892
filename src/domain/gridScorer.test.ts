import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig, type ResolvedConfig, type ScoringConfig } from './config.ts';
import { placeValuesAt, type ScoringGrid } from './grid.ts';
import { createGridScorer, percentileRank, stageCodeMonths, type GridScoreResult } from './gridScorer.ts';
import { STAGE_COUNT, stageOfCode } from './gridStageCodes.ts';
import { SCORE_EXCLUDED, SCORE_INCOMPLETE, STAGE_UNKNOWN } from './scoreCodes.ts';
import { CRITERION_IDS, type CriterionId } from './criteria.ts';
import { CRITERION_BOUNDS } from './criterionBounds.ts';
import { PRESETS, applyPreset } from './presets.ts';
import { scorePoint } from './score.ts';
import { arbConfig, arbLeadTimes, syntheticLeadTimes } from './testing/arbitraries.ts';
import { loadGridFromDisk } from './testing/loadGrid.ts';
import { gridFromPlaces, mulberry32, syntheticGrid } from './testing/syntheticGrid.ts';

/** Synthetic queue lead times (the grid's queue_region labels), so regional months are exercised. */
const evidence = { leadTimes: syntheticLeadTimes() };

function expectedCode(grid: ScoringGrid, i: number, config: ScoringConfig | ResolvedConfig) {
  const p = scorePoint(placeValuesAt(grid, i), config, undefined, evidence);
  const code =
    p.status === 'scored' ? p.rounded : p.status === 'excluded' ? SCORE_EXCLUDED : SCORE_INCOMPLETE;
  return { p, code };
}

/** Checks `samples` random cells (all when omitted) against scorePoint. */
function expectGridMatchesPoints(
  grid: ScoringGrid,
  config: ScoringConfig | ResolvedConfig,
  samples?: number,
  seed = 1,
  scorer = createGridScorer(grid, evidence),
) {
  const result = scorer.score(config);
  const n = grid.cells.length;
  const rand = mulberry32(seed);
  const count = samples ?? n;
  for (let k = 0; k < count; k++) {
    const i = samples === undefined ? k : Math.floor(rand() * n);
    const { p, code } = expectedCode(grid, i, config);
    expect(result.scores[i], `cell ${i}`).toBe(code);
    // Only scored cells have an exact score (p.score is null otherwise; the grid's value there is unused).
    expect(p.status === 'scored' ? result.exact[i] : null, `cell ${i}`).toBe(p.score);
    expect(stageOfCode(result.stages[i]), `cell ${i}`).toBe(p.timeToPower.stage);
    expect(stageCodeMonths(result.stages[i], result.stageTable), `cell ${i}`).toBe(p.timeToPower.months);
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

  it('agrees with scorePoint under random lead-time evidence, and rescores when only the evidence changes', () => {
    const scorer = createGridScorer(grid);
    fc.assert(
      fc.property(arbConfig(), arbLeadTimes(), fc.integer(), (config, leadTimes, seed) => {
        const r = resolveConfig(config, { leadTimes });
        const result = expectGridMatchesPoints(grid, r, 60, seed, scorer);
        expectSameResult(result, createGridScorer(grid).score(r));
      }),
      { numRuns: 40 },
    );
  });

  it('gives cells in a region with applicable evidence the regional months', () => {
    const r = createGridScorer(grid, evidence).score({ weights: { time_to_power: 1 } });
    const applicable = r.config.regionalLeadTimes.map((lt) => lt.region);
    expect(applicable.length).toBeGreaterThan(0);
    expect(r.stageTable.regions.slice(1)).toEqual(applicable);
    // Codes of region slot 1 and up (slot 0 holds the global months).
    const regionalCodes = Array.from(r.stages).filter(
      (code) => code >= STAGE_COUNT && code !== STAGE_UNKNOWN,
    );
    expect(regionalCodes.length).toBeGreaterThan(0);
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
    // Lower price is better: a linear score between the table's default bounds.
    const bounds = CRITERION_BOUNDS.power_price.transform;
    expect(bounds.kind).toBe('linear');
    const { min, max } = bounds as { min: number; max: number };
    const expected = (price: number) =>
      Math.round(Math.min(100, Math.max(0, (100 * (max - price)) / (max - min))));
    // Rows: 20.5° N is north of 10.5° N, so it comes first in cell order.
    expect([...priceOnly.scores]).toEqual([expected(0.09), expected(0.05)]);
  });

  it('reuses lookup tables across weight changes without changing results', () => {
    const scorer = createGridScorer(grid);
    const a = Uint8Array.from(scorer.score(defaultConfig()).scores);
    scorer.score({ weights: { carbon: 1 } });
    expect(scorer.score(resolveConfig(defaultConfig())).scores).toEqual(a);
  });
});

/** The same config with each positive weight scaled (the set of weighted criteria stays the same). */
const arbReweighted = (config: ScoringConfig) =>
  fc
    .array(fc.double({ min: 0.01, max: 100, noNaN: true }), {
      minLength: CRITERION_IDS.length,
      maxLength: CRITERION_IDS.length,
    })
    .map((factors) => ({
      ...config,
      weights: Object.fromEntries(
        CRITERION_IDS.map((id, k) => [
          id,
          (config.weights[id] ?? 0) > 0 ? (config.weights[id] ?? 0) * factors[k] : 0,
        ]),
      ),
    }));

function expectSameResult(a: GridScoreResult, b: GridScoreResult) {
  expect(a.scores).toEqual(b.scores);
  expect(a.histogram).toEqual(b.histogram);
  expect([a.scoredCount, a.excludedCount, a.incompleteCount]).toEqual([
    b.scoredCount,
    b.excludedCount,
    b.incompleteCount,
  ]);
  expect(a.excludedByCount).toEqual(b.excludedByCount);
  expect(a.missingByCriterion).toEqual(b.missingByCriterion);
  expect(a.stages).toEqual(b.stages);
  // Exact scores of scored cells (the same cells in both, as the scores are equal).
  const exactOfScored = (r: GridScoreResult) => Array.from(r.exact).filter((_, i) => r.scores[i] <= 100);
  expect(exactOfScored(a)).toEqual(exactOfScored(b));
}

describe('weight-only rescoring', () => {
  const grid = syntheticGrid({ resolutionDeg: 4, seed: 3, missingRate: 0.05 });

  it('gives exactly the result of a full rescore', () => {
    const warm = createGridScorer(grid);
    fc.assert(
      fc.property(
        arbConfig().chain((config) =>
          fc.tuple(fc.constant(config), fc.array(arbReweighted(config), { minLength: 1, maxLength: 3 })),
        ),
        ([config, reweighted]) => {
          warm.score(config);
          for (const c of reweighted) expectSameResult(warm.score(c), createGridScorer(grid).score(c));
        },
      ),
      { numRuns: 80 },
    );
  });

  /** One edit of the configuration: only the weights, only one other part, or everything. */
  const arbStep = fc.oneof(
    fc
      .array(fc.double({ min: 0.01, max: 50, noNaN: true }), {
        minLength: CRITERION_IDS.length,
        maxLength: CRITERION_IDS.length,
      })
      .map((factors) => (c: ScoringConfig): ScoringConfig => ({
        ...c,
        weights: Object.fromEntries(CRITERION_IDS.map((id, k) => [id, (c.weights[id] ?? 0) * factors[k]])),
      })),
    arbConfig().map((o) => (c: ScoringConfig): ScoringConfig => ({ ...c, constraints: o.constraints })),
    arbConfig().map((o) => (c: ScoringConfig): ScoringConfig => ({ ...c, assumptions: o.assumptions })),
    arbConfig().map((o) => (c: ScoringConfig): ScoringConfig => ({
      ...c,
      populationRadius: o.populationRadius,
    })),
    fc
      .tuple(
        fc.constantFrom<CriterionId>(
          'power_price',
          'energized_site',
          'time_to_power',
          'population_reach',
          'carbon',
        ),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
      )
      .map(([id, min, span]) => (c: ScoringConfig): ScoringConfig => ({
        ...c,
        transforms: { ...c.transforms, [id]: { kind: 'linear', min, max: min + span } },
      })),
    arbConfig().map((o) => (): ScoringConfig => o),
  );

  it('stays exact over a sequence of weight and other changes', () => {
    fc.assert(
      fc.property(arbConfig(), fc.array(arbStep, { minLength: 1, maxLength: 10 }), (start, steps) => {
        const scorer = createGridScorer(grid);
        let current = start;
        scorer.score(current);
        for (const step of steps) {
          current = step(current);
          expectSameResult(scorer.score(current), createGridScorer(grid).score(current));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('rescores from scratch after resetCache', () => {
    const scorer = createGridScorer(grid);
    const a = Uint8Array.from(scorer.score(defaultConfig()).scores);
    scorer.resetCache();
    expect(scorer.score(defaultConfig()).scores).toEqual(a);
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

describe('on the pipeline grid (data/grid, committed)', () => {
  it('equals scorePoint on sampled cells under each preset', () => {
    const grid = loadGridFromDisk(fileURLToPath(new URL('../../data/grid', import.meta.url)));
    expect(grid).not.toBeNull();
    for (const config of [defaultConfig(), ...PRESETS.map((p) => applyPreset(p, defaultConfig()))]) {
      expectGridMatchesPoints(grid as ScoringGrid, config, 3000, 11);
    }
  });
});
