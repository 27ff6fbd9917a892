/** The criterion ids, in registry order (a leaf module: criteria.ts and criterionBounds.ts both use them). */
export const CRITERION_IDS = [
  'power_price',
  'grid_capacity',
  'grid_access',
  'stranded_power',
  'energized_site',
  'time_to_power',
  'cooling',
  'carbon',
  'water_stress',
  'population_reach',
  'cloud_region',
  'landing',
  'hazard',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];
