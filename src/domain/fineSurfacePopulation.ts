/**
 * People within a radius at every sample of one fine-surface row, in one sweep (as populationAlongRow does for a
 * global grid row, here for a row of the view that does not wrap): each settlement within reach of the row adds its
 * population to the run of columns within `radiusKm` (a difference array). The run's ends are decided by the same
 * `distanceKm(sample, settlement) <= radiusKm` test as populationWithin, and populations are whole numbers (exact
 * sums in any order), so every sample gets exactly populationWithin's sum (property-tested). Views are clamped to
 * ±180° (no antimeridian wrap): within `radiusKm` of the antimeridian the sum misses the far side.
 */
import { cosLat, haversineKm, KM_PER_DEG_LAT } from './geo.ts';
import type { PopulationIndex } from './population.ts';

const RAD = Math.PI / 180;
const BOX_PAD_DEG = 1e-9;
/**
 * The analytic test |Δlon| <= a (a from the haversine solved for Δlon) decides a sample whose |Δlon| is farther than
 * this from a; closer ones take the exact distance test. a's rounding error is below 1e-12° while the ratio under
 * the square root stays within [RATIO_EXACT, 1 − RATIO_EXACT] and cos φ1 cos φ2 above COS_EXACT (it divides the
 * ratio; else every sample takes the exact test), so the two tests agree wherever the analytic one is used.
 */
const MARGIN_DEG = 1e-6;
const RATIO_EXACT = 1e-8;
const COS_EXACT = 1e-3;

interface Columns {
  lon: Float64Array;
  lat: Float64Array;
  cos: Float64Array;
  population: Float64Array;
}
const columnCache = new WeakMap<PopulationIndex, Columns>();
/** The settlements as typed columns with cosLat of each, built once per index. */
function columnsOf(index: PopulationIndex): Columns {
  let c = columnCache.get(index);
  if (!c) {
    const { lon, lat, population } = index.points;
    c = {
      lon: Float64Array.from(lon),
      lat: Float64Array.from(lat),
      cos: Float64Array.from(lat, cosLat),
      population: Float64Array.from(population),
    };
    columnCache.set(index, c);
  }
  return c;
}

/**
 * Is the sample (lon, lat) within radiusKm of the settlement (pLon, pLat)? populationWithin's test (distanceKm <=
 * radiusKm; haversineKm is bit-identical), unless `analytic` and |Δlon| is farther than the margin from `a`.
 */
function insideAt(
  lon: number,
  lat: number,
  cosRow: number,
  pLon: number,
  pLat: number,
  pCos: number,
  a: number,
  analytic: boolean,
  radiusKm: number,
): boolean {
  if (analytic) {
    const dd = Math.abs(lon - pLon) - a;
    if (dd < -MARGIN_DEG) return true;
    if (dd > MARGIN_DEG) return false;
  }
  return haversineKm(lon, lat, cosRow, pLon, pLat, pCos) <= radiusKm;
}

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
  const { tree } = index;
  if (!tree || width === 0) return out;
  const points = columnsOf(index);
  const lon0 = lons[0]!;
  const step = width > 1 ? (lons[width - 1]! - lon0) / (width - 1) : 1;
  const dLat = radiusKm / KM_PER_DEG_LAT;
  const searchLat = dLat + BOX_PAD_DEG;
  const maxLat = Math.min(90, Math.abs(lat) + searchLat);
  const cos = Math.cos(maxLat * RAD);
  const dLon = cos < 1e-9 ? 360 : searchLat / cos;
  const havR = Math.sin((dLat * RAD) / 2) ** 2;
  const cosRow = cosLat(lat);
  const diff = new Float64Array(width + 1);
  const hits = tree.search(
    Math.max(-180, lon0 - dLon),
    lat - searchLat,
    Math.min(180, lons[width - 1]! + dLon),
    lat + searchLat,
  );
  // Columns far apart compared with the margin: at most one column per end of a run is near its analytic end.
  const fast = step > 100 * MARGIN_DEG;
  let pLon = 0;
  let pLat = 0;
  let pCos = 1;
  let a = 0;
  let analytic = false;
  const inside = (col: number) => insideAt(lons[col]!, lat, cosRow, pLon, pLat, pCos, a, analytic, radiusKm);
  for (const i of hits) {
    pLon = points.lon[i]!;
    pLat = points.lat[i]!;
    pCos = points.cos[i]!;
    const cosCos = cosRow * pCos;
    const havLat = Math.sin(((pLat - lat) * RAD) / 2) ** 2;
    const ratio = cosCos > 0 ? (havR - havLat) / cosCos : havR >= havLat ? 1 : -1;
    a = ratio >= 1 ? 180 : (2 * Math.asin(Math.sqrt(Math.max(0, ratio)))) / RAD;
    analytic = fast && cosCos > COS_EXACT && ratio > RATIO_EXACT && ratio < 1 - RATIO_EXACT;
    // The analytic run, clamped to the row; then its ends fixed by the test.
    const nearestCol = Math.min(width - 1, Math.max(0, Math.round((pLon - lon0) / step)));
    let lo = Math.max(0, Math.ceil((pLon - a - lon0) / step));
    let hi = Math.min(width - 1, Math.floor((pLon + a - lon0) / step));
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
