import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPalette, premultiplyPalette } from './colorRamp.ts';
import { renderSurfaceBand, surfaceBand } from './gridSurface.ts';
import { createMercatorRaster, renderMercator } from './mercatorRender.ts';
import { SCORE_EXCLUDED, SCORE_INCOMPLETE } from './scoreCodes.ts';
import { gridFromPlaces } from './testing/syntheticGrid.ts';

/** Distinct 1° cells, as their centres, with latitudes in [-limit, limit). */
const arbPlaces = (limit = 90) =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min: -limit, max: limit - 1 }), fc.integer({ min: -180, max: 179 })), {
      minLength: 1,
      maxLength: 30,
      selector: ([lat, lon]) => `${lat},${lon}`,
    })
    .map((cells) => cells.map(([lat, lon]) => ({ lat: lat + 0.5, lon: lon + 0.5 })));
/** Byte-for-byte equality (toEqual on a million-element array is far too slow to report a difference). */
const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
const arbCode = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(SCORE_EXCLUDED, SCORE_INCOMPLETE));

describe('surface band', () => {
  it('draws exactly renderMercator’s image, fresh or redrawn into a recycled buffer, on any land and image size', () => {
    fc.assert(
      fc.property(
        // Any latitude: cells beyond ±85.05° or between a small image's rows are simply not drawn.
        arbPlaces(),
        fc.constantFrom(360, 250),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.boolean(),
        (places, size, seed, premultiplied) => {
          const grid = gridFromPlaces(
            places.map((p) => ({ ...p, values: {} })),
            { resolutionDeg: 1 },
          );
          const n = grid.cells.length;
          const codes = (k: number) =>
            Uint8Array.from({ length: n }, (_, i) => (seed + k * 31 + i * 7) % 101);
          const palette = premultiplied ? premultiplyPalette(buildPalette()) : buildPalette();
          const raster = createMercatorRaster(grid.manifest, grid.cells, size, size);
          const band = surfaceBand(raster);
          const first = renderSurfaceBand(raster, band, codes(0), palette);
          expect(same(first, renderMercator(raster, codes(0), palette))).toBe(true);
          const again = renderSurfaceBand(raster, band, codes(1), palette, first);
          expect(same(again, renderMercator(raster, codes(1), palette))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('holds every land pixel: renderMercator leaves the rows outside it transparent', () => {
    fc.assert(
      // Within ±84°, every 1° grid row has an image row in a 360-row Mercator image.
      fc.property(arbPlaces(84), fc.array(arbCode, { minLength: 30, maxLength: 30 }), (places, pool) => {
        const grid = gridFromPlaces(
          places.map((p) => ({ ...p, values: {} })),
          { resolutionDeg: 1 },
        );
        const raster = createMercatorRaster(grid.manifest, grid.cells, 360, 360);
        const { top, rows } = surfaceBand(raster);
        const image = renderMercator(
          raster,
          Uint8Array.from(grid.cells, (_, i) => pool[i % pool.length]),
          buildPalette(),
        );
        const transparent = (a: Uint8ClampedArray) => a.every((v) => v === 0);
        expect(transparent(image.subarray(0, top * 360 * 4))).toBe(true);
        expect(transparent(image.subarray((top + rows) * 360 * 4))).toBe(true);
        // The band is tight: its first and last rows hold a drawn (non-transparent) pixel.
        const alphaInRow = (y: number) =>
          image.subarray(y * 360 * 4, (y + 1) * 360 * 4).some((v, k) => k % 4 === 3 && v > 0);
        expect(alphaInRow(top)).toBe(true);
        expect(alphaInRow(top + rows - 1)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('is empty without land cells', () => {
    const grid = gridFromPlaces([], { resolutionDeg: 1 });
    expect(surfaceBand(createMercatorRaster(grid.manifest, grid.cells, 360, 360))).toEqual({
      top: 0,
      rows: 0,
    });
  });
});
