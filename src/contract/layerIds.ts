/**
 * Grid layer ids: the one list the data pipeline (scripts/grid) writes and the app (src/domain) reads.
 * A renamed or misspelled id is a compile error on both sides and a schema error on the manifest.
 */

export const LAYER_IDS = [
  'country', // uint16 index into manifest.countries (ISO3)
  'region', // uint16 index into manifest.regions (ISO 3166-2)
  'power_price', // USD/kWh
  'power_price_basis', // categorical: subnational / country / country_fallback / worldbank_2019
  'power_price_source', // categorical: the tariff source id behind power_price
  'wholesale_price', // USD/kWh, day-ahead wholesale (null where none)
  'wholesale_zone', // categorical: what the wholesale price is (zone, source, year)
  'wholesale_source', // categorical: the source id behind wholesale_price
  'grid_capacity_mw', // MW of OPERATING generation within 50 km (GEM + EIA-860M + GPPD, de-duplicated)
  'grid_pipeline_mw', // MW under construction + planned within 50 km (same plant set)
  'stranded_power', // MW of generation per 1,000 people within 50 km
  'energized_site_km', // km to the nearest energised mining/HPC site (capped)
  'energized_site_mw', // current MW of that site (null = not published)
  'energized_site_mw_planned', // planned MW of that site (null = none published)
  'energized_site_mw_basis', // categorical: one of ENERGISED_MW_BASES (which MW the criterion uses)
  'energized_site_status', // categorical: one of ENERGISED_STATUSES
  'temperature_mean', // °C, mean annual
  'temperature_warmest', // °C, warmest month
  'carbon', // gCO2/kWh, country grid
  'water_stress', // Aqueduct baseline water stress 0–5
  'hazard', // WorldRiskIndex
  'landing_km', // km to the nearest submarine-cable landing
  'population_100km', // people (sum of GeoNames settlements >= 1,000) within 100 km of the cell centre
  'population_300km', // ... within 300 km
  'cloud_region_km', // km to the nearest hyperscale cloud region (AWS, Azure, Google Cloud, Oracle; 2022)
  // Grid access (transmission sources; null = no substation source covers the cell, never "far"):
  'substation_km', // km to the nearest substation of any voltage (voltage unknown included)
  'substation_110_km', // km to the nearest substation with a highest voltage >= 110 kV
  'substation_220_km', // ... >= 220 kV
  'substation_345_km', // ... >= 345 kV
  'substation_kv', // highest kV of the nearest >= 110 kV substation
  'line_220_km', // km of >= 220 kV line within 25 km
  'transmission_coverage', // categorical: which transmission source covers the cell (none / entsoe / ga / osm)
  'queue_region', // categorical: the US ISO whose generation-queue lead times apply (null outside)
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Layers whose decoded value is a label rather than a number. */
export const CATEGORICAL_LAYER_IDS = [
  'country',
  'region',
  'power_price_basis',
  'power_price_source',
  'wholesale_zone',
  'wholesale_source',
  'energized_site_status',
  'energized_site_mw_basis',
  'transmission_coverage',
  'queue_region',
] as const satisfies readonly LayerId[];
export type CategoricalLayerId = (typeof CATEGORICAL_LAYER_IDS)[number];
export type NumericLayerId = Exclude<LayerId, CategoricalLayerId>;

export function isCategoricalLayerId(id: LayerId): id is CategoricalLayerId {
  return (CATEGORICAL_LAYER_IDS as readonly LayerId[]).includes(id);
}

export const NUMERIC_LAYER_IDS: readonly NumericLayerId[] = LAYER_IDS.filter(
  (id): id is NumericLayerId => !isCategoricalLayerId(id),
);
