import { describe, expect, it } from 'vitest';
import {
  cellCentre,
  decodeLayerValue,
  defaultConfig,
  findCellIndex,
  placeValuesAt,
  scorePoint,
} from '../../domain/index.ts';
import { syntheticGrid } from '../../domain/testing/syntheticGrid.ts';
import { capacityDensityOverlay, temperatureOverlay } from '../overlays/grid/gridLayerOverlays.ts';
import type { OverlayContext } from '../overlays/overlay.ts';
import { suitabilityOverlay } from '../overlays/suitability/suitabilityOverlay.ts';
import { readoutAt, readoutOrder } from './readout.ts';

const grid = syntheticGrid({ resolutionDeg: 4, missingRate: 0, seed: 7 });
const config = defaultConfig();
const ctx: OverlayContext = {
  data: {},
  sources: new Map(),
  grid,
  scoreAt: (lon, lat) => {
    const i = findCellIndex(grid, lat, lon);
    return i < 0 ? null : scorePoint(placeValuesAt(grid, i), config);
  },
};
const { lat, lon } = cellCentre(grid.manifest, grid.cells[0]);
const shown = (layer: string, index: number) => {
  const value = decodeLayerValue(grid, layer, index);
  const unit = grid.layerInfo.get(layer)!.unit;
  return value === null
    ? 'no data'
    : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${unit}`;
};

describe('hover read-outs of image overlays', () => {
  it('lists the topmost overlay first', () => {
    const order = readoutOrder([capacityDensityOverlay, suitabilityOverlay, temperatureOverlay]);
    expect(order.map((o) => o.id)).toEqual(['temperature', 'suitability', 'capacity-density']);
  });

  it('joins the grid layers of one cell into one tooltip with the value of each', () => {
    const d = readoutAt(readoutOrder([capacityDensityOverlay, temperatureOverlay]), lon, lat, ctx)!;
    expect(d.title).toBe(`${lat.toFixed(2)}, ${lon.toFixed(2)}`);
    expect(d.lines).toEqual([
      `Mean temperature: ${shown('temperature_mean', 0)}`,
      `Operating generation within 50 km: ${shown('grid_capacity_mw', 0)}`,
    ]);
  });

  it('reads the live score for the suitability surface', () => {
    const index = grid.cells.findIndex(
      (_, i) => scorePoint(placeValuesAt(grid, i), config).status === 'scored',
    );
    const at = cellCentre(grid.manifest, grid.cells[index]);
    const d = readoutAt([suitabilityOverlay], at.lon, at.lat, ctx)!;
    expect(d.title).toBe(`Suitability ${scorePoint(placeValuesAt(grid, index), config).rounded} / 100`);
    expect(d.lines.at(-1)).toBe('Click for the breakdown');
  });

  it('says nothing over the sea or without a grid', () => {
    expect(readoutAt([temperatureOverlay], lon, lat, { ...ctx, grid: null })).toBeNull();
    expect(readoutAt([suitabilityOverlay], lon, lat, { ...ctx, scoreAt: undefined })).toBeNull();
  });
});
