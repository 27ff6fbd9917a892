/** data/regions/countries.geojson and admin1.geojson: simplified Natural Earth polygons + chosen tariffs. */
import { simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { RegionPropsSchema, type RegionProps } from '../src/data/schemas.ts';
import type { NeAdmin1, NeCountry, PolygonCoords } from './natural-earth.ts';
import { round } from './lib/num.ts';
import { chooseCountry, chooseSubnational, type ChosenTariffs, type TariffData } from './tariffs.ts';

export const SIMPLIFY_TOLERANCE_DEG = 0.035;
export const COORD_DECIMALS = 3;

export interface RegionTariffs {
  countries: { ne: NeCountry; props: RegionProps }[];
  admin1: { ne: NeAdmin1; props: RegionProps }[];
  /** Tariff region codes present in tariffs.csv that match no polygon. */
  unmatchedTariffRegions: string[];
}

export function assignTariffs(countries: NeCountry[], admin1: NeAdmin1[], t: TariffData): RegionTariffs {
  const countryChoice = new Map<string, ChosenTariffs>(); // by iso2
  const cOut = countries.map((ne) => {
    const chosen = ne.iso2
      ? chooseCountry(t.byRegion.get(ne.iso2) ?? [])
      : { tariff: null, commercial: null };
    if (ne.iso2 && !countryChoice.has(ne.iso2)) countryChoice.set(ne.iso2, chosen);
    const props: RegionProps = {
      code: ne.code,
      name: ne.name,
      iso2: ne.iso2,
      iso3: ne.iso3,
      level: 'country',
      tariff: chosen.tariff,
      commercial: chosen.commercial,
    };
    return { ne, props: RegionPropsSchema.parse(props) };
  });
  const iso3ByIso2 = new Map(countries.filter((c) => c.iso2).map((c) => [c.iso2, c.iso3]));
  const aOut = admin1.map((ne) => {
    const country = countryChoice.get(ne.iso2) ?? { tariff: null, commercial: null };
    const chosen = chooseSubnational(t.byRegion.get(ne.code) ?? [], country);
    const props: RegionProps = {
      code: ne.code,
      name: ne.name,
      iso2: ne.iso2,
      iso3: iso3ByIso2.get(ne.iso2) ?? ne.adm0,
      level: 'subnational',
      tariff: chosen.tariff,
      commercial: chosen.commercial,
    };
    return { ne, props: RegionPropsSchema.parse(props) };
  });
  const known = new Set<string>([...countries.map((c) => c.iso2), ...admin1.map((a) => a.code)]);
  const unmatched = [...t.byRegion.keys()].filter((k) => !known.has(k)).sort();
  return { countries: cOut, admin1: aOut, unmatchedTariffRegions: unmatched };
}

function roundRing(ring: [number, number][]): [number, number][] | null {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [round(x, COORD_DECIMALS), round(y, COORD_DECIMALS)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length < 4) return null;
  const f = out[0]!;
  const l = out[out.length - 1]!;
  if (f[0] !== l[0] || f[1] !== l[1]) out.push([f[0], f[1]]);
  return out.length >= 4 ? out : null;
}

/** Simplify (Douglas-Peucker via turf, per polygon) and round; drops rings that collapse. */
export function webGeometry(
  polys: PolygonCoords[],
  tolerance = SIMPLIFY_TOLERANCE_DEG,
): Polygon | MultiPolygon | null {
  const outPolys: [number, number][][][] = [];
  for (const poly of polys) {
    const f: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: poly },
    };
    const s = simplify(f, { tolerance, highQuality: false, mutate: false });
    const rings: [number, number][][] = [];
    (s.geometry.coordinates as [number, number][][]).forEach((r, i) => {
      const rr = roundRing(r);
      if (rr) rings.push(rr);
      else if (i === 0) rings.length = 0;
    });
    const outerKept =
      rings.length > 0 &&
      s.geometry.coordinates[0] &&
      roundRing(s.geometry.coordinates[0] as [number, number][]);
    if (outerKept) outPolys.push(rings);
  }
  if (outPolys.length === 0) {
    // Tiny islands: keep the unsimplified outer ring of the largest part so no country disappears.
    const big = [...polys].sort((a, b) => b[0]!.length - a[0]!.length)[0];
    const rr = big ? roundRing(big[0]!) : null;
    if (!rr) return null;
    return { type: 'Polygon', coordinates: [rr] };
  }
  return outPolys.length === 1
    ? { type: 'Polygon', coordinates: outPolys[0]! }
    : { type: 'MultiPolygon', coordinates: outPolys };
}

export function regionFeatureCollection(
  items: { ne: { polygons: PolygonCoords[] }; props: RegionProps }[],
  tolerance = SIMPLIFY_TOLERANCE_DEG,
): { type: 'FeatureCollection'; features: Feature<Polygon | MultiPolygon, RegionProps>[] } {
  const features: Feature<Polygon | MultiPolygon, RegionProps>[] = [];
  for (const it of items) {
    const g = webGeometry(it.ne.polygons, tolerance);
    if (!g) continue;
    features.push({ type: 'Feature', properties: it.props, geometry: g });
  }
  return { type: 'FeatureCollection', features };
}
