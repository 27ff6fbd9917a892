/**
 * Finds the polygon feature (country or admin-1 region) containing a point: a Flatbush index over the
 * features' bounding boxes gives the candidates, Turf's point-in-polygon decides. When polygons overlap,
 * the first feature in collection order wins, as a linear scan would.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
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

/** A Flatbush over the bounding boxes of every edge of every ring of a polygon feature. */
function edgeIndex(f: PolygonFeature): Flatbush | null {
  const g = f.geometry;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
  let n = 0;
  for (const rings of polygons) for (const ring of rings) n += Math.max(0, ring.length - 1);
  if (n === 0) return null;
  const index = new Flatbush(n);
  for (const rings of polygons)
    for (const ring of rings)
      for (let k = 0; k + 1 < ring.length; k++) {
        const [x0, y0] = ring[k]! as [number, number];
        const [x1, y1] = ring[k + 1]! as [number, number];
        index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
      }
  index.finish();
  return index;
}

export function createRegionIndex<F extends PolygonFeature>(features: readonly F[]): RegionIndex<F> {
  if (features.length === 0) return { at: () => undefined, atInBlock: () => undefined };
  const index = new Flatbush(features.length);
  for (const f of features) {
    const [minX, minY, maxX, maxY] = bbox(f as unknown as GeoJSON.Feature);
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  const edges = new Map<number, Flatbush | null>();
  const edgesOf = (i: number) => {
    let e = edges.get(i);
    if (e === undefined) edges.set(i, (e = edgeIndex(features[i]!)));
    return e;
  };
  const at = (lon: number, lat: number): F | undefined => {
    let first = -1;
    for (const i of index.search(lon, lat, lon, lat)) {
      if (first >= 0 && i > first) continue;
      const polygon = features[i] as unknown as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
      if (booleanPointInPolygon([lon, lat], polygon)) first = i;
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
          .every((i) => (edgesOf(i)?.search(b.west, b.south, b.east, b.north).length ?? 0) === 0);
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
