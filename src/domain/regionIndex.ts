/**
 * Finds the polygon feature (country or admin-1 region) containing a point: a Flatbush index over the
 * features' bounding boxes gives the candidates, and a crossing test over each candidate's edge index decides, with
 * Turf's booleanPointInPolygon's answers (tested against it). When polygons overlap,
 * the first feature in collection order wins, as a linear scan would.
 */
import { bbox } from '@turf/turf';
import Flatbush from 'flatbush';
import type { QueryBlock } from './spatial.ts';

/** A GeoJSON polygon feature as loaded (coordinates are validated by the loader, not here). */
export interface PolygonFeature {
  type: 'Feature';
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

export interface RegionIndex<F extends PolygonFeature> {
  /** The first feature containing `[lon, lat]`, or undefined. */
  at(lon: number, lat: number): F | undefined;
  /**
   * `at(lon, lat)` for a point inside `block`'s extent, the same answer: where no polygon edge's bounding box
   * touches the block's rectangle, no boundary crosses it, so every point of it has the same answer (computed once
   * per block); else the point is looked up.
   */
  atInBlock(block: QueryBlock, lon: number, lat: number): F | undefined;
}

type Ring = readonly (readonly number[])[];

/**
 * A polygon feature's edges: a Flatbush over their bounding boxes, each edge's ends (x0, y0, x1, y1) in the order
 * they were added, and the polygon (of a MultiPolygon) each belongs to.
 */
interface Edges {
  index: Flatbush;
  ends: Float64Array;
  part: Uint32Array;
  /** Per polygon, the crossings' parity during one containsPoint (all 0 between calls). */
  parity: Uint8Array;
  maxX: number;
}

function edgesOf(f: PolygonFeature): Edges | null {
  const g = f.geometry;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
  let n = 0;
  for (const rings of polygons) for (const ring of rings) n += Math.max(0, ring.length - 1);
  if (n === 0) return null;
  const index = new Flatbush(n);
  const ends = new Float64Array(4 * n);
  const part = new Uint32Array(n);
  let e = 0;
  let maxX = -Infinity;
  polygons.forEach((rings, p) => {
    for (const ring of rings)
      for (let k = 0; k + 1 < ring.length; k++) {
        const [x0, y0] = ring[k]! as [number, number];
        const [x1, y1] = ring[k + 1]! as [number, number];
        index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
        ends.set([x0, y0, x1, y1], 4 * e);
        part[e++] = p;
        maxX = Math.max(maxX, x0, x1);
      }
  });
  index.finish();
  return { index, ends, part, parity: new Uint8Array(polygons.length), maxX };
}

/**
 * Whether `[lon, lat]` lies in the feature, as Turf's booleanPointInPolygon answers (a point on an edge is inside;
 * inside a polygon of a MultiPolygon is inside): the edges crossed by the ray east of the point, from the edge
 * index, toggle their polygon's parity (even-odd over its rings, so holes count), instead of a walk over every
 * vertex of the feature.
 */
function containsPoint(edges: Edges, lon: number, lat: number): boolean {
  const { ends, part, parity } = edges;
  let onEdge = false;
  const touched: number[] = [];
  edges.index.search(lon, lat, edges.maxX, lat, (e) => {
    if (onEdge) return false;
    const x0 = ends[4 * e]!;
    const y0 = ends[4 * e + 1]!;
    const x1 = ends[4 * e + 2]!;
    const y1 = ends[4 * e + 3]!;
    if (
      (x1 - x0) * (lat - y0) === (y1 - y0) * (lon - x0) &&
      lon >= Math.min(x0, x1) &&
      lon <= Math.max(x0, x1) &&
      lat >= Math.min(y0, y1) &&
      lat <= Math.max(y0, y1)
    ) {
      onEdge = true;
      return false;
    }
    if (y0 > lat !== y1 > lat && lon < x0 + ((lat - y0) * (x1 - x0)) / (y1 - y0)) {
      const p = part[e]!;
      if (parity[p] === 0) touched.push(p);
      parity[p] ^= 1;
    }
    return false;
  });
  let inside = onEdge;
  for (const p of touched) {
    if (parity[p] === 1) inside = true;
    parity[p] = 0;
  }
  return inside;
}

export function createRegionIndex<F extends PolygonFeature>(features: readonly F[]): RegionIndex<F> {
  if (features.length === 0) return { at: () => undefined, atInBlock: () => undefined };
  const index = new Flatbush(features.length);
  for (const f of features) {
    const [minX, minY, maxX, maxY] = bbox(f as unknown as GeoJSON.Feature);
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  const edges = new Map<number, Edges | null>();
  const edgesAt = (i: number) => {
    let e = edges.get(i);
    if (e === undefined) edges.set(i, (e = edgesOf(features[i]!)));
    return e;
  };
  const at = (lon: number, lat: number): F | undefined => {
    let first = -1;
    for (const i of index.search(lon, lat, lon, lat)) {
      if (first >= 0 && i > first) continue;
      const e = edgesAt(i);
      if (e && containsPoint(e, lon, lat)) first = i;
    }
    return first >= 0 ? features[first] : undefined;
  };
  let blockKey = NaN;
  let constant = false;
  let answer: F | undefined;
  return {
    at,
    atInBlock(b, lon, lat) {
      if (b.key !== blockKey) {
        blockKey = b.key;
        constant = index
          .search(b.west, b.south, b.east, b.north)
          .every((i) => (edgesAt(i)?.index.search(b.west, b.south, b.east, b.north).length ?? 0) === 0);
        if (constant) answer = at(lon, lat);
      }
      return constant ? answer : at(lon, lat);
    },
  };
}

const indexes = new WeakMap<object, RegionIndex<PolygonFeature>>();

/** The feature of `collection` containing the point; the collection's index is built once, on first use. */
export function regionAt<F extends PolygonFeature>(
  collection: { features: readonly F[] } | undefined,
  lon: number,
  lat: number,
): F | undefined {
  if (!collection) return undefined;
  let index = indexes.get(collection);
  if (!index) {
    index = createRegionIndex(collection.features);
    indexes.set(collection, index);
  }
  return index.at(lon, lat) as F | undefined;
}
