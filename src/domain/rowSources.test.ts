import { describe, expect, it } from 'vitest';
import { CRITERIA, criterionSourceIds } from './criteria.ts';
import { defaultConfig } from './config.ts';
import { scorePoint } from './score.ts';
import { syntheticGrid } from './testing/syntheticGrid.ts';
import { placeValuesAt } from './grid.ts';

describe('row sources', () => {
  const grid = syntheticGrid();
  const values = placeValuesAt(grid, 0);

  it('without per-layer sources each row cites its layers’ declared sources', () => {
    const r = scorePoint(values, defaultConfig(), grid.manifest);
    for (const row of r.breakdown) expect(row.sourceIds).toEqual(criterionSourceIds(row.id, grid.manifest));
  });

  it('with per-layer sources the power-price row cites only the region’s own tariff source', () => {
    const declared = grid.manifest.layers.find((l) => l.id === 'power_price')!.sourceIds;
    const own = 'OWN_TARIFF_SOURCE';
    expect(declared).not.toContain(own);
    const r = scorePoint(
      values,
      defaultConfig(),
      grid.manifest,
      {},
      {
        layerSources: { power_price: [own], power_price_basis: [own] },
      },
    );
    expect(r.breakdown.find((b) => b.id === 'power_price')!.sourceIds).toEqual([own]);
    // rows whose layers were given no sources keep the declared ones
    const other = CRITERIA.find((c) => !(c.layers as readonly string[]).includes('power_price'))!;
    expect(r.breakdown.find((b) => b.id === other.id)!.sourceIds).toEqual(
      criterionSourceIds(other.id, grid.manifest),
    );
  });
});
