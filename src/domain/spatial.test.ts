/**
 * The point searches against brute force: `nearest` is the argmin of (distanceKm, index) over every point (ties
 * between duplicate coordinates go to the lowest index); NearestInBlock gives the same index and the same km for
 * every query point of a block; WithinInBlock visits the same points in the same order as forEachWithin, which
 * visits exactly the points within the radius. Point sets are drawn with many duplicates and near-duplicates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosLat, distanceKm } from './geo.ts';
import {
  forEachWithin,
  nearest,
  NearestInBlock,
  pointSet,
  WithinInBlock,
  type QueryBlock,
} from './spatial.ts';

type P = { lon: number; lat: number };

/** The rule, by brute force: smallest distanceKm from the query, then lowest index. */
function bruteNearest(points: readonly P[], lon: number, lat: number): [number, number] {
  let best = -1;
  let bestKm = Infinity;
  points.forEach((p, i) => {
    const km = distanceKm([lon, lat], [p.lon, p.lat]);
    if (km < bestKm) {
      best = i;
      bestKm = km;
    }
  });
  return [best, bestKm];
}

/** Points in a box around (lon0, lat0), about a third of them copies of an earlier point (duplicate coordinates). */
const arbPoints = (lon0: number, lat0: number, spanDeg: number) =>
  fc
    .array(
      fc.record({
        lon: fc.double({ min: lon0 - spanDeg, max: lon0 + spanDeg, noNaN: true }),
        lat: fc.double({ min: lat0 - spanDeg, max: lat0 + spanDeg, noNaN: true }),
        copyOf: fc.option(fc.nat(), { freq: 2 }),
      }),
      { minLength: 1, maxLength: 80 },
    )
    .map((rows) => {
      const out: P[] = [];
      for (const r of rows) {
        const src = r.copyOf === null || out.length === 0 ? null : out[r.copyOf % out.length]!;
        out.push(src ? { lon: src.lon, lat: src.lat } : { lon: r.lon, lat: r.lat });
      }
      return out;
    });

let key = 1e9;
/** An n × n lattice of query points of spacing `step` from (west, south), as the fine surface blocks it. */
function lattice(west: number, south: number, step: number, n: number) {
  const pts: [number, number][] = [];
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) pts.push([west + c * step, south + r * step]);
  const east = west + (n - 1) * step;
  const north = south + (n - 1) * step;
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  let rKm = 0;
  for (const [x, y] of pts) rKm = Math.max(rKm, distanceKm([lon, lat], [x, y]));
  const block: QueryBlock = { key: key++, lon, lat, rKm, west, south, east, north };
  return { pts, block };
}

/** The factor the block searches take: cosLat exactly (another rounding of cos(lat) would change the last bits). */
const cos = cosLat;

describe('nearest', () => {
  it('is the argmin of (distanceKm, index), duplicates included', () => {
    fc.assert(
      fc.property(
        arbPoints(10, 45, 0.5),
        fc.double({ min: 9.4, max: 10.6, noNaN: true }),
        fc.double({ min: 44.4, max: 45.6, noNaN: true }),
        (points, lon, lat) => {
          expect(nearest(pointSet(points), lon, lat)).toEqual(bruteNearest(points, lon, lat));
        },
      ),
      { numRuns: 300, seed: 1501 },
    );
  });

  it('gives a query on a duplicated point the lowest index at 0 km', () => {
    const points = [
      { lon: 1, lat: 1 },
      { lon: 2, lat: 2 },
      { lon: 2, lat: 2 },
      { lon: 2, lat: 2 },
    ];
    // brute force decides; the three copies are at exactly 0 km
    expect(bruteNearest(points, 2, 2)).toEqual([1, 0]);
    expect(nearest(pointSet(points), 2, 2)).toEqual(bruteNearest(points, 2, 2));
    expect(nearest(pointSet([]), 2, 2)).toEqual([-1, Infinity]);
  });
});

describe('NearestInBlock', () => {
  it('gives every query point of a block the same index and km as brute force', () => {
    fc.assert(
      fc.property(
        arbPoints(-100, 32, 1),
        fc.double({ min: -101.5, max: -99, noNaN: true }),
        fc.double({ min: 30.5, max: 33, noNaN: true }),
        fc.constantFrom(0.005, 0.02, 0.04, 0.1),
        fc.integer({ min: 1, max: 8 }),
        (points, west, south, step, n) => {
          const nb = new NearestInBlock(pointSet(points));
          const { pts, block } = lattice(west, south, step, n);
          for (const [lon, lat] of pts) {
            nb.query(block, lon, lat, cos(lat));
            expect([nb.index, nb.km]).toEqual(bruteNearest(points, lon, lat));
          }
        },
      ),
      { numRuns: 200, seed: 1502 },
    );
  });

  it('answers a point outside the block it is given as nearest does', () => {
    const points = [
      { lon: 0, lat: 0 },
      { lon: 5, lat: 5 },
    ];
    const nb = new NearestInBlock(pointSet(points));
    const { block } = lattice(0, 0, 0.02, 4);
    nb.query(block, 4.9, 4.9, cos(4.9));
    expect([nb.index, nb.km]).toEqual(bruteNearest(points, 4.9, 4.9));
    nb.query(block, 0.01, 0.01, cos(0.01));
    expect([nb.index, nb.km]).toEqual(bruteNearest(points, 0.01, 0.01));
  });
});

describe('WithinInBlock', () => {
  it('visits what forEachWithin visits, in its order, and that is every point within the radius', () => {
    fc.assert(
      fc.property(
        arbPoints(-77, 39, 1.5),
        fc.double({ min: -78, max: -76.5, noNaN: true }),
        fc.double({ min: 38, max: 39.5, noNaN: true }),
        fc.constantFrom(0.02, 0.04, 0.1),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(10, 50, 120),
        (points, west, south, step, n, radiusKm) => {
          const ps = pointSet(points);
          const wb = new WithinInBlock(ps, radiusKm);
          const { pts, block } = lattice(west, south, step, n);
          for (const [lon, lat] of pts) {
            const got: number[] = [];
            wb.forEach(block, lon, lat, cos(lat), (i) => got.push(i));
            const want: number[] = [];
            forEachWithin(ps, lon, lat, radiusKm, (i) => want.push(i));
            expect(got).toEqual(want);
            const brute = points.flatMap((p, i) =>
              distanceKm([lon, lat], [p.lon, p.lat]) <= radiusKm ? [i] : [],
            );
            expect([...got].sort((a, b) => a - b)).toEqual(brute);
          }
        },
      ),
      { numRuns: 150, seed: 1503 },
    );
  });

  it('falls back to forEachWithin near the antimeridian (the same points)', () => {
    const points = [
      { lon: 179.9, lat: 0 },
      { lon: -179.9, lat: 0 },
      { lon: 170, lat: 0 },
    ];
    const ps = pointSet(points);
    const wb = new WithinInBlock(ps, 50);
    const { pts, block } = lattice(179.8, -0.1, 0.05, 4);
    for (const [lon, lat] of pts) {
      const got: number[] = [];
      wb.forEach(block, lon, lat, cos(lat), (i) => got.push(i));
      const brute = points.flatMap((p, i) => (distanceKm([lon, lat], [p.lon, p.lat]) <= 50 ? [i] : []));
      expect([...got].sort((a, b) => a - b)).toEqual(brute);
    }
  });
});
