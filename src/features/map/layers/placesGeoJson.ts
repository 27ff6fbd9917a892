/** Turns the columnar gazetteer into GeoJSON points for labels (largest places first). */
import type { PlacesFile } from '../../../data/schemas.ts';

export function placesToGeoJson(
  places: PlacesFile,
  minPopulation: number,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let i = 0; i < places.name.length; i++) {
    if (places.population[i] < minPopulation) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [places.lon[i], places.lat[i]] },
      properties: { name: places.name[i], country: places.country[i], population: places.population[i] },
    });
  }
  features.sort((a, b) => (b.properties?.population ?? 0) - (a.properties?.population ?? 0));
  return { type: 'FeatureCollection', features };
}
