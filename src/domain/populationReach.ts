/**
 * Population reach: which population layer the "People within reach" criterion reads (ScoringConfig.populationRadius).
 */
import type { NumericLayerId } from './layerIds.ts';

/** Radii the grid holds population sums for (population_100km, population_300km). */
export const POPULATION_RADII = [100, 300] as const;
export type PopulationRadius = (typeof POPULATION_RADII)[number];

export const DEFAULT_POPULATION_RADIUS: PopulationRadius = 100;

/** Why the default radius (shown beside the choice). An assumption. */
export const POPULATION_RADIUS_REASON =
  'Assumption. Default 100 km: light in fibre covers ~100 km per 0.5 ms, so 100 km (as the crow flies; fibre routes ' +
  'run longer) is about 1 ms of round trip, the users of one metro region. 300 km (~3 ms) is a regional market, still ' +
  'well inside the ~10 ms budget of interactive inference; choose it for services that serve a region, not a city.';

const LAYER_OF: Record<PopulationRadius, NumericLayerId> = {
  100: 'population_100km',
  300: 'population_300km',
};

export function isPopulationRadius(v: unknown): v is PopulationRadius {
  return (POPULATION_RADII as readonly unknown[]).includes(v);
}

/** The population layer of a radius. */
export function populationLayer(radius: PopulationRadius): NumericLayerId {
  return LAYER_OF[radius];
}
