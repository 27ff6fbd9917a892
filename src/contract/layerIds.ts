/**
 * Grid layer ids: the one list the data pipeline (scripts/grid) writes and the app (src/domain) reads.
 * A renamed or misspelled id is a compile error on both sides and a schema error on the manifest.
 */

export const LAYER_IDS = [
  'country', // uint16 index into manifest.countries (ISO3)
  'region', // uint16 index into manifest.regions (ISO 3166-2)
  'power_price', // USD/kWh
  'power_price_basis', // categorical: subnational / country / country_fallback / worldbank_2019
  'grid_capacity_mw', // MW of generation within 50 km
  'stranded_power', // MW of generation per 1,000 people within 50 km
  'energized_site_km', // km to the nearest energised mining/HPC site (capped)
  'energized_site_mw', // MW of that site
  'energized_site_status', // categorical: one of ENERGISED_STATUSES
  'temperature_mean', // °C, mean annual
  'temperature_warmest', // °C, warmest month
  'carbon', // gCO2/kWh, country grid
  'water_stress', // Aqueduct baseline water stress 0–5
  'hazard', // WorldRiskIndex
  'landing_km', // km to the nearest submarine-cable landing
  'metro_km', // km to the nearest large metro
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Layers whose decoded value is a label rather than a number. */
export const CATEGORICAL_LAYER_IDS = [
  'country',
  'region',
  'power_price_basis',
  'energized_site_status',
] as const satisfies readonly LayerId[];
export type CategoricalLayerId = (typeof CATEGORICAL_LAYER_IDS)[number];
export type NumericLayerId = Exclude<LayerId, CategoricalLayerId>;

export function isCategoricalLayerId(id: LayerId): id is CategoricalLayerId {
  return (CATEGORICAL_LAYER_IDS as readonly LayerId[]).includes(id);
}

export const NUMERIC_LAYER_IDS: readonly NumericLayerId[] = LAYER_IDS.filter(
  (id): id is NumericLayerId => !isCategoricalLayerId(id),
);
