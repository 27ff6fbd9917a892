/**
 * Finds the polygon feature (country or admin-1 region) containing a point: a Flatbush index over the
 * features' bounding boxes gives the candidates, Turf's point-in-polygon decides. When polygons overlap,
 * the first feature in collection order wins, as a linear scan would.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';

/** A GeoJSON polygon feature as loaded (coordinates are validated by the loader, not here). */
export interface PolygonFeature {
  type: 'Feature';
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

export interface RegionIndex<F extends PolygonFeature> {
  /** The first feature containing `[lon, lat]`, or undefined. */
  at(lon: number, lat: number): F | undefined;
}

export function createRegionIndex<F extends PolygonFeature>(features: readonly F[]): RegionIndex<F> {
  if (features.length === 0) return { at: () => undefined };
  const index = new Flatbush(features.length);
  for (const f of features) {
    const [minX, minY, maxX, maxY] = bbox(f as unknown as GeoJSON.Feature);
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  return {
    at(lon, lat) {
      let first = -1;
      for (const i of index.search(lon, lat, lon, lat)) {
        if (first >= 0 && i > first) continue;
        const polygon = features[i] as unknown as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
        if (booleanPointInPolygon([lon, lat], polygon)) first = i;
      }
      return first >= 0 ? features[first] : undefined;
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
