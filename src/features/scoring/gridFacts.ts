/**
 * The grid facts of one place, from the same files the pipeline used: the nearest substation (great circle,
 * kdbush + geokdbush), whether a transmission source covers the place (the rule of coverage.json), the plants
 * under construction or planned within 50 km, and the US state's generation-queue pressure.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { PlantsFile } from '../../contract/plants.ts';
import type { CoverageFile, SubstationsFile, TransmissionSource } from '../../contract/transmission.ts';
import { coverageLookup, type CoverageLookup } from '../../contract/transmissionCoverage.ts';
import { distanceKm } from '../../domain/geo.ts';

/** The radius of the grid's plant layers (grid_capacity_mw, grid_pipeline_mw: scripts/grid/layers/capacity.ts). */
export const PLANT_RADIUS_KM = 50;

const indexes = new WeakMap<object, KDBush>();
function indexOf(points: { lon: readonly number[]; lat: readonly number[] }): KDBush {
  let index = indexes.get(points);
  if (!index) {
    index = new KDBush(points.lon.length);
    for (let i = 0; i < points.lon.length; i++) index.add(points.lon[i], points.lat[i]);
    index.finish();
    indexes.set(points, index);
  }
  return index;
}

export interface NearestSubstation {
  index: number;
  km: number;
}

/** The nearest substation of all sources (optionally with a highest kV of at least `minKv`). */
export function nearestSubstation(
  subs: SubstationsFile,
  lon: number,
  lat: number,
  minKv = 0,
): NearestSubstation | null {
  if (subs.count === 0) return null;
  const ok = (i: number) => minKv <= 0 || (subs.maxKv[i] ?? subs.lineKv[i] ?? 0) >= minKv;
  // geokdbush orders by its own haversine; the distance shown is the app's distanceKm
  const [index] = around(indexOf(subs), lon, lat, 1, Infinity, minKv > 0 ? ok : undefined);
  if (index === undefined) return null;
  return { index, km: distanceKm([lon, lat], [subs.lon[index], subs.lat[index]]) };
}

const lookups = new WeakMap<CoverageFile, CoverageLookup>();

/**
 * Which source covers a place: the rule of coverage.json, with the same lookup the grid builder uses for the
 * `transmission_coverage` layer (src/contract/transmissionCoverage.ts). Null = no substation data here.
 */
export function coverageAt(
  coverage: CoverageFile,
  iso3: string | undefined,
  region: string | undefined,
  lon: number,
  lat: number,
): TransmissionSource | null {
  let lookup = lookups.get(coverage);
  if (!lookup) lookups.set(coverage, (lookup = coverageLookup(coverage)));
  const code = lookup.at(iso3 ?? '', region || null, lon, lat);
  return coverage.codes.find((c) => c.code === code)?.source ?? null;
}

export interface NearbyPlant {
  index: number;
  km: number;
}

/** Plants under construction or planned within the radius, nearest first. */
export function pipelinePlantsNear(
  plants: PlantsFile,
  lon: number,
  lat: number,
  radiusKm = PLANT_RADIUS_KM,
): NearbyPlant[] {
  const wanted = new Set(['construction', 'planned']);
  return around(indexOf(plants), lon, lat, Infinity, radiusKm)
    .filter((i) => wanted.has(plants.statusClasses[plants.statusClass[i]]))
    .map((index) => ({ index, km: distanceKm([lon, lat], [plants.lon[index], plants.lat[index]]) }))
    .filter((p) => p.km <= radiusKm)
    .sort((a, b) => a.km - b.km || a.index - b.index);
}

/** data/sources.json ids of the operating plants counted within the radius (capacity within 50 km). */
export function operatingPlantSourcesNear(
  plants: PlantsFile,
  lon: number,
  lat: number,
  radiusKm = PLANT_RADIUS_KM,
): string[] {
  const ids = new Set<string>();
  for (const i of around(indexOf(plants), lon, lat, Infinity, radiusKm))
    if (
      plants.statusClasses[plants.statusClass[i]] === 'operating' &&
      distanceKm([lon, lat], [plants.lon[i], plants.lat[i]]) <= radiusKm
    )
      ids.add(plants.sources[plants.source[i]]);
  return [...ids].sort();
}
