import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryAt, cellCentre, cellIdAt, decodeLayerValue, findCellIndex, placeValuesAt } from './grid.ts';
import { gridFromPlaces } from './testing/syntheticGrid.ts';

const geometry = { resolutionDeg: 0.25, width: 1440, height: 720, west: -180, north: 90 };

describe('grid geometry', () => {
  it('round-trips cell id -> centre -> cell id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 * 720 - 1 }), (id) => {
        const { lat, lon } = cellCentre(geometry, id);
        expect(cellIdAt(geometry, lat, lon)).toBe(id);
      }),
    );
  });

  it('puts row 0 at the north edge, wraps longitude, and rejects points off the grid', () => {
    expect(cellIdAt(geometry, 90, -180)).toBe(0);
    expect(cellIdAt(geometry, -90, 179.999)).toBe(1440 * 720 - 1);
    expect(cellIdAt(geometry, 0.1, 180.1)).toBe(cellIdAt(geometry, 0.1, -179.9));
    expect(cellIdAt(geometry, 91, 0)).toBeNull();
    expect(cellIdAt(geometry, Number.NaN, 0)).toBeNull();
    expect(cellCentre(geometry, 0)).toEqual({ lat: 89.875, lon: -179.875 });
  });
});

describe('loaded grid helpers', () => {
  const grid = gridFromPlaces(
    [
      {
        lat: 52.3,
        lon: 4.9,
        values: { country: 'AAB', power_price: 0.1234, energized_site_status: 'ai_hpc' },
      },
      { lat: -33.9, lon: 18.4, values: { country: 'AAC', power_price: null } },
    ],
    { resolutionDeg: 0.25 },
  );

  it('finds the land cell containing a point by binary search', () => {
    expect(findCellIndex(grid, 52.3, 4.9)).toBe(0);
    expect(findCellIndex(grid, -33.9, 18.4)).toBe(1);
    expect(findCellIndex(grid, 0, 0)).toBe(-1);
  });

  it('decodes values, returns null for noData, and resolves labels', () => {
    expect(decodeLayerValue(grid, 'power_price', 0)).toBe(0.1234);
    expect(decodeLayerValue(grid, 'power_price', 1)).toBeNull();
    expect(decodeLayerValue(grid, 'no_such_layer', 0)).toBeNull();
    expect(categoryAt(grid, 'country', 1)).toBe('AAC');
    expect(placeValuesAt(grid, 0)).toMatchObject({
      country: 'AAB',
      power_price: 0.1234,
      energized_site_status: 'ai_hpc',
      hazard: null,
    });
  });
});
