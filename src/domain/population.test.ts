import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, KM_PER_DEG_LAT } from './geo.ts';
import {
  indexPopulation,
  populationAlongRow,
  populationWithin,
  type PopulationPoints,
} from './population.ts';

/** The definition, by brute force: every point tested with distanceKm. */
function bruteForce(points: PopulationPoints, at: [number, number], radiusKm: number): number {
  let sum = 0;
  for (let i = 0; i < points.lon.length; i++)
    if (distanceKm(at, [points.lon[i]!, points.lat[i]!]) <= radiusKm) sum += points.population[i]!;
  return sum;
}

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -89, max: 89, noNaN: true });
const arbPoints = fc
  .array(fc.tuple(lon, lat, fc.integer({ min: 0, max: 5_000_000 })), { maxLength: 200 })
  .map((rows): PopulationPoints => ({
    lon: rows.map((r) => r[0]),
    lat: rows.map((r) => r[1]),
    population: rows.map((r) => r[2]),
  }));
/** Points clustered around a centre (so radii of 100–300 km catch some of them). */
const arbCluster = fc.tuple(lon, fc.double({ min: -80, max: 80, noNaN: true })).chain(([clon, clat]) =>
  fc
    .array(
      fc.tuple(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.integer({ min: 1, max: 2_000_000 }),
      ),
      { minLength: 1, maxLength: 150 },
    )
    .map((rows) => ({
      centre: [clon, clat] as [number, number],
      points: {
        lon: rows.map((r) => ((((clon + r[0] + 180) % 360) + 360) % 360) - 180),
        lat: rows.map((r) => clat + r[1]),
        population: rows.map((r) => r[2]),
      },
    })),
);

describe('populationWithin', () => {
  const towns: PopulationPoints = {
    // [lon, lat]: two towns 1° of latitude (~111 km) north and south of the origin, one on the antimeridian.
    lon: [0, 0, 0.5, 179.9],
    lat: [1, -1, 0, 0],
    population: [1000, 2000, 400, 70],
  };
  const index = indexPopulation(towns);

  it('sums the places within the radius, inclusive, and nothing else', () => {
    expect(populationWithin(index, [0, 0], 60)).toBe(400);
    expect(populationWithin(index, [0, 0], 50)).toBe(0);
    const oneDegree = distanceKm([0, 0], [0, 1]);
    expect(oneDegree).toBeCloseTo(KM_PER_DEG_LAT, 9);
    expect(populationWithin(index, [0, 0], oneDegree)).toBe(3400);
    expect(populationWithin(index, [0, 0], oneDegree - 1e-6)).toBe(400);
  });

  it('wraps at the antimeridian', () => {
    expect(populationWithin(index, [-179.9, 0], 30)).toBe(70);
    expect(populationAlongRow(index, 0.125, 30, { west: -180, step: 0.25, width: 1440 })[0]).toBe(70);
  });

  it('is 0 without points and refuses a negative or missing radius', () => {
    expect(populationWithin(indexPopulation({ lon: [], lat: [], population: [] }), [0, 0], 300)).toBe(0);
    expect(() => populationWithin(index, [0, 0], -1)).toThrow(/radius/);
    expect(() => populationWithin(index, [0, 0], NaN)).toThrow(/radius/);
    expect(() => indexPopulation({ lon: [1], lat: [], population: [1] })).toThrow(/same length/);
  });

  it('equals the brute-force sum at any point (property)', () => {
    fc.assert(
      fc.property(arbPoints, lon, lat, fc.double({ min: 0, max: 3000, noNaN: true }), (points, x, y, r) => {
        expect(populationWithin(indexPopulation(points), [x, y], r)).toBe(bruteForce(points, [x, y], r));
      }),
    );
  });

  it('never falls as the radius grows (property)', () => {
    fc.assert(
      fc.property(
        arbCluster,
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        ({ centre, points }, r1, extra) => {
          const idx = indexPopulation(points);
          expect(populationWithin(idx, centre, r1 + extra)).toBeGreaterThanOrEqual(
            populationWithin(idx, centre, r1),
          );
        },
      ),
    );
  });
});

describe('populationAlongRow', () => {
  it('gives populationWithin at every centre of the row (property)', () => {
    fc.assert(
      fc.property(
        arbCluster,
        fc.constantFrom(100, 300),
        fc.integer({ min: -6, max: 6 }),
        ({ centre, points }, r, dRow) => {
          const idx = indexPopulation(points);
          const row = { west: -180, step: 1, width: 360 };
          const rowLat = Math.round(centre[1]) + dRow + 0.5;
          const sums = populationAlongRow(idx, rowLat, r, row);
          for (let c = 0; c < row.width; c++)
            expect(sums[c]).toBe(populationWithin(idx, [-180 + (c + 0.5) * row.step, rowLat], r));
        },
      ),
      { numRuns: 60 },
    );
  });
});
