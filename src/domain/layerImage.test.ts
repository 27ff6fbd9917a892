import { describe, expect, it } from 'vitest';
import { classifyLayer, LAYER_NO_DATA } from './layerImage.ts';
import { createScoringGrid } from './grid.ts';
import type { GridManifest } from '../contract/index.ts';

const manifest: GridManifest = {
  version: 1,
  resolutionDeg: 90,
  width: 4,
  height: 2,
  west: -180,
  north: 90,
  cellCount: 4,
  cellsFile: 'cells.bin',
  countries: [],
  layers: [
    {
      id: 'grid_capacity_mw',
      label: 'MW',
      unit: 'MW',
      file: 'grid_capacity_mw.bin',
      type: 'uint16',
      scale: 10,
      offset: 0,
      noData: 65535,
      description: '',
      sourceIds: [],
    },
  ],
};

describe('classifyLayer', () => {
  it('puts decoded values in classes and keeps no-data apart', () => {
    const grid = createScoringGrid(manifest, new Uint32Array([0, 1, 2, 3]), {
      grid_capacity_mw: new Uint16Array([0, 5, 50, 65535]),
    });
    const breaks = [
      { value: 0, color: [0, 0, 0, 255] as const },
      { value: 40, color: [1, 1, 1, 255] as const },
      { value: 400, color: [2, 2, 2, 255] as const },
    ];
    expect([...classifyLayer(grid, 'grid_capacity_mw', breaks)]).toEqual([0, 1, 2, LAYER_NO_DATA]);
  });
});
