/** The columnar plants file as GeoJSON points for the map, filtered by the plant filter. */
import type { PlantsFile } from '../../../contract/plants.ts';
import type { PlantFilter } from './plantFilter.ts';

export const PLANTS_SOURCE = 'power-plants';

export function plantFeatures(
  plants: PlantsFile,
  filter: PlantFilter,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const fuels = filter.fuels ? new Set<string>(filter.fuels) : null;
  const statuses = new Set<string>(filter.statuses);
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let i = 0; i < plants.name.length; i++) {
    const fuel = plants.fuels[plants.fuel[i]];
    const status = plants.statusClasses[plants.statusClass[i]];
    if (plants.capacityMw[i] < filter.minMw || !statuses.has(status) || (fuels && !fuels.has(fuel))) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [plants.lon[i], plants.lat[i]] },
      properties: { i, mw: plants.capacityMw[i], fuel, status },
    });
  }
  return { type: 'FeatureCollection', features };
}
