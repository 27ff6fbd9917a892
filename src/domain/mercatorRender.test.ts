import { describe, expect, it } from 'vitest';
import { buildPalette, premultiplyPalette, scoreColor, SPECIAL_COLORS } from './colorRamp.ts';
import {
  createMercatorRaster,
  mercatorRowLatitude,
  MERCATOR_MAX_LAT,
  renderMercator,
} from './mercatorRender.ts';
import { SCORE_EXCLUDED, SCORE_INCOMPLETE } from './scoreCodes.ts';
import { gridFromPlaces } from './testing/syntheticGrid.ts';

describe('mercator rows', () => {
  it('span ±85.0511° with the equator in the middle', () => {
    expect(mercatorRowLatitude(-0.5, 1440)).toBeCloseTo(MERCATOR_MAX_LAT, 6);
    expect(mercatorRowLatitude(719.5, 1440)).toBeCloseTo(0, 9);
    expect(mercatorRowLatitude(1439.5, 1440)).toBeCloseTo(-MERCATOR_MAX_LAT, 6);
  });
});

describe('renderMercator', () => {
  const grid = gridFromPlaces(
    [
      { lat: 0.1, lon: 0.1, values: {} },
      { lat: 60.1, lon: 10.1, values: {} },
      { lat: -40.1, lon: -70.1, values: {} },
    ],
    { resolutionDeg: 0.25 },
  );
  const raster = createMercatorRaster(grid.manifest, grid.cells, 1440, 1440);
  const palette = buildPalette();

  function pixelAt(image: Uint8ClampedArray, lat: number, lon: number): number[] {
    const x = Math.floor(((lon + 180) / 360) * 1440);
    const yNorm = (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
    const y = Math.floor(yNorm * 1440);
    return [...image.subarray((y * 1440 + x) * 4, (y * 1440 + x) * 4 + 4)];
  }

  it('colours land cells by code and leaves the ocean transparent', () => {
    const image = renderMercator(raster, Uint8Array.from([100, SCORE_EXCLUDED, SCORE_INCOMPLETE]), palette);
    expect(image.length).toBe(1440 * 1440 * 4);
    expect(pixelAt(image, 60.1, 10.1)).toEqual([...scoreColor(100)]);
    expect(pixelAt(image, 0.1, 0.1)).toEqual([...SPECIAL_COLORS.excluded]);
    expect(pixelAt(image, -40.1, -70.1)).toEqual([...SPECIAL_COLORS.incomplete]);
    expect(pixelAt(image, 30, 30)).toEqual([0, 0, 0, 0]);
  });

  it('redraws into the same buffer after a rescore', () => {
    const out = new Uint8ClampedArray(1440 * 1440 * 4);
    renderMercator(raster, Uint8Array.from([0, 0, 0]), palette, out);
    renderMercator(raster, Uint8Array.from([50, 50, 50]), palette, out);
    expect(pixelAt(out, 60.1, 10.1)).toEqual([...scoreColor(50)]);
  });

  it('draws with the premultiplied palette exactly what MapLibre makes of the straight image', () => {
    const codes = Uint8Array.from([37, SCORE_EXCLUDED, SCORE_INCOMPLETE]);
    const straight = renderMercator(raster, codes, palette);
    const premultiplied = renderMercator(raster, codes, premultiplyPalette(palette));
    // maplibre-gl src/util/image.ts premultiplyAlpha, which Texture.update applies to ImageData.
    let mismatches = 0;
    for (let i = 0; i < straight.length; i += 4) {
      const a = straight[i + 3];
      if (
        premultiplied[i] !== Math.round((straight[i] * a) / 255) ||
        premultiplied[i + 1] !== Math.round((straight[i + 1] * a) / 255) ||
        premultiplied[i + 2] !== Math.round((straight[i + 2] * a) / 255) ||
        premultiplied[i + 3] !== a
      )
        mismatches++;
    }
    expect(mismatches).toBe(0);
    const straightBytes = new Uint8Array(palette.buffer);
    const premultipliedBytes = new Uint8Array(premultiplyPalette(palette).buffer);
    for (let i = 0; i < straightBytes.length; i++) {
      const a = straightBytes[i - (i % 4) + 3];
      expect(premultipliedBytes[i]).toBe(i % 4 === 3 ? a : Math.round((straightBytes[i] * a) / 255));
    }
    expect(pixelAt(premultiplied, 60.1, 10.1)).not.toEqual(pixelAt(straight, 60.1, 10.1));
  });

  it('has a ramp that is distinct from the reserved colours', () => {
    for (let s = 0; s <= 100; s++) {
      const c = scoreColor(s);
      expect(c).not.toEqual(SPECIAL_COLORS.excluded);
      expect(c).not.toEqual(SPECIAL_COLORS.incomplete);
      expect(c[3]).toBeGreaterThan(0);
    }
  });
});
