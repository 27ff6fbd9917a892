/**
 * Town label points from the full gazetteer (GeoNames, ≥ 1,000 people): the places below `belowPopulation` (the
 * smallest place of data/places.json, whose places the city layer labels already) inside `area`, and at least
 * `minPopulation` people, highest priority first.
 *
 * Only the towns around the view go to the map: all 130,000 at once kept MapLibre's symbol placement busy on the
 * main thread for tens of seconds on a 2-core machine.
 */
import type { Gazetteer } from '../../../contract/gazetteer.ts';
import { placeSortKey } from './labelRank.ts';

/** West, south, east, north in degrees; east < west never happens here (the area is clamped to ±180). */
export type TownArea = readonly [number, number, number, number];

export function townsToGeoJson(
  g: Gazetteer,
  belowPopulation: number,
  area: TownArea = [-180, -90, 180, 90],
  minPopulation = 0,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const [w, s, e, n] = area;
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let i = 0; i < g.size; i++) {
    const population = g.population[i];
    if (population >= belowPopulation || population < minPopulation) continue;
    const lon = g.lon[i];
    const lat = g.lat[i];
    if (lon < w || lon > e || lat < s || lat > n) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { name: g.name[i], population, sortKey: placeSortKey(population, false) },
    });
  }
  features.sort((a, b) => a.properties!.sortKey - b.properties!.sortKey);
  return { type: 'FeatureCollection', features };
}

/** The view's bounds grown by half their size on every side (clamped), so small pans need no new feed. */
export function townAreaAround(bounds: TownArea): TownArea {
  const [w, s, e, n] = bounds;
  const dx = (e - w) / 2;
  const dy = (n - s) / 2;
  return [Math.max(-180, w - dx), Math.max(-90, s - dy), Math.min(180, e + dx), Math.min(90, n + dy)];
}

/** Whether `inner` lies within `outer`. */
export const areaContains = (outer: TownArea, inner: TownArea): boolean =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
