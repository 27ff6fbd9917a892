/**
 * Grid layer ids the data pipeline produces (the contract in src/data/schemas.ts, GridManifest.layers[].id),
 * and the shape of one place's decoded values.
 */

export const LAYER_IDS = [
  'country', // uint16 index into manifest.countries (ISO3)
  'region',
  'power_price', // USD/kWh
  'power_price_basis', // categorical: subnational / country / country_fallback / worldbank_2019
  'grid_capacity_mw', // MW of generation within 50 km
  'stranded_power', // MW of generation per 1,000 people within 50 km
  'energized_site_km', // km to the nearest energised mining/HPC site (capped)
  'energized_site_mw', // MW of that site
  'energized_site_status', // categorical: mining / converting_to_ai / ai_hpc
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
export type CategoricalLayerId = 'country' | 'region' | 'power_price_basis' | 'energized_site_status';
export type NumericLayerId = Exclude<LayerId, CategoricalLayerId>;

export const NUMERIC_LAYER_IDS: readonly NumericLayerId[] = LAYER_IDS.filter(
  (id): id is NumericLayerId =>
    id !== 'country' && id !== 'region' && id !== 'power_price_basis' && id !== 'energized_site_status',
);

/** Statuses of an energised site (the power is on). Other labels, if ever present, do not count as energised. */
export const ENERGISED_STATUSES: readonly string[] = ['mining', 'converting_to_ai', 'ai_hpc'];

/**
 * Decoded values of one place: numbers in the layer's unit, labels for categorical layers, null = no data.
 * An absent key is treated like null.
 */
export type PlaceValues = Partial<Record<NumericLayerId, number | null>> & {
  /** ISO3 country code. */
  country?: string | null;
  region?: string | null;
  power_price_basis?: string | null;
  energized_site_status?: string | null;
};
