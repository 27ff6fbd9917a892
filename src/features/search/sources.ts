/**
 * The search sources: each dataset seen as searchable rows (names, weight, shown hit). Region and country
 * names come from data/regions (ISO codes are looked up there and never shown raw).
 */
import type { MiningSite } from '../../data/schemas.ts';
import type { Gazetteer } from '../../contract/gazetteer.ts';
import type { RegionCollection, RegionFeature } from '../../data/datasets.ts';
import type { PlantsFile } from '../../contract/plants.ts';
import type { SubstationsFile } from '../../contract/transmission.ts';
import type { SearchSource } from './searchIndex.ts';
import type { SearchHit } from './searchTypes.ts';

/** Plants below this capacity are not searchable by name (thousands of small solar farms would crowd towns out). */
export const SEARCH_PLANT_MIN_MW = 100;

/** Country and admin-1 names by ISO code, from data/regions. */
export interface RegionNames {
  country(code: string): string | undefined;
  /** The admin-1 name of `code` ("TX") in country `iso2`, or `code` itself when it is a name, else undefined. */
  admin1(iso2: string, code: string): string | undefined;
}

/** A bare code (two or three capitals or digits) that data/regions cannot name is not shown. */
const looksLikeCode = (s: string) => /^[A-Z0-9]{1,3}$/.test(s) || /^\d+$/.test(s);

export function regionNames(countries?: RegionCollection, admin1?: RegionCollection): RegionNames {
  const byCode = new Map<string, string>();
  // Dependencies share their sovereign's codes (Ashmore and Cartier Is.: AU, AUS): the feature whose own code
  // is the ISO code names it.
  for (const f of countries?.features ?? []) {
    const { code, iso2, iso3, name } = f.properties;
    for (const key of [iso2, iso3]) if (key && (!byCode.has(key) || code === iso2)) byCode.set(key, name);
  }
  const regions = new Map<string, string>();
  for (const f of admin1?.features ?? []) regions.set(f.properties.code, f.properties.name);
  return {
    country: (code) => (code ? byCode.get(code) : undefined),
    admin1: (iso2, code) => {
      if (!code) return undefined;
      const named = regions.get(`${iso2}-${code}`);
      if (named) return named;
      return looksLikeCode(code) ? undefined : code;
    },
  };
}

const splitNames = (s: string) =>
  s
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);

/** Settlements as the search needs them (the gazetteer's columns seen through functions). */
export interface PlaceRows {
  size: number;
  name(i: number): string;
  /** Ascii and alternate names, searched but not shown. */
  alternates(i: number): readonly string[];
  /** Admin-1 name, undefined where unknown or only a code. */
  admin1(i: number): string | undefined;
  country(i: number): string | undefined;
  population(i: number): number;
  lon(i: number): number;
  lat(i: number): number;
}

export function placesSource(places: PlaceRows): SearchSource {
  return {
    kind: 'place',
    size: places.size,
    names: (i) => [places.name(i), ...places.alternates(i)],
    weight: (i) => places.population(i),
    hit: (i) => ({
      kind: 'place',
      name: places.name(i),
      admin1: places.admin1(i),
      country: places.country(i),
      note: places.population(i) > 0 ? `pop. ${places.population(i).toLocaleString('en-US')}` : undefined,
      lon: places.lon(i),
      lat: places.lat(i),
    }),
  };
}

/** The gazetteer (data/gazetteer.json: GeoNames places of 1,000+ people) as place rows. */
export function gazetteerRows(g: Gazetteer): PlaceRows {
  const noAlternates: readonly string[] = [];
  return {
    size: g.size,
    name: (i) => g.name[i],
    alternates: () => noAlternates,
    admin1: (i) => (g.admin1[i] >= 0 ? g.admin1Names[g.admin1[i]] : undefined),
    country: (i) => g.countries[g.country[i]].name ?? undefined,
    population: (i) => g.population[i],
    lon: (i) => g.lon[i],
    lat: (i) => g.lat[i],
  };
}

export function miningSitesSource(sites: readonly MiningSite[], names: RegionNames): SearchSource {
  return {
    kind: 'mining-site',
    size: sites.length,
    names: (i) => [sites[i].name, sites[i].operator, ...splitNames(sites[i].aiTenant)],
    weight: (i) => sites[i].powerMw ?? sites[i].powerMwPlanned ?? 0,
    hit: (i) => {
      const s = sites[i];
      return {
        kind: 'mining-site',
        id: s.id,
        name: s.name,
        note: [s.operator, s.aiTenant && `AI: ${s.aiTenant}`].filter(Boolean).join(' · '),
        admin1: names.admin1(s.countryIso2, s.admin1),
        country: names.country(s.countryIso2),
        lon: s.lon,
        lat: s.lat,
      };
    },
  };
}

export function regionsSource(
  kind: 'country' | 'region',
  collection: RegionCollection,
  names: RegionNames,
): SearchSource {
  const features: readonly RegionFeature[] = collection.features;
  return {
    kind,
    size: features.length,
    // Countries also answer to their ISO alpha-3 code ("USA", "GBR").
    names: (i) =>
      kind === 'country'
        ? [features[i].properties.name, features[i].properties.iso3]
        : [features[i].properties.name],
    weight: () => 0,
    hit: (i) => {
      const f = features[i];
      return {
        kind,
        feature: f,
        name: f.properties.name,
        country: kind === 'region' ? names.country(f.properties.iso2) : undefined,
        // The map moves to the region's label point (regionTargets.ts), computed when it is chosen.
        lon: NaN,
        lat: NaN,
      };
    },
  };
}

/** Plants of at least `minMw` with a name; the hit selects the plant (its index in data/plants.json). */
export function plantsSource(
  plants: PlantsFile,
  names: RegionNames,
  minMw = SEARCH_PLANT_MIN_MW,
): SearchSource {
  const rows: number[] = [];
  for (let i = 0; i < plants.name.length; i++)
    if (plants.capacityMw[i] >= minMw && plants.name[i].trim()) rows.push(i);
  return {
    kind: 'plant',
    size: rows.length,
    names: (r) => [plants.name[rows[r]]],
    weight: (r) => plants.capacityMw[rows[r]],
    hit: (r): SearchHit => {
      const i = rows[r];
      const status = plants.statusClasses[plants.statusClass[i]];
      const mw = Math.round(plants.capacityMw[i]).toLocaleString('en-US');
      return {
        kind: 'plant',
        index: i,
        name: plants.name[i],
        note: [`${mw} MW ${plants.fuels[plants.fuel[i]]}`, status === 'operating' ? '' : status]
          .filter(Boolean)
          .join(', '),
        country: names.country(plants.country[i]),
        lon: plants.lon[i],
        lat: plants.lat[i],
      };
    },
  };
}

/** Named substations; a row per name (sources list several, separated by ";"). */
export function substationsSource(subs: SubstationsFile, names: RegionNames): SearchSource {
  const station: number[] = [];
  const label: string[] = [];
  for (let i = 0; i < subs.count; i++)
    for (const n of new Set(splitNames(subs.name[i]))) {
      station.push(i);
      label.push(n);
    }
  return {
    kind: 'substation',
    size: station.length,
    names: (r) => [label[r]],
    weight: (r) => subs.maxKv[station[r]] ?? subs.lineKv[station[r]] ?? 0,
    hit: (r) => {
      const i = station[r];
      const kv = subs.maxKv[i];
      const lineKv = subs.lineKv[i];
      return {
        kind: 'substation',
        name: label[r],
        note: kv !== null ? `${kv} kV` : lineKv !== null ? `${lineKv} kV lines end here` : undefined,
        country: names.country(subs.iso3[i]),
        lon: subs.lon[i],
        lat: subs.lat[i],
      };
    },
  };
}
