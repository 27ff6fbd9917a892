/** Grid facts at a place, checked against data/ by brute force (values read from the files, not copied). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlantsFileSchema } from '../../contract/plants.ts';
import { CoverageFileSchema, SubstationsFileSchema } from '../../contract/transmission.ts';
import { distanceKm } from '../../domain/geo.ts';
import { coverageAt, nearestSubstation, pipelinePlantsNear, PLANT_RADIUS_KM } from './gridFacts.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(`data/${path}`, 'utf8'));
const subs = SubstationsFileSchema.parse(read('transmission/substations.json'));
const coverage = CoverageFileSchema.parse(read('transmission/coverage.json'));
const plants = PlantsFileSchema.parse(read('plants.json'));

const bruteNearest = (lon: number, lat: number, minKv = 0) => {
  let best = { index: -1, km: Infinity };
  for (let i = 0; i < subs.count; i++) {
    if (minKv > 0 && (subs.maxKv[i] ?? subs.lineKv[i] ?? 0) < minKv) continue;
    const km = distanceKm([lon, lat], [subs.lon[i], subs.lat[i]]);
    if (km < best.km) best = { index: i, km };
  }
  return best;
};

describe('nearest substation', () => {
  it('matches a brute-force great-circle search anywhere, for any voltage and for >= 220 kV', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: -60, max: 75, noNaN: true }),
        (lon, lat) => {
          for (const minKv of [0, 220]) {
            const got = nearestSubstation(subs, lon, lat, minKv)!;
            expect(got.km).toBeCloseTo(bruteNearest(lon, lat, minKv).km, 6);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('at a substation, it is that substation at 0 km', () => {
    const i = subs.maxKv.findIndex((kv) => kv !== null && kv >= 380);
    const got = nearestSubstation(subs, subs.lon[i], subs.lat[i])!;
    expect(got.km).toBe(0);
    expect([subs.lon[got.index], subs.lat[got.index]]).toEqual([subs.lon[i], subs.lat[i]]);
  });
});

describe('coverage at a place', () => {
  it('is none in an uncovered US region and inside no source country', () => {
    const region = coverage.uncoveredRegions[0];
    expect(coverageAt(coverage, 'USA', region.code, -116.9, 39.5)).toBeNull();
    expect(coverageAt(coverage, 'ZZZ', undefined, 0, 0)).toBeNull();
  });

  it('is the source of a substation at that substation, in its country', () => {
    const i = subs.source.findIndex((s) => subs.sources[s] === 'entsoe_gridkit_2022');
    expect(coverageAt(coverage, subs.iso3[i], undefined, subs.lon[i], subs.lat[i])).toBe(
      'entsoe_gridkit_2022',
    );
  });
});

describe('plants under construction or planned nearby', () => {
  it('lists exactly the construction and planned plants within the radius, nearest first', () => {
    const i = plants.statusClass.findIndex((c) => plants.statusClasses[c] === 'construction');
    const [lon, lat] = [plants.lon[i], plants.lat[i]];
    const expected = plants.name
      .map((_, k) => k)
      .filter((k) => ['construction', 'planned'].includes(plants.statusClasses[plants.statusClass[k]]))
      .filter((k) => distanceKm([lon, lat], [plants.lon[k], plants.lat[k]]) <= PLANT_RADIUS_KM);
    const got = pipelinePlantsNear(plants, lon, lat);
    expect(new Set(got.map((p) => p.index))).toEqual(new Set(expected));
    expect(got.map((p) => p.km)).toEqual([...got.map((p) => p.km)].sort((a, b) => a - b));
    expect(got.map((p) => p.index)).toContain(i);
  });
});
