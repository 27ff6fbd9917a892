/** The committed data the panel resolves region names from (data/grid/manifest.json, data/regions/*.geojson). */
import { readFileSync } from 'node:fs';
import type { RegionCollection } from '../../../data/datasets.ts';
import type { GridManifest } from '../../../data/schemas.ts';
import { buildPriceRegions, type PriceRegionInput, type RegionName } from '../priceRegions.ts';

const read = <T>(path: string): T => JSON.parse(readFileSync(`data/${path}`, 'utf8')) as T;

export const manifest = read<GridManifest>('grid/manifest.json');
export const admin1 = read<RegionCollection>('regions/admin1.geojson');
export const countries = read<RegionCollection>('regions/countries.geojson');

export const names: RegionName[] = [...countries.features, ...admin1.features].map((f) => f.properties);
export const placesInput: PriceRegionInput = {
  regions: manifest.regions ?? [],
  countries: manifest.countries,
  names,
};
export const places = buildPriceRegions(placesInput);

/** The admin-1 feature called `name` (e.g. "Texas"), from the data. */
export function regionNamed(name: string): RegionName {
  const found = names.find((n) => n.level === 'subnational' && n.name === name);
  if (!found) throw new Error(`no region called ${name} in data/regions/admin1.geojson`);
  return found;
}

/** The country feature called `name` (e.g. "Germany"), from the data. */
export function countryNamed(name: string): RegionName {
  const found = names.find((n) => n.level === 'country' && n.name === name);
  if (!found) throw new Error(`no country called ${name} in data/regions/countries.geojson`);
  return found;
}
