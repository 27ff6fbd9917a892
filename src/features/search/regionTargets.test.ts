import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { booleanPointInPolygon } from '@turf/turf';
import type { RegionCollection, RegionFeature } from '../../data/datasets.ts';
import { boundsAroundLabel, coveringLonRange, regionTarget, type Bounds } from './regionTargets.ts';

const read = (file: string) => JSON.parse(readFileSync(`data/regions/${file}`, 'utf8')) as RegionCollection;
const countries = read('countries.geojson');
const admin1 = read('admin1.geojson');
const byName = (name: string): RegionFeature => {
  const f = [...countries.features, ...admin1.features].find((x) => x.properties.name === name);
  if (!f) throw new Error(`${name} not in data/regions`);
  return f;
};
const inside = (f: RegionFeature, [lon, lat]: number[]) =>
  booleanPointInPolygon([((lon + 540) % 360) - 180, lat], f as unknown as GeoJSON.Feature<GeoJSON.Polygon>);
const centre = (b: Bounds) => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
/** Every longitude of the feature, to compare with the naive bounding box. */
const lons = (f: RegionFeature) =>
  JSON.stringify(f.geometry.coordinates)
    .match(/-?[\d.]+(?=,)/g)!
    .map(Number);

describe('region targets on data/regions', () => {
  it('puts every country and region label on its own land', () => {
    const outside = [...countries.features, ...admin1.features]
      .filter((f) => !inside(f, regionTarget(f).label))
      .map((f) => f.properties.name);
    expect(outside).toEqual([]);
  });

  it('frames Norway around a point in Norway', () => {
    const norway = byName('Norway');
    const target = regionTarget(norway);
    expect(inside(norway, target.label)).toBe(true);
    const around = boundsAroundLabel(target);
    expect((around[0] + around[2]) / 2).toBeCloseTo(target.label[0], 9);
    expect(around[0]).toBeLessThanOrEqual(target.bounds[0]);
    expect(around[3]).toBeGreaterThanOrEqual(target.bounds[3]);
  });

  it('frames the United States in North America, not across the Atlantic', () => {
    const us = byName('United States of America');
    const [lon, lat] = centre(regionTarget(us).bounds);
    const wrapped = ((lon + 540) % 360) - 180;
    expect(wrapped).toBeGreaterThan(-170);
    expect(wrapped).toBeLessThan(-50);
    expect(lat).toBeGreaterThan(15);
    expect(lat).toBeLessThan(75);
    // The naive box of every vertex spans the globe (Aleutians on both sides of ±180).
    expect(Math.max(...lons(us)) - Math.min(...lons(us))).toBeGreaterThan(300);
  });

  it('takes the short way across ±180° for Russia, New Zealand, Fiji and Kiribati', () => {
    for (const name of ['Russia', 'New Zealand', 'Fiji', 'Kiribati']) {
      const f = byName(name);
      const naive = Math.max(...lons(f)) - Math.min(...lons(f));
      const { bounds, label } = regionTarget(f);
      expect({ name, naive: naive > 180 }).toEqual({ name, naive: true });
      expect({ name, span: bounds[2] - bounds[0] < 180 }).toEqual({ name, span: true });
      const around = boundsAroundLabel({ bounds, label });
      expect({ name, holds: around[0] <= bounds[0] + 1e-9 && around[2] >= bounds[2] - 1e-9 }).toEqual({
        name,
        holds: true,
      });
    }
  });

  it('leaves far overseas parts out of the frame (France without French Guiana)', () => {
    const [west] = regionTarget(byName('France')).bounds;
    expect(west).toBeGreaterThan(-10);
  });
});

describe('coveringLonRange', () => {
  const interval = fc
    .tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }))
    .map(([w, span]) => [w, Math.min(180, w + span)] as [number, number]);

  it('covers every interval and is never wider than the plain range', () => {
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 8 }), (intervals) => {
        const [w, e] = coveringLonRange(intervals);
        expect(e).toBeGreaterThanOrEqual(w);
        const plain = Math.max(...intervals.map((i) => i[1])) - Math.min(...intervals.map((i) => i[0]));
        expect(e - w).toBeLessThanOrEqual(plain + 1e-9);
        for (const [a, b] of intervals) {
          const shifted = a >= w - 1e-9 ? [a, b] : [a + 360, b + 360];
          expect(shifted[0]).toBeGreaterThanOrEqual(w - 1e-9);
          expect(shifted[1]).toBeLessThanOrEqual(e + 1e-9);
        }
      }),
    );
  });

  it('crosses the antimeridian when that is shorter', () => {
    expect(
      coveringLonRange([
        [177, 180],
        [-180, -178],
      ]),
    ).toEqual([177, 182]);
  });
});
