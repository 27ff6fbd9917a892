/**
 * People within a radius at every sample of one fine-surface row, in one sweep (as populationAlongRow does for a
 * global grid row, here for a row of the view that does not wrap): each settlement within reach of the row adds its
 * population to the run of columns within `radiusKm` (a difference array). The run's ends are decided by the same
 * `distanceKm(sample, settlement) <= radiusKm` test as populationWithin, and populations are whole numbers (exact
 * sums in any order), so every sample gets exactly populationWithin's sum (property-tested). Views are clamped to
 * ±180° (no antimeridian wrap): within `radiusKm` of the antimeridian the sum misses the far side.
 */
import { distanceKm, KM_PER_DEG_LAT } from './geo.ts';
import type { PopulationIndex } from './population.ts';

const RAD = Math.PI / 180;
const BOX_PAD_DEG = 1e-9;

/** populationWithin(index, [lons[c], lat], radiusKm) for every c; `lons` ascending and equally spaced. */
export function populationAlongSamples(
  index: PopulationIndex,
  lat: number,
  lons: Float64Array,
  radiusKm: number,
  out: Float64Array = new Float64Array(lons.length),
): Float64Array {
  const width = lons.length;
  out.fill(0, 0, width);
  const { tree, points } = index;
  if (!tree || width === 0) return out;
  const lon0 = lons[0]!;
  const step = width > 1 ? (lons[width - 1]! - lon0) / (width - 1) : 1;
  const dLat = radiusKm / KM_PER_DEG_LAT;
  const searchLat = dLat + BOX_PAD_DEG;
  const maxLat = Math.min(90, Math.abs(lat) + searchLat);
  const cos = Math.cos(maxLat * RAD);
  const dLon = cos < 1e-9 ? 360 : searchLat / cos;
  const havR = Math.sin((dLat * RAD) / 2) ** 2;
  const diff = new Float64Array(width + 1);
  const hits = tree.search(
    Math.max(-180, lon0 - dLon),
    lat - searchLat,
    Math.min(180, lons[width - 1]! + dLon),
    lat + searchLat,
  );
  const at: [number, number] = [0, lat];
  const p: [number, number] = [0, 0];
  const inside = (col: number) => {
    at[0] = lons[col]!;
    return distanceKm(at, p) <= radiusKm;
  };
  for (const i of hits) {
    p[0] = points.lon[i]!;
    p[1] = points.lat[i]!;
    const cosCos = Math.cos(lat * RAD) * Math.cos(p[1] * RAD);
    const havLat = Math.sin(((p[1] - lat) * RAD) / 2) ** 2;
    const ratio = cosCos > 0 ? (havR - havLat) / cosCos : havR >= havLat ? 1 : -1;
    const a = ratio >= 1 ? 180 : (2 * Math.asin(Math.sqrt(Math.max(0, ratio)))) / RAD;
    // The analytic run, clamped to the row; then its ends fixed by the exact test.
    const nearestCol = Math.min(width - 1, Math.max(0, Math.round((p[0] - lon0) / step)));
    let lo = Math.max(0, Math.ceil((p[0] - a - lon0) / step));
    let hi = Math.min(width - 1, Math.floor((p[0] + a - lon0) / step));
    if (hi < lo) lo = hi = nearestCol;
    while (hi >= lo && !inside(lo)) lo++;
    while (hi >= lo && !inside(hi)) hi--;
    if (hi < lo) {
      if (!inside(nearestCol)) continue; // the closest sample is out of reach: so is every sample
      lo = hi = nearestCol;
    }
    while (lo > 0 && inside(lo - 1)) lo--;
    while (hi < width - 1 && inside(hi + 1)) hi++;
    const pop = points.population[i]!;
    diff[lo] = diff[lo]! + pop;
    diff[hi + 1] = diff[hi + 1]! - pop;
  }
  let run = 0;
  for (let c = 0; c < width; c++) {
    run += diff[c]!;
    out[c] = run;
  }
  return out;
}
