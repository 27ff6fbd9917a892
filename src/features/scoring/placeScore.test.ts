import { describe, expect, it } from 'vitest';
import { createScoringGrid } from '../../domain/index.ts';
import type { GridManifest } from '../../data/schemas.ts';
import { formatPercentile } from '../../shared/format.ts';
import { landCellNear } from './placeScore.ts';

// A 4 × 2 grid of 1° cells from 0°E, 2°N; only cell 1 (row 0, col 1) and cell 6 (row 1, col 2) are land.
const manifest: GridManifest = {
  version: 1,
  resolutionDeg: 1,
  width: 4,
  height: 2,
  west: 0,
  north: 2,
  cellCount: 2,
  cellsFile: 'cells.bin',
  countries: [],
  layers: [],
};
const grid = createScoringGrid(manifest, new Uint32Array([1, 6]), {});

describe('landCellNear', () => {
  it('uses the cell containing the point when it is land', () => {
    expect(landCellNear(grid, 1.5, 1.5)).toEqual({ index: 0, snapped: false });
  });
  it('snaps a coastal point to the nearest land neighbour', () => {
    expect(landCellNear(grid, 1.5, 0.9)).toEqual({ index: 0, snapped: true });
    expect(landCellNear(grid, 0.4, 3.2)).toEqual({ index: 1, snapped: true });
  });
  it('gives up beyond the neighbours', () => {
    expect(landCellNear(grid, 1.5, 3.9 + 1.2).index).toBe(-1);
  });
});

describe('formatPercentile', () => {
  it('never rounds up to 100', () => {
    expect(formatPercentile(99.97)).toBe('99.9 %');
    expect(formatPercentile(70.96)).toBe('70.9 %');
    expect(formatPercentile(null)).toBe('—');
  });
});
