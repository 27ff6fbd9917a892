/**
 * The contract between the data pipeline (scripts/) and the app (src/data loaders).
 * The pipeline validates what it writes with these schemas; the app validates what it loads.
 * Pure TypeScript + zod: no DOM, no Node APIs.
 */
import { z } from 'zod';
import { MiningStatusSchema, type MiningStatus } from '../contract/index.ts';

/** One public source a value can trace to (data/sources.json). */
export { SourceSchema, SourcesFileSchema, type Source } from '../contract/sources.ts';

/** How a region's tariff was chosen (DESIGN.md "Which tariff a place gets"). */
export const TariffBasisSchema = z.enum([
  'subnational', // the region's own row
  'country', // a country-level row for a country polygon
  'country_fallback', // subnational polygon without own row: the country's price applies
  'worldbank_2019', // World Bank Doing Business 2019 small-business connection price: last resort
]);
export type TariffBasis = z.infer<typeof TariffBasisSchema>;

export const TariffSchema = z.object({
  usdPerKwh: z.number().positive(),
  sector: z.enum(['industrial', 'commercial']),
  period: z.string(),
  sourceId: z.string(),
  basis: TariffBasisSchema,
  /** Human-readable rule that picked this row, shown in the UI. */
  rule: z.string(),
  /** Consumption band of the price where the source has bands, e.g. "Eurostat band IG, ≥ 150 GWh/yr". */
  band: z.string().optional(),
});
export type Tariff = z.infer<typeof TariffSchema>;

/** Properties of every feature in data/regions/countries.geojson and data/regions/admin1.geojson. */
export const RegionPropsSchema = z.object({
  /** ISO 3166-1 alpha-2 for countries, ISO 3166-2 like "US-TX" for admin-1. */
  code: z.string(),
  name: z.string(),
  iso2: z.string(),
  iso3: z.string(),
  level: z.enum(['country', 'subnational']),
  /** Industrial price when known, else commercial, else WB2019; null = no data. */
  tariff: TariffSchema.nullable(),
  /** Commercial price where known (the choropleth's "commercial" switch). */
  commercial: TariffSchema.nullable(),
});
export type RegionProps = z.infer<typeof RegionPropsSchema>;

/** data/power_plants.json: columnar for size. Index i across all arrays is one plant. */
export const PowerPlantsFileSchema = z.object({
  sourceId: z.string(),
  fuels: z.array(z.string()),
  id: z.array(z.string()),
  name: z.array(z.string()),
  country: z.array(z.string()), // ISO3
  lat: z.array(z.number()),
  lon: z.array(z.number()),
  capacityMw: z.array(z.number()),
  fuel: z.array(z.number().int()), // index into fuels
  commissioningYear: z.array(z.number().nullable()),
  owner: z.array(z.string()),
});
export type PowerPlantsFile = z.infer<typeof PowerPlantsFileSchema>;

export { MiningStatusSchema, type MiningStatus };

export const MiningSiteSchema = z.object({
  id: z.string(),
  name: z.string(),
  operator: z.string(),
  city: z.string(),
  admin1: z.string(),
  countryIso2: z.string(),
  lat: z.number(),
  lon: z.number(),
  coordPrecision: z.string(), // e.g. "site" | "town" as in the raw data
  powerMw: z.number().nullable(),
  powerMwPlanned: z.number().nullable(),
  powerSource: z.string(),
  coin: z.string(),
  status: MiningStatusSchema,
  /** Raw status text as published, when it differs from the normalised enum. */
  statusRaw: z.string(),
  aiTenant: z.string(),
  aiAnnounced: z.string(),
  opened: z.string(),
  notes: z.string(),
  sourceUrls: z.array(z.string()),
  sourceIds: z.array(z.string()),
});
export type MiningSite = z.infer<typeof MiningSiteSchema>;
export const MiningSitesFileSchema = z.object({ sites: z.array(MiningSiteSchema) });

/** A value with the year it describes and its source. null value = missing. */
export const DatedValueSchema = z.object({ value: z.number(), year: z.string(), sourceId: z.string() });
export type DatedValue = z.infer<typeof DatedValueSchema>;

export const CountryIndicatorsSchema = z.object({
  iso3: z.string(),
  iso2: z.string(),
  name: z.string(),
  carbonIntensity: DatedValueSchema.nullable(), // gCO2/kWh
  renewablesShare: DatedValueSchema.nullable(), // %
  hydroShare: DatedValueSchema.nullable(), // %
  windShare: DatedValueSchema.nullable(), // %
  waterStress: DatedValueSchema.nullable(), // Aqueduct bws_score 0-5
  waterStressLabel: z.string().nullable(),
  hazard: DatedValueSchema.nullable(), // WorldRiskIndex W
  miningHashrateShare: DatedValueSchema.nullable(), // %
});
export type CountryIndicators = z.infer<typeof CountryIndicatorsSchema>;
export const IndicatorsFileSchema = z.object({ countries: z.array(CountryIndicatorsSchema) });

/** data/places.json: offline gazetteer for search and labels. */
export const PlacesFileSchema = z.object({
  sourceId: z.string(),
  name: z.array(z.string()),
  country: z.array(z.string()), // ISO2
  admin1: z.array(z.string()),
  lat: z.array(z.number()),
  lon: z.array(z.number()),
  population: z.array(z.number()),
  /** Positions (into the columns) of national capitals: GeoNames feature code PPLC. Label priority only. */
  capitals: z.array(z.number().int().nonnegative()).optional(),
});
export type PlacesFile = z.infer<typeof PlacesFileSchema>;

/** One row of the time-to-power assumptions (data/assumptions.json), straight from the sourced table. */
export const AssumptionEvidenceSchema = z.object({
  id: z.string(),
  topic: z.string(),
  region: z.string(),
  stage: z.string(),
  valueLow: z.string(),
  valueHigh: z.string(),
  unit: z.string(),
  asOf: z.string(),
  quote: z.string(),
  sourceTitle: z.string(),
  sourceUrl: z.string(),
  publisher: z.string(),
  notes: z.string(),
});
export type AssumptionEvidence = z.infer<typeof AssumptionEvidenceSchema>;
export const AssumptionsFileSchema = z.object({ sourceId: z.string(), rows: z.array(AssumptionEvidenceSchema) });


/** The grid manifest and its layer ids live in the contract (src/contract), shared with scripts/ and src/domain. */
export { GridLayerSchema, GridManifestSchema, type GridLayer, type GridManifest } from '../contract/index.ts';
