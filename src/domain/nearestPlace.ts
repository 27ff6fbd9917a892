/**
 * Reverse geocoding: the place to name a point by (nearest town, its admin-1 region and country, from the GeoNames
 * gazetteer, data/gazetteer.json) and the great-circle distance to it.
 *
 * Rule: find the nearest place (d0 km away); every place no farther than `d0 × NEAR_FACTOR + NEAR_SLACK_KM` is
 * "nearly as near", and among those the most populous is chosen (ties: the nearer, then the lower gazetteer index).
 * So a point 3 km from a hamlet and 5 km from a town of 40,000 is named after the town, while a point in a town is
 * named after that town. The figures are display choices, not data (see the constants).
 */
import KDBush from 'kdbush';
import { gazetteerPlace, type Gazetteer, type GazetteerPlace } from '../contract/gazetteer.ts';
import { cosLat, distanceKm } from './geo.ts';
import { forEachWithin, nearest, type PointSet } from './spatial.ts';

export { distanceText, placeLabel } from './placeLabel.ts';

/**
 * A place up to 1.5 × the nearest one's distance counts as nearly as near: far enough that a town beats a hamlet
 * a little closer, near enough that the name still tells where the point is.
 */
export const NEAR_FACTOR = 1.5;
/** Plus 3 km, so a point inside a town's outskirts (its GeoNames point is its centre) is named after it. */
export const NEAR_SLACK_KM = 3;

export interface NamedPoint extends GazetteerPlace {
  /** Great-circle km from the point to the place. */
  distanceKm: number;
}

export interface PlaceFinder {
  gazetteer: Gazetteer;
  points: PointSet;
}

const finders = new WeakMap<Gazetteer, PlaceFinder>();

/** The spatial index over the gazetteer's places (built once per gazetteer). */
export function placeFinder(g: Gazetteer): PlaceFinder {
  let f = finders.get(g);
  if (!f) {
    const index = new KDBush(Math.max(1, g.size));
    for (let i = 0; i < g.size; i++) index.add(g.lon[i]!, g.lat[i]!);
    if (g.size === 0) index.add(0, 0);
    index.finish();
    f = { gazetteer: g, points: { lon: g.lon, lat: g.lat, cos: Float64Array.from(g.lat, cosLat), index } };
    finders.set(g, f);
  }
  return f;
}

/** The place to name `[lon, lat]` by (rule above), or null for an empty gazetteer. */
export function nearestPlace(finder: PlaceFinder, point: readonly [number, number]): NamedPoint | null {
  const [lon, lat] = point;
  const [first, d0] = nearest(finder.points, lon, lat);
  if (first < 0) return null;
  const g = finder.gazetteer;
  let best = first;
  let bestKm = d0;
  forEachWithin(finder.points, lon, lat, d0 * NEAR_FACTOR + NEAR_SLACK_KM, (i) => {
    const km = distanceKm([lon, lat], [g.lon[i]!, g.lat[i]!]);
    const pop = g.population[i]!;
    const bestPop = g.population[best]!;
    if (pop > bestPop || (pop === bestPop && (km < bestKm || (km === bestKm && i < best)))) {
      best = i;
      bestKm = km;
    }
  });
  return { ...gazetteerPlace(g, best), distanceKm: bestKm };
}
