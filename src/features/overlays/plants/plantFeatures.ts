/** The columnar plants file as GeoJSON points for the map, filtered by the plant filter. */
import type { PowerPlantsFile } from '../../../data/schemas.ts';
import type { PlantFilter } from './plantFilter.ts';

export const PLANTS_SOURCE = 'power-plants';

export function plantFeatures(
  plants: PowerPlantsFile,
  filter: PlantFilter,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const allowed = filter.fuels ? new Set(filter.fuels) : null;
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let i = 0; i < plants.id.length; i++) {
    const fuel = plants.fuels[plants.fuel[i]];
    if (plants.capacityMw[i] < filter.minMw || (allowed && !allowed.has(fuel))) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [plants.lon[i], plants.lat[i]] },
      properties: { i, mw: plants.capacityMw[i], fuel },
    });
  }
  return { type: 'FeatureCollection', features };
}
