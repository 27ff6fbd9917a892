/**
 * Turns the columnar gazetteer into GeoJSON points for labels, highest label priority first. Each point carries
 * its population, whether it is a national capital, its `weight` (population, ×10 for a capital) and `sortKey`
 * (labelRank.ts), which the label layer filters and sorts by.
 */
import type { PlacesFile } from '../../../data/schemas.ts';
import { placeSortKey } from './labelRank.ts';

type Columns = Pick<PlacesFile, 'name' | 'country' | 'lat' | 'lon' | 'population' | 'capitals'>;

export function placesToGeoJson(
  places: Columns,
  minPopulation: number,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const capitals = new Set(places.capitals ?? []);
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let i = 0; i < places.name.length; i++) {
    const population = places.population[i];
    if (population < minPopulation) continue;
    const capital = capitals.has(i);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [places.lon[i], places.lat[i]] },
      properties: {
        name: places.name[i],
        country: places.country[i],
        population,
        capital,
        weight: capital ? population * 10 : population,
        sortKey: placeSortKey(population, capital),
      },
    });
  }
  features.sort((a, b) => a.properties!.sortKey - b.properties!.sortKey);
  return { type: 'FeatureCollection', features };
}

/**
 * Splits label points (placesToGeoJson) into the tiers of `minWeights` (descending, the last 0): tier i holds the
 * points of weight ≥ minWeights[i] not in a higher tier. Each tier keeps the input's order.
 */
export function splitByWeight(
  places: GeoJSON.FeatureCollection<GeoJSON.Point>,
  minWeights: readonly number[],
): GeoJSON.FeatureCollection<GeoJSON.Point>[] {
  const tiers = minWeights.map((): GeoJSON.FeatureCollection<GeoJSON.Point> => ({
    type: 'FeatureCollection',
    features: [],
  }));
  for (const f of places.features) {
    const tier = minWeights.findIndex((min) => (f.properties?.weight as number) >= min);
    if (tier >= 0) tiers[tier]!.features.push(f);
  }
  return tiers;
}
