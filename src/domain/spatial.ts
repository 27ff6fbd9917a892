/**
 * Great-circle nearest-neighbour and within-radius queries over point sets (kdbush + geokdbush). The one
 * implementation: the grid builder (scripts/grid/spatial.ts re-exports it) and the point evaluator
 * (pointValues.ts) both call it, so a point query at a cell centre returns exactly the cell's value.
 */
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { distanceKm, EARTH_RADIUS_KM } from './geo.ts';

export interface PointSet {
  lon: Float64Array;
  lat: Float64Array;
  index: KDBush;
}

export function pointSet(points: readonly { lon: number; lat: number }[]): PointSet {
  const index = new KDBush(Math.max(1, points.length));
  const lon = new Float64Array(points.length);
  const lat = new Float64Array(points.length);
  points.forEach((p, i) => {
    lon[i] = p.lon;
    lat[i] = p.lat;
    index.add(p.lon, p.lat);
  });
  if (points.length === 0) index.add(0, 0); // kdbush needs >= 1 point; never matched (see nearest)
  index.finish();
  return { lon, lat, index };
}

/** Nearest point by great-circle distance: [index, km], or [-1, Infinity] for an empty set. */
export function nearest(ps: PointSet, lon: number, lat: number): [number, number] {
  if (ps.lon.length === 0) return [-1, Infinity];
  const ids = around(ps.index, lon, lat, 1);
  const i = ids[0];
  if (i === undefined) return [-1, Infinity];
  return [i, distanceKm([lon, lat], [ps.lon[i]!, ps.lat[i]!])];
}

/**
 * Calls `visit` for each point within radiusKm (great circle) of (lon, lat), in a fixed order (bbox query with
 * antimeridian wrap, then a haversine filter).
 */
export function forEachWithin(
  ps: PointSet,
  lon: number,
  lat: number,
  radiusKm: number,
  visit: (i: number) => void,
): void {
  if (ps.lon.length === 0) return;
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const maxLat = Math.min(90, Math.abs(lat) + dLat);
  const cos = Math.cos((maxLat * Math.PI) / 180);
  const dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
  const boxes: [number, number][] = [];
  if (dLon >= 180) boxes.push([-180, 180]);
  else {
    const w = lon - dLon;
    const e = lon + dLon;
    boxes.push([Math.max(-180, w), Math.min(180, e)]);
    if (w < -180) boxes.push([w + 360, 180]);
    if (e > 180) boxes.push([-180, e - 360]);
  }
  const seen = boxes.length > 1 ? new Set<number>() : null;
  for (const [w, e] of boxes) {
    for (const i of ps.index.range(w, lat - dLat, e, lat + dLat)) {
      if (seen) {
        if (seen.has(i)) continue;
        seen.add(i);
      }
      if (distanceKm([lon, lat], [ps.lon[i]!, ps.lat[i]!]) <= radiusKm) visit(i);
    }
  }
}

/** Sum of weights of the points within radiusKm (great circle) of (lon, lat). */
export function sumWithin(
  ps: PointSet,
  weights: Float64Array,
  lon: number,
  lat: number,
  radiusKm: number,
): number {
  let sum = 0;
  forEachWithin(ps, lon, lat, radiusKm, (i) => {
    sum += weights[i]!;
  });
  return sum;
}
