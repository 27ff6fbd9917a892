import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegionIndex, regionAt, type PolygonFeature } from './regionIndex.ts';

type Region = PolygonFeature & { properties: { code: string } };
const load = (file: string) =>
  JSON.parse(readFileSync(`data/regions/${file}`, 'utf8')) as { features: Region[] };
const countries = load('countries.geojson');
const admin1 = load('admin1.geojson');

/** The reference: the first feature containing the point, by a linear scan. */
const scan = (features: Region[], lon: number, lat: number) =>
  features.find((f) =>
    booleanPointInPolygon(
      [lon, lat],
      f as unknown as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
    ),
  );

const square = (code: string, x0: number, y0: number, size: number): Region => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0 + size, y0],
        [x0 + size, y0 + size],
        [x0, y0 + size],
        [x0, y0],
      ],
    ],
  },
});

describe('region index', () => {
  it('finds each country at a point on its own polygon', () => {
    for (const f of countries.features.slice(0, 60)) {
      const [lon, lat] = pointOnFeature(f as unknown as GeoJSON.Feature).geometry.coordinates;
      expect(regionAt(countries, lon, lat)?.properties.code).toBe(
        scan(countries.features, lon, lat)?.properties.code,
      );
      expect(regionAt(countries, lon, lat)).toBeDefined();
    }
  });

  it('agrees with a linear scan at random points (countries and admin-1 regions)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        (lon, lat) => {
          expect(regionAt(countries, lon, lat)).toBe(scan(countries.features, lon, lat));
          expect(regionAt(admin1, lon, lat)).toBe(scan(admin1.features, lon, lat));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns the first of overlapping features, and nothing outside all of them or without features', () => {
    const features = [square('B', 0, 0, 10), square('A', 5, 5, 10), square('C', 2, 2, 1)];
    const index = createRegionIndex(features);
    expect(index.at(6, 6)?.properties.code).toBe('B');
    expect(index.at(12, 12)?.properties.code).toBe('A');
    expect(index.at(2.5, 2.5)?.properties.code).toBe('B');
    expect(index.at(-1, -1)).toBeUndefined();
    expect(createRegionIndex([]).at(0, 0)).toBeUndefined();
    expect(regionAt(undefined, 0, 0)).toBeUndefined();
  });
});
