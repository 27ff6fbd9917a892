/**
 * Great-circle nearest-neighbour and within-radius queries over point sets (kdbush + geokdbush). The one
 * implementation: the grid builder (scripts/grid/spatial.ts re-exports it) and the point evaluator
 * (pointValues.ts) both call it, so a point query at a cell centre returns exactly the cell's value.
 */
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { cosLat, EARTH_RADIUS_KM, haversineKm } from './geo.ts';

export interface PointSet {
  lon: Float64Array;
  lat: Float64Array;
  /** cosLat(lat) per point (haversineKm's factor). */
  cos: Float64Array;
  index: KDBush;
}

export function pointSet(points: readonly { lon: number; lat: number }[]): PointSet {
  const index = new KDBush(Math.max(1, points.length));
  const lon = new Float64Array(points.length);
  const lat = new Float64Array(points.length);
  const cos = new Float64Array(points.length);
  points.forEach((p, i) => {
    lon[i] = p.lon;
    lat[i] = p.lat;
    cos[i] = cosLat(p.lat);
    index.add(p.lon, p.lat);
  });
  if (points.length === 0) index.add(0, 0); // kdbush needs >= 1 point; never matched (see nearest)
  index.finish();
  return { lon, lat, cos, index };
}

/**
 * geokdbush ranks by its own haversine, which can differ from distanceKm in the last bits: every point within this
 * much more than the first hit's distanceKm is a candidate, and distanceKm decides among them.
 */
const slackKm = (km: number) => km * 1e-9 + 1e-6;

/**
 * Nearest point by great-circle distance: [index, km], or [-1, Infinity] for an empty set. The rule: the smallest
 * distanceKm, and among equal distances (duplicate coordinates) the lowest index. NearestInBlock follows it too.
 */
export function nearest(ps: PointSet, lon: number, lat: number): [number, number] {
  if (ps.lon.length === 0) return [-1, Infinity];
  const first = around(ps.index, lon, lat, 1)[0];
  if (first === undefined) return [-1, Infinity];
  const cos = cosLat(lat);
  let best = first;
  let bestKm = haversineKm(lon, lat, cos, ps.lon[first]!, ps.lat[first]!, ps.cos[first]!);
  for (const i of around(ps.index, lon, lat, Infinity, bestKm + slackKm(bestKm))) {
    const km = haversineKm(lon, lat, cos, ps.lon[i]!, ps.lat[i]!, ps.cos[i]!);
    if (km < bestKm || (km === bestKm && i < best)) {
      best = i;
      bestKm = km;
    }
  }
  return [best, bestKm];
}

/**
 * A block of query points (the fine surface's lattice blocks): a centre and a radius such that every query point of
 * the block lies within `rKm` (distanceKm) of the centre, and their extent. `key` identifies the block: caches
 * rebuild when it changes.
 */
export interface QueryBlock {
  key: number;
  lon: number;
  lat: number;
  rKm: number;
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Float error allowed in a triangle-inequality bound (distanceKm is exact to ~1e-12 km). */
const BOUND_TOL_KM = 1e-6;

/**
 * `nearest` for many query points of one block at a time, with the same result (same index, bit-identical km).
 * Per block: d0 = the centre's nearest distance; every query point's nearest lies within d0 + 2 rKm of the centre
 * (triangle inequality), so those points are gathered once, sorted by their distance to the centre. Per query point
 * they are scanned in that order, and the scan stops once distance(centre, p) − distance(centre, query) exceeds the
 * best distance found (a lower bound of every remaining distance).
 */
export class NearestInBlock {
  /** The last query's result. */
  index = -1;
  km = Infinity;
  private key = NaN;
  private cLon = 0;
  private cLat = 0;
  private cCos = 1;
  private rKm = 0;
  private n = 0;
  private ids = new Int32Array(16);
  private dc = new Float64Array(16);
  private lon = new Float64Array(16);
  private lat = new Float64Array(16);
  private cos = new Float64Array(16);

  constructor(readonly ps: PointSet) {}

  private build(b: QueryBlock) {
    const ps = this.ps;
    this.key = b.key;
    this.cLon = b.lon;
    this.cLat = b.lat;
    this.cCos = cosLat(b.lat);
    this.rKm = b.rKm;
    // Any point's distance bounds the centre's nearest distance from above: the band holds every candidate.
    const first = around(ps.index, b.lon, b.lat, 1)[0]!;
    const d0 = haversineKm(b.lon, b.lat, this.cCos, ps.lon[first]!, ps.lat[first]!, ps.cos[first]!);
    const band = d0 + 2 * b.rKm;
    const found: number[] = [];
    forEachWithin(ps, b.lon, b.lat, band + BOUND_TOL_KM, (i) => found.push(i));
    const n = found.length;
    if (this.ids.length < n) {
      const size = Math.max(n, this.ids.length * 2);
      this.ids = new Int32Array(size);
      this.dc = new Float64Array(size);
      this.lon = new Float64Array(size);
      this.lat = new Float64Array(size);
      this.cos = new Float64Array(size);
    }
    const dc = found.map((i) => haversineKm(b.lon, b.lat, this.cCos, ps.lon[i]!, ps.lat[i]!, ps.cos[i]!));
    const order = found.map((_, k) => k).sort((a, c) => dc[a]! - dc[c]! || found[a]! - found[c]!);
    for (let k = 0; k < n; k++) {
      const i = found[order[k]!]!;
      this.ids[k] = i;
      this.dc[k] = dc[order[k]!]!;
      this.lon[k] = ps.lon[i]!;
      this.lat[k] = ps.lat[i]!;
      this.cos[k] = ps.cos[i]!;
    }
    this.n = n;
  }

  /** The nearest point to (lon, lat), a query point of `block`: sets `index` and `km` (nearest's rule). */
  query(block: QueryBlock, lon: number, lat: number, cos: number): void {
    if (this.ps.lon.length === 0) {
      this.index = -1;
      this.km = Infinity;
      return;
    }
    if (block.key !== this.key) this.build(block);
    const dcs = haversineKm(this.cLon, this.cLat, this.cCos, lon, lat, cos);
    if (!(dcs <= this.rKm)) {
      // Not a point of the block as described: the plain search (same rule).
      [this.index, this.km] = nearest(this.ps, lon, lat);
      return;
    }
    let best = -1;
    let bestKm = Infinity;
    const { n, dc, ids } = this;
    for (let k = 0; k < n; k++) {
      if (dc[k]! - dcs > bestKm + BOUND_TOL_KM) break;
      const km = haversineKm(lon, lat, cos, this.lon[k]!, this.lat[k]!, this.cos[k]!);
      const i = ids[k]!;
      if (km < bestKm || (km === bestKm && i < best)) {
        best = i;
        bestKm = km;
      }
    }
    this.index = best;
    this.km = bestKm;
  }
}

/** The search box's half-widths in degrees around latitude `lat` (forEachWithin and WithinInBlock). */
function searchBox(lat: number, radiusKm: number): [dLat: number, dLon: number] {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const maxLat = Math.min(90, Math.abs(lat) + dLat);
  const cos = Math.cos((maxLat * Math.PI) / 180);
  const dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
  return [dLat, dLon];
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
  const [dLat, dLon] = searchBox(lat, radiusKm);
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
  const cos0 = cosLat(lat);
  for (const [w, e] of boxes) {
    for (const i of ps.index.range(w, lat - dLat, e, lat + dLat)) {
      if (seen) {
        if (seen.has(i)) continue;
        seen.add(i);
      }
      if (haversineKm(lon, lat, cos0, ps.lon[i]!, ps.lat[i]!, ps.cos[i]!) <= radiusKm) visit(i);
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

const BOX_PAD_DEG = 1e-9;

/**
 * `forEachWithin` for many query points of one block at a time, visiting the same points in the same order (so float
 * sums are bit-identical). Per block, one kdbush range query over a box holding every query point's search box; its
 * hits come in the tree's fixed depth-first order, which a smaller box's query keeps (it only prunes subtrees). Per
 * query point, the same box test and distance test as forEachWithin. A block whose boxes would cross the
 * antimeridian uses forEachWithin itself.
 */
export class WithinInBlock {
  private key = NaN;
  private fallback = false;
  private n = 0;
  private ids = new Int32Array(16);
  private lon = new Float64Array(16);
  private lat = new Float64Array(16);
  private cos = new Float64Array(16);

  constructor(
    readonly ps: PointSet,
    readonly radiusKm: number,
  ) {}

  private build(b: QueryBlock) {
    const ps = this.ps;
    this.key = b.key;
    const [dLat, dLon] = searchBox(Math.max(Math.abs(b.south), Math.abs(b.north)), this.radiusKm);
    const w = b.west - dLon - BOX_PAD_DEG;
    const e = b.east + dLon + BOX_PAD_DEG;
    this.fallback = dLon >= 180 || w < -180 || e > 180;
    if (this.fallback) return;
    const found = ps.index.range(w, b.south - dLat - BOX_PAD_DEG, e, b.north + dLat + BOX_PAD_DEG);
    const n = found.length;
    if (this.ids.length < n) {
      const size = Math.max(n, this.ids.length * 2);
      this.ids = new Int32Array(size);
      this.lon = new Float64Array(size);
      this.lat = new Float64Array(size);
      this.cos = new Float64Array(size);
    }
    for (let k = 0; k < n; k++) {
      const i = found[k]!;
      this.ids[k] = i;
      this.lon[k] = ps.lon[i]!;
      this.lat[k] = ps.lat[i]!;
      this.cos[k] = ps.cos[i]!;
    }
    this.n = n;
  }

  /** Calls `visit` for each point within radiusKm of (lon, lat), a query point of `block`, as forEachWithin does. */
  forEach(block: QueryBlock, lon: number, lat: number, cos: number, visit: (i: number) => void): void {
    const n = this.prepare(block, lon, lat);
    if (n < 0) {
      forEachWithin(this.ps, lon, lat, this.radiusKm, visit);
      return;
    }
    for (let k = 0; k < n; k++) if (this.hit(k, lon, lat, cos)) visit(this.ids[k]!);
  }

  /** sumWithin(ps, weights, lon, lat, radiusKm) for a query point of `block`: the same terms in the same order. */
  sum(block: QueryBlock, lon: number, lat: number, cos: number, weights: Float64Array): number {
    const n = this.prepare(block, lon, lat);
    if (n < 0) return sumWithin(this.ps, weights, lon, lat, this.radiusKm);
    let sum = 0;
    for (let k = 0; k < n; k++) if (this.hit(k, lon, lat, cos)) sum += weights[this.ids[k]!]!;
    return sum;
  }

  // The query point's box (forEachWithin's), set by prepare.
  private minX = 0;
  private maxX = 0;
  private minY = 0;
  private maxY = 0;

  /** The candidates to scan for (lon, lat), or -1 where forEachWithin itself must answer (antimeridian). */
  private prepare(block: QueryBlock, lon: number, lat: number): number {
    if (this.ps.lon.length === 0) return 0;
    if (block.key !== this.key) this.build(block);
    const [dLat, dLon] = searchBox(lat, this.radiusKm);
    const w = lon - dLon;
    const e = lon + dLon;
    if (this.fallback || dLon >= 180 || w < -180 || e > 180) return -1;
    this.minX = Math.max(-180, w);
    this.maxX = Math.min(180, e);
    this.minY = lat - dLat;
    this.maxY = lat + dLat;
    return this.n;
  }

  /** forEachWithin's two tests for candidate k: inside the query point's box, then within the radius. */
  private hit(k: number, lon: number, lat: number, cos: number): boolean {
    const x = this.lon[k]!;
    const y = this.lat[k]!;
    if (x < this.minX || x > this.maxX || y < this.minY || y > this.maxY) return false;
    return haversineKm(lon, lat, cos, x, y, this.cos[k]!) <= this.radiusKm;
  }
}
