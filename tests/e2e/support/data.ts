/** Reads the committed datasets, so browser tests compare the page with data/, not with copied numbers. */
import { readFileSync } from 'node:fs';
import type { MiningSite, RegionProps } from '../../../src/data/schemas.ts';
import { distanceKm } from '../../../src/domain/geo.ts';

export const readData = <T>(path: string): T => JSON.parse(readFileSync(`data/${path}`, 'utf8')) as T;

export function region(code: string): RegionProps {
  for (const file of ['regions/admin1.geojson', 'regions/countries.geojson']) {
    const f = readData<{ features: { properties: RegionProps }[] }>(file).features.find(
      (x) => x.properties.code === code,
    );
    if (f) return f.properties;
  }
  throw new Error(`region ${code} not in data/regions`);
}

export const miningSites = (): MiningSite[] => readData<{ sites: MiningSite[] }>('mining_sites.json').sites;

const km = (a: MiningSite, b: MiningSite) => distanceKm([a.lon, a.lat], [b.lon, b.lat]);

/** A site located at the site itself, with no other site within `minKm`, so a click hits only it. */
export function isolatedSite(predicate: (s: MiningSite) => boolean, minKm = 30): MiningSite {
  const sites = miningSites();
  const site = sites.find((s) => predicate(s) && sites.every((o) => o === s || km(s, o) > minKm));
  if (!site) throw new Error('no isolated site matches');
  return site;
}
