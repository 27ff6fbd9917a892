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

  it('agrees with a linear scan on and beside edges and vertices (coasts, borders, holes)', () => {
    // Vertices (exactly on the boundary), and points of an edge moved off it across the edge by a few distances, both
    // ways. Not points computed onto an edge: within rounding of it (~1e-15°) either answer is one (Turf and this index
    // may differ there; the card and the fine surface both use this index).
    const edges = (features: Region[]) =>
      features.flatMap((f) => {
        const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
        const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
        return rings.flatMap((r) => r.slice(1).map((b, k) => [r[k]!, b] as const));
      });
    for (const [name, collection] of [
      ['countries', countries],
      ['admin-1 regions', admin1],
    ] as const) {
      const all = edges(collection.features);
      fc.assert(
        fc.property(
          fc.nat(all.length - 1),
          fc.constantFrom(0, 0.5, 0.25),
          fc.constantFrom(0, 1e-9, -1e-9, 1e-6, -1e-6, 1e-3, -1e-3),
          (e, tOnEdge, off) => {
            const t = off === 0 ? 0 : tOnEdge;
            const [[x0, y0], [x1, y1]] = all[e]! as unknown as [[number, number], [number, number]];
            const len = Math.hypot(x1 - x0, y1 - y0) || 1;
            const lon = x0 + t * (x1 - x0) - (off * (y1 - y0)) / len;
            const lat = y0 + t * (y1 - y0) + (off * (x1 - x0)) / len;
            expect(regionAt(collection, lon, lat), `${name} at ${lon},${lat}`).toBe(
              scan(collection.features, lon, lat),
            );
          },
        ),
        { numRuns: 600, seed: 21 },
      );
    }
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

  it('answers atInBlock as at does at every point of blocks on and off borders', () => {
    // Block centres near polygon vertices (on borders and coasts) and anywhere; 8 × 8 points per block.
    const vertices = admin1.features.flatMap((f) => {
      const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      return rings.flatMap((r) => r.filter((_, k) => k % 50 === 0));
    });
    const countryIndex = createRegionIndex(countries.features);
    const adminIndex = createRegionIndex(admin1.features);
    let key = 0;
    let boundaryBlocks = 0;
    fc.assert(
      fc.property(
        fc.nat(vertices.length - 1),
        fc.boolean(),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.constantFrom(0.02, 0.04, 0.1),
        (v, anywhere, dx, dy, step) => {
          const [vx, vy] = vertices[v] as [number, number];
          const west = (anywhere ? vx * 0.5 : vx) + dx - 3.5 * step;
          const south = (anywhere ? vy * 0.5 : vy) + dy - 3.5 * step;
          const east = west + 7 * step;
          const north = south + 7 * step;
          const block = {
            key: key++,
            lon: (west + east) / 2,
            lat: (south + north) / 2,
            rKm: 0,
            west,
            south,
            east,
            north,
          };
          const codes = new Set<string | undefined>();
          for (let r = 0; r < 8; r++)
            for (let c = 0; c < 8; c++) {
              const lon = west + c * step;
              const lat = south + r * step;
              // The reference is `at` at the point (itself checked against a linear scan above).
              expect(countryIndex.atInBlock(block, lon, lat)).toBe(countryIndex.at(lon, lat));
              const sub = adminIndex.atInBlock(block, lon, lat);
              expect(sub).toBe(adminIndex.at(lon, lat));
              codes.add(sub?.properties.code);
            }
          if (codes.size > 1) boundaryBlocks++;
        },
      ),
      { numRuns: 200, seed: 1504 },
    );
    // The draw reaches borders: many blocks hold points of more than one region.
    expect(boundaryBlocks).toBeGreaterThan(20);
  });

  it('gives the first of overlapping features in a block, as at does', () => {
    const features = [square('B', 0, 0, 10), square('A', 5, 5, 10), square('C', 2, 2, 1)];
    const index = createRegionIndex(features);
    const block = { key: 1, lon: 2.5, lat: 2.5, rKm: 0, west: 2.2, south: 2.2, east: 2.8, north: 2.8 };
    expect(index.atInBlock(block, 2.5, 2.5)?.properties.code).toBe('B');
    const inside = { key: 2, lon: 7, lat: 7, rKm: 0, west: 6, south: 6, east: 8, north: 8 };
    expect(index.atInBlock(inside, 6, 6)?.properties.code).toBe('B');
    expect(index.atInBlock(inside, 8, 8)?.properties.code).toBe('B');
  });
});
