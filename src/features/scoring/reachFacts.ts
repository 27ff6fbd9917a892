/**
 * Reach to users at an exact point: people within 100 km and 300 km (populationWithin over
 * data/population_points.json) and the nearest hyperscale cloud region (data/cloud_regions.json).
 */
import {
  CLOUD_PROVIDER_LABELS,
  type CloudRegion,
  type CloudRegionsFile,
  type PopulationPointsFile,
} from '../../contract/cloudRegions.ts';
import { distanceKm, indexPopulation, type PopulationIndex } from '../../domain/index.ts';

const indexes = new WeakMap<PopulationPointsFile, PopulationIndex>();

/** One Flatbush index per loaded file (built on first use, ~0.1 s). */
export function populationIndexOf(file: PopulationPointsFile): PopulationIndex {
  let index = indexes.get(file);
  if (!index) {
    index = indexPopulation(file);
    indexes.set(file, index);
  }
  return index;
}

export interface NearestRegion {
  region: CloudRegion;
  km: number;
}

/** The nearest hyperscale region (ties: the file's order, by provider then region). */
export function nearestCloudRegion(file: CloudRegionsFile, lon: number, lat: number): NearestRegion | null {
  let best: NearestRegion | null = null;
  for (const region of file.regions) {
    if (!region.hyperscale) continue;
    const km = distanceKm([lon, lat], [region.lon, region.lat]);
    if (!best || km < best.km) best = { region, km };
  }
  return best;
}

export const describeRegion = (r: CloudRegion): string =>
  `${CLOUD_PROVIDER_LABELS[r.provider]} ${r.region} (${r.name})`;
