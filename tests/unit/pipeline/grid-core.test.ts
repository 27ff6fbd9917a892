import { booleanPointInPolygon } from '@turf/turf';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { interpolate, type ClimateGrid } from '../../../scripts/grid/climate.ts';
import { dequantize, quantize } from '../../../scripts/grid/quantize.ts';
import { fillPolygon } from '../../../scripts/grid/rasterize.ts';
import { cellLat, cellLon, HEIGHT, WIDTH } from '../../../scripts/grid/spec.ts';
import { nearest, pointSet, sumWithin } from '../../../scripts/grid/spatial.ts';
import { parseCsv } from '../../../scripts/lib/csv.ts';
import { distanceKm } from '../../../src/domain/geo.ts';
import type { PolygonCoords } from '../../../scripts/natural-earth.ts';

function rasterSet(poly: PolygonCoords): Set<number> {
  const s = new Set<number>();
  fillPolygon(poly, (row, c0, c1) => {
    for (let c = c0; c <= c1; c++) s.add(row * WIDTH + c);
  });
  return s;
}

describe('scanline rasterisation', () => {
  it('matches turf booleanPointInPolygon on a polygon with a hole', () => {
    const poly: PolygonCoords = [
      [
        [10.1, 40.05],
        [14.3, 41.2],
        [12.0, 44.9],
        [9.7, 43.1],
        [10.1, 40.05],
      ],
      [
        [11.0, 42.0],
        [12.5, 42.0],
        [12.5, 43.0],
        [11.0, 43.0],
        [11.0, 42.0],
      ],
    ];
    const inside = rasterSet(poly);
    let checked = 0;
    for (let row = 0; row < HEIGHT; row++) {
      const lat = cellLat(row);
      if (lat < 39 || lat > 46) continue;
      for (let col = 0; col < WIDTH; col++) {
        const lon = cellLon(col);
        if (lon < 9 || lon > 15) continue;
        const turf = booleanPointInPolygon(
          [lon, lat],
          { type: 'Polygon', coordinates: poly },
          { ignoreBoundary: true },
        );
        expect(inside.has(row * WIDTH + col), `${lon},${lat}`).toBe(turf);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(inside.size).toBeGreaterThan(50);
  });

  it('matches turf on random triangles (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -179, max: 179, noNaN: true }),
            fc.double({ min: -80, max: 80, noNaN: true }),
          ),
          { minLength: 3, maxLength: 3 },
        ),
        (pts) => {
          const ring = [...pts, pts[0]!].map(([x, y]) => [x, y] as [number, number]);
          const minX = Math.min(...pts.map((p) => p[0]));
          const maxX = Math.max(...pts.map((p) => p[0]));
          if (maxX - minX > 20) return true; // keep the check cheap
          const inside = rasterSet([ring]);
          for (const id of inside) {
            const p = [cellLon(id % WIDTH), cellLat(Math.floor(id / WIDTH))];
            if (!booleanPointInPolygon(p, { type: 'Polygon', coordinates: [ring] })) return false;
          }
          return true;
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });
});

describe('quantisation', () => {
  it('round-trips within half a step, maps NaN to noData and clamps', () => {
    const v = Float64Array.from([0.0612, 0.2249, NaN, -5, 99999]);
    const q = quantize(v, 'uint16', 0.0001, 0);
    const layer = { scale: 0.0001, offset: 0, noData: 65535 };
    expect(dequantize(q[0]!, layer)).toBeCloseTo(0.0612, 6);
    expect(dequantize(q[1]!, layer)).toBeCloseTo(0.2249, 6);
    expect(q[2]).toBe(65535);
    expect(q[3]).toBe(0);
    expect(q[4]).toBe(65534);
    const t = quantize(Float64Array.from([-28.71, 38.89]), 'uint16', 0.1, -100);
    expect(dequantize(t[0]!, { scale: 0.1, offset: -100, noData: 65535 })).toBeCloseTo(-28.7, 6);
  });
});

describe('climate interpolation', () => {
  const g: ClimateGrid = {
    lats: [60, 30, 0],
    lons: [-180, -90, 0, 90],
    dLon: 90,
    mean: Float64Array.from([0, 10, 20, 30, 1, 11, 21, 31, 2, 12, 22, 32]),
    warmest: new Float64Array(12),
    rows: 12,
  };
  it('is exact at nodes, bilinear between them, and wraps at the antimeridian', () => {
    expect(interpolate(g, g.mean, 0, 30)).toBeCloseTo(21);
    expect(interpolate(g, g.mean, -135, 45)).toBeCloseTo(5.5);
    // between lon 90 (value 30 at lat 60) and lon 180 == -180 (value 0)
    expect(interpolate(g, g.mean, 135, 60)).toBeCloseTo(15);
    expect(interpolate(g, g.mean, 180, 60)).toBeCloseTo(0);
    expect(interpolate(g, g.mean, 0, 80)).toBeCloseTo(20); // beyond the edge row: clamped
  });
});

describe('spatial queries', () => {
  it('finds the great-circle nearest point across the antimeridian', () => {
    const ps = pointSet([
      { lon: 179.9, lat: 0 },
      { lon: -170, lat: 0 },
      { lon: 10, lat: 0 },
    ]);
    const [i, d] = nearest(ps, -179.9, 0);
    expect(i).toBe(0);
    expect(d).toBeCloseTo(distanceKm([-179.9, 0], [179.9, 0]), 6);
  });
  it('sums weights within a radius, including across the antimeridian', () => {
    const pts = [
      { lon: 179.8, lat: -17 },
      { lon: -179.8, lat: -17 },
      { lon: 178, lat: -17 },
    ];
    const ps = pointSet(pts);
    const w = Float64Array.from([100, 50, 7]);
    expect(sumWithin(ps, w, 180, -17, 50)).toBe(150);
    expect(sumWithin(ps, w, -179.9, -17, 300)).toBe(157);
  });
});

describe('CSV validation', () => {
  it('fails with file, row and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-csv-'));
    const f = join(dir, 'x.csv');
    writeFileSync(f, 'a,b\n1,2\nx,3\n');
    const S = z.object({ a: z.string().regex(/^\d+$/), b: z.string() });
    expect(() => parseCsv(f, S, { label: 'x.csv' })).toThrow(/x\.csv row 2 \(line 3\): a:/);
  });
});
