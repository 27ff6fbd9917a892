/** Finds the country and admin-1 region containing a point (bounding-box check first, then Turf). */
import { booleanPointInPolygon, bbox } from '@turf/turf';
import type { RegionCollection, RegionFeature } from '../../data/datasets.ts';

const boxes = new WeakMap<RegionFeature, number[]>();

function contains(feature: RegionFeature, lon: number, lat: number): boolean {
  let box = boxes.get(feature);
  if (!box) {
    box = bbox(feature as GeoJSON.Feature);
    boxes.set(feature, box);
  }
  if (lon < box[0] || lat < box[1] || lon > box[2] || lat > box[3]) return false;
  return booleanPointInPolygon(
    [lon, lat],
    feature as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
  );
}

export function regionAt(
  collection: RegionCollection | undefined,
  lon: number,
  lat: number,
): RegionFeature | undefined {
  return collection?.features.find((f) => contains(f, lon, lat));
}
