/**
 * The point evaluator on the committed data/: at 200 seeded random land cell centres, pointValues (from the
 * datasets the app loads) equals placeValuesAt (the grid) for every layer it derives, and the scores agree under
 * every preset. Area layers come from the app's simplified polygons (0.035° tolerance), so they are compared at
 * cells whose centre and four points 0.05° around it lie in the same polygons; point and line layers at every cell.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellCentre, placeValuesAt, type ScoringGrid } from '../../src/domain/grid.ts';
import { applyPreset, PRESETS } from '../../src/domain/presets.ts';
import { mulberry32 } from '../../src/domain/random.ts';
import { createRegionIndex } from '../../src/domain/regionIndex.ts';
import { scorePoint } from '../../src/domain/score.ts';
import { loadGridFromDisk } from '../../src/domain/testing/loadGrid.ts';
import { pointValues, preparePointSources, type PointDatasets, type PointSources } from '../../src/domain/pointValues.ts';
import { areaLayers } from '../../src/domain/pointArea.ts';
import { loadPointDatasets } from '../support/pointDatasets.ts';

const DATA = resolve(__dirname, '../../data');
const SAMPLE = 200;
let grid: ScoringGrid;
let datasets: PointDatasets;
let sources: PointSources;
let sample: number[];

beforeAll(() => {
  grid = loadGridFromDisk(resolve(DATA, 'grid'))!;
  datasets = loadPointDatasets(DATA, grid);
  sources = preparePointSources(datasets);
  const rnd = mulberry32(124);
  sample = Array.from({ length: SAMPLE }, () => Math.floor(rnd() * grid.cells.length));
});

const centre = (k: number): [number, number] => {
  const c = cellCentre(grid.manifest, grid.cells[k]!);
  return [c.lon, c.lat];
};
const AREA = new Set<string>(areaLayers.layers);

/** Cells whose simplified country and admin-1 polygon are the same at the centre and 0.05° N, S, E and W of it. */
function awayFromBorders(ks: number[]): number[] {
  const countries = createRegionIndex(datasets.countries!.features);
  const admin1 = createRegionIndex(datasets.admin1!.features);
  const id = ([lon, lat]: [number, number]) => `${countries.at(lon, lat)?.properties.code}|${admin1.at(lon, lat)?.properties.code}`;
  return ks.filter((k) => {
    const [lon, lat] = centre(k);
    const here = id([lon, lat]);
    return [
      [lon + 0.05, lat],
      [lon - 0.05, lat],
      [lon, lat + 0.05],
      [lon, lat - 0.05],
    ].every((p) => id(p as [number, number]) === here);
  });
}

describe('pointValues at cell centres of the committed grid', () => {
  it('loads every dataset the providers need', () => {
    expect(sources.unavailable).toEqual([]);
  });

  it('point and line layers equal the grid at every sampled centre', () => {
    let compared = 0;
    const t0 = performance.now();
    for (const k of sample) {
      const cell = placeValuesAt(grid, k);
      const p = pointValues(centre(k), sources, cell);
      const got: Record<string, unknown> = {};
      const want: Record<string, unknown> = {};
      for (const id of p.exact) {
        if (AREA.has(id)) continue;
        got[id] = (p.values as Record<string, unknown>)[id];
        want[id] = (cell as Record<string, unknown>)[id];
        compared++;
      }
      expect({ k, ...got }).toEqual({ k, ...want });
    }
    console.log(`pointValues: ${((performance.now() - t0) / SAMPLE).toFixed(2)} ms per point (${compared} values)`);
    expect(compared).toBeGreaterThanOrEqual(SAMPLE * 10);
  });

  it('area layers and the scores under every preset equal the grid away from simplified borders', () => {
    const inside = awayFromBorders(sample);
    expect(inside.length).toBeGreaterThan(SAMPLE * 0.8);
    for (const k of inside) {
      const cell = placeValuesAt(grid, k);
      const p = pointValues(centre(k), sources, cell);
      const got: Record<string, unknown> = {};
      const want: Record<string, unknown> = {};
      for (const id of p.exact) {
        got[id] = (p.values as Record<string, unknown>)[id];
        want[id] = (cell as Record<string, unknown>)[id];
      }
      expect({ k, ...got }).toEqual({ k, ...want });
      for (const preset of PRESETS) {
        const config = applyPreset(preset);
        const a = scorePoint(p.values, config, grid.manifest, {}, { layerSources: p.layerSources });
        const b = scorePoint(cell, config, grid.manifest);
        expect([k, preset.id, a.status, a.score]).toEqual([k, preset.id, b.status, b.score]);
      }
    }
  });
});
