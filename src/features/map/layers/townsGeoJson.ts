/**
 * Town label points from the full gazetteer (GeoNames, ≥ 1,000 people): the places below `belowPopulation` (the
 * smallest place of data/places.json, whose places the city layer labels already), highest priority first.
 */
import type { Gazetteer } from '../../../contract/gazetteer.ts';
import { placeSortKey } from './labelRank.ts';

export function townsToGeoJson(
  g: Gazetteer,
  belowPopulation: number,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let i = 0; i < g.size; i++) {
    const population = g.population[i];
    if (population >= belowPopulation) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [g.lon[i], g.lat[i]] },
      properties: { name: g.name[i], population, sortKey: placeSortKey(population, false) },
    });
  }
  features.sort((a, b) => a.properties!.sortKey - b.properties!.sortKey);
  return { type: 'FeatureCollection', features };
}
