/** Grid access and regional lead times on the pipeline's committed data (data/grid, data/queues.json). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QueuesFileSchema } from '../contract/queues.ts';
import { ASSUMPTIONS, monthsFromWeeks, type AssumptionId } from './assumptions.ts';
import { defaultConfig } from './config.ts';
import { placeValuesAt, type ScoringGrid } from './grid.ts';
import { createGridScorer, stageCodeMonths } from './gridScorer.ts';
import { stageOfCode } from './gridStageCodes.ts';
import { applicableLeadTimes } from './leadTimes.ts';
import { scorePoint } from './score.ts';
import { loadGridFromDisk } from './testing/loadGrid.ts';
import { hvStageLayer } from './timeToPower.ts';

const table = Object.fromEntries(ASSUMPTIONS.map((a) => [a.id, a.value])) as Record<AssumptionId, number>;
const grid = loadGridFromDisk(fileURLToPath(new URL('../../data/grid', import.meta.url))) as ScoringGrid;
const queues = QueuesFileSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../data/queues.json', import.meta.url)), 'utf8')),
);
const evidence = { leadTimes: queues.leadTimes };
const transformer = monthsFromWeeks(table.transformer_lead_weeks);

describe('on the pipeline data', () => {
  const n = grid.cells.length;
  const values = Array.from({ length: n }, (_, i) => placeValuesAt(grid, i));
  const uncovered = values.findIndex(
    (v) => v.transmission_coverage === 'none' && (v.energized_site_km ?? Infinity) > table.energised_reach_km,
  );

  it('makes a cell without transmission coverage incomplete for grid access and unknown in time to power', () => {
    expect(uncovered).toBeGreaterThanOrEqual(0);
    const r = scorePoint(values[uncovered], defaultConfig(), grid.manifest, evidence);
    expect(r.missing).toEqual(expect.arrayContaining(['grid_access', 'time_to_power']));
    expect(r.timeToPower.months).toBeNull();
  });

  it('gives HV-substation cells in a region with enough completed projects that region’s measured median', () => {
    const applicable = applicableLeadTimes(queues.leadTimes, table.regional_lead_time_min_n);
    expect(applicable.length).toBeGreaterThan(0);
    const result = createGridScorer(grid, evidence).score({ weights: { time_to_power: 1 } });
    for (const lt of applicable) {
      const layer = hvStageLayer(result.config.assumptions);
      const i = values.findIndex(
        (v) =>
          v.queue_region === lt.region &&
          (v[layer] ?? Infinity) <= table.hv_substation_reach_km &&
          (v.energized_site_km ?? Infinity) > table.energised_reach_km,
      );
      expect(i, lt.region).toBeGreaterThanOrEqual(0);
      const p = scorePoint(values[i], { weights: { time_to_power: 1 } }, grid.manifest, evidence);
      const expected = Math.max(lt.median, transformer);
      // Regional median or a faster stage (never slower than the median).
      expect(p.timeToPower.months ?? Infinity, lt.region).toBeLessThanOrEqual(expected);
      expect(p.timeToPower.leadTime).toMatchObject({ kind: 'regional', region: lt.region, n: lt.n });
      expect(stageOfCode(result.stages[i])).toBe(p.timeToPower.stage);
      expect(stageCodeMonths(result.stages[i], result.stageTable)).toBe(p.timeToPower.months);
    }
  });

  it('says "global assumption" in ISOs without enough measured projects', () => {
    const thin = queues.leadTimes.filter(
      (lt) =>
        !applicableLeadTimes(queues.leadTimes, table.regional_lead_time_min_n).some(
          (a) => a.region === lt.region,
        ),
    );
    expect(thin.length).toBeGreaterThan(0);
    const i = values.findIndex((v) => v.queue_region === thin[0].region);
    expect(i).toBeGreaterThanOrEqual(0);
    const r = scorePoint(values[i], defaultConfig(), grid.manifest, evidence);
    expect(r.timeToPower.leadTime).toMatchObject({ kind: 'global', region: thin[0].region });
  });
});
