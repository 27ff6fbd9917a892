/**
 * Where the map goes for a country or admin-1 region: a label point on land (inside its largest polygon, as
 * the basemap's country labels) and bounds of its main parts that take the short way across ±180°.
 *
 * Main parts: polygons of at least `MAIN_PART_MIN_AREA_SHARE` of the largest one's area, no farther from it than
 * `max(its bounding-box diagonal, MAIN_PART_MAX_GAP_KM)`; so France is framed without French Guiana and
 * Norway without Bouvet Island, while Alaska stays with the United States and the Chathams' neighbours with
 * New Zealand. Bounds are the complement of the largest longitude gap between the parts: east may exceed 180
 * (Fiji: 177 → 182), which MapLibre's fitBounds / cameraForBounds take as crossing the antimeridian.
 */
import { area, polygon } from '@turf/turf';
import type { RegionFeature } from '../../data/datasets.ts';

/** A part smaller than this share of the largest part's area does not widen the view (islets, exclaves). */
export const MAIN_PART_MIN_AREA_SHARE = 0.01;
/** A part may be this far from the largest part (km) even when the largest part is smaller. */
export const MAIN_PART_MAX_GAP_KM = 1500;

/** [west, south, east, north]; east > west always, east may exceed 180. */
export type Bounds = [number, number, number, number];

export interface RegionTarget {
  /** A point inside the largest polygon: [lon, lat]. */
  label: [number, number];
  bounds: Bounds;
}

type Ring = number[][];
interface Part {
  rings: Ring[];
  area: number;
  box: Bounds;
}

const KM_PER_DEG = 111.195;

function boxOf(ring: Ring): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/** Shortest longitude gap (degrees, ≥ 0) between two longitude intervals on the circle. */
function lonGap(a: Bounds, b: Bounds): number {
  let best = Infinity;
  for (const shift of [-360, 0, 360]) {
    const w = b[0] + shift;
    const e = b[2] + shift;
    best = Math.min(best, Math.max(0, w - a[2], a[0] - e));
  }
  return best;
}

/** Rough distance (km) between two bounding boxes, across the antimeridian where that is shorter. */
export function boxGapKm(a: Bounds, b: Bounds): number {
  const dLat = Math.max(0, b[1] - a[3], a[1] - b[3]);
  const lat = Math.min(Math.abs(a[1] + a[3]) / 2, 85);
  return Math.hypot(lonGap(a, b) * Math.cos((lat * Math.PI) / 180), dLat) * KM_PER_DEG;
}

/**
 * The shortest longitude range covering all intervals ([west, east] pairs within -180…180): the complement of
 * the largest gap between them. Returns [west, east] with west in -180…180 and east ≥ west (east may be > 180).
 */
export function coveringLonRange(intervals: readonly (readonly [number, number])[]): [number, number] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [w, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  // The gap after interval i runs to interval i + 1 (the last one's wraps round to the first + 360).
  let widest = merged.length - 1;
  let widestGap = merged[0][0] + 360 - merged[widest][1];
  for (let i = 0; i < merged.length - 1; i++) {
    const gap = merged[i + 1][0] - merged[i][1];
    if (gap > widestGap) {
      widestGap = gap;
      widest = i;
    }
  }
  if (widest === merged.length - 1) return [merged[0][0], merged[widest][1]];
  return [merged[widest + 1][0], merged[widest][1] + 360];
}

export function regionTarget(feature: RegionFeature): RegionTarget {
  const g = feature.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const parts: Part[] = polygons.map((rings) => ({
    rings,
    area: area(polygon(rings)),
    box: boxOf(rings[0]),
  }));
  const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
  const diagonalKm = boxGapKm(
    [largest.box[0], largest.box[1], largest.box[0], largest.box[1]],
    [largest.box[2], largest.box[3], largest.box[2], largest.box[3]],
  );
  const reach = Math.max(diagonalKm, MAIN_PART_MAX_GAP_KM);
  const main = parts.filter(
    (p) =>
      p === largest ||
      (p.area >= MAIN_PART_MIN_AREA_SHARE * largest.area && boxGapKm(largest.box, p.box) <= reach),
  );
  const [west, east] = coveringLonRange(main.map((p) => [p.box[0], p.box[2]] as const));
  const south = Math.min(...main.map((p) => p.box[1]));
  const north = Math.max(...main.map((p) => p.box[3]));
  return { label: labelPoint(largest.rings, largest.box), bounds: [west, south, east, north] };
}

/** Latitudes (as fractions of the part's height) whose widest inside stretch may hold the label. */
const SCANLINES = [0.5, 0.4, 0.6, 0.3, 0.7];

/**
 * A point well inside a polygon: of a few horizontal lines across it, the middle of the widest stretch that lies
 * inside (even-odd rule over the outer ring and holes). Always inside, unlike a centroid (Norway, Croatia).
 */
export function labelPoint(rings: readonly Ring[], box: Bounds): [number, number] {
  let best: [number, number] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  let bestWidth = -1;
  for (const f of SCANLINES) {
    const y = box[1] + (box[3] - box[1]) * f;
    const xs: number[] = [];
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j];
        const [x2, y2] = ring[i];
        if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    xs.sort((a, b) => a - b);
    const km = Math.cos((y * Math.PI) / 180);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = (xs[i + 1] - xs[i]) * km;
      if (width > bestWidth) {
        bestWidth = width;
        best = [(xs[i] + xs[i + 1]) / 2, y];
      }
    }
  }
  return best;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOfMercatorY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;
const MAX_LAT = 85;

/**
 * Bounds centred on the label point that still hold `target.bounds` (symmetric in longitude and in Mercator
 * y), so fitting them puts the label point, on land, at the centre of the map.
 */
export function boundsAroundLabel({ label, bounds }: RegionTarget): Bounds {
  const lat = label[1];
  // A label on the far side of ±180 from the bounds' west edge is shifted by a turn.
  const lon = label[0] < bounds[0] ? label[0] + 360 : label[0];
  const halfLon = Math.max(lon - bounds[0], bounds[2] - lon);
  const y = mercatorY(lat);
  const halfY = Math.max(y - mercatorY(bounds[1]), mercatorY(bounds[3]) - y);
  const south = Math.max(latOfMercatorY(y - halfY), -MAX_LAT);
  const north = Math.min(latOfMercatorY(y + halfY), MAX_LAT);
  return [lon - halfLon, south, lon + halfLon, north];
}
