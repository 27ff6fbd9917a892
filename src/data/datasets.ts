/**
 * Typed loaders for every dataset in data/. Components never fetch: they read the dataset store,
 * which calls these.
 */
import { z } from 'zod';
import {
  AssumptionsFileSchema,
  IndicatorsFileSchema,
  MiningSitesFileSchema,
  PlacesFileSchema,
  RegionPropsSchema,
  SourcesFileSchema,
  type AssumptionEvidence,
  type CountryIndicators,
  type MiningSite,
  type PlacesFile,
  type RegionProps,
  type Source,
} from './schemas.ts';
import { fetchJson } from './fetchValidated.ts';
import {
  CloudRegionsFileSchema,
  PopulationPointsFileSchema,
  type CloudRegionsFile,
  type PopulationPointsFile,
} from '../contract/cloudRegions.ts';
import { PlantsFileSchema, type PlantsFile } from '../contract/plants.ts';
import { QueuesFileSchema, type QueuesFile } from '../contract/queues.ts';
import {
  CoverageFileSchema,
  LinesFileSchema,
  SubstationsFileSchema,
  type CoverageFile,
  type LinesFile,
  type SubstationsFile,
} from '../contract/transmission.ts';

const PolygonGeometrySchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.unknown()),
});
export const RegionCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({ type: z.literal('Feature'), properties: RegionPropsSchema, geometry: PolygonGeometrySchema }),
  ),
});
export type RegionCollection = z.infer<typeof RegionCollectionSchema>;
export type RegionFeature = RegionCollection['features'][number];

export const loadSources = async (): Promise<Source[]> =>
  (await fetchJson('sources.json', SourcesFileSchema)).sources;
export const loadCountries = (): Promise<RegionCollection> =>
  fetchJson('regions/countries.geojson', RegionCollectionSchema);
export const loadAdmin1 = (): Promise<RegionCollection> =>
  fetchJson('regions/admin1.geojson', RegionCollectionSchema);
export const loadMiningSites = async (): Promise<MiningSite[]> =>
  (await fetchJson('mining_sites.json', MiningSitesFileSchema)).sites;
export const loadIndicators = async (): Promise<CountryIndicators[]> =>
  (await fetchJson('indicators.json', IndicatorsFileSchema)).countries;
export const loadPlaces = (): Promise<PlacesFile> => fetchJson('places.json', PlacesFileSchema);

export type { RegionProps };
export const loadPlants = (): Promise<PlantsFile> => fetchJson('plants.json', PlantsFileSchema);
export const loadSubstations = (): Promise<SubstationsFile> =>
  fetchJson('transmission/substations.json', SubstationsFileSchema);
export const loadLines = (): Promise<LinesFile> => fetchJson('transmission/lines.geojson', LinesFileSchema);
export const loadCoverage = (): Promise<CoverageFile> =>
  fetchJson('transmission/coverage.json', CoverageFileSchema);

export const PointCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type PointCollection = z.infer<typeof PointCollectionSchema>;
export const loadLandingPoints = (): Promise<PointCollection> =>
  fetchJson('landing_points.geojson', PointCollectionSchema);
export const loadCloudRegions = (): Promise<CloudRegionsFile> =>
  fetchJson('cloud_regions.json', CloudRegionsFileSchema);
export const loadPopulationPoints = (): Promise<PopulationPointsFile> =>
  fetchJson('population_points.json', PopulationPointsFileSchema);
export const loadAssumptionEvidence = async (): Promise<AssumptionEvidence[]> =>
  (await fetchJson('assumptions.json', AssumptionsFileSchema)).rows;

/**
 * US generation-queue evidence (data/queues.json, validated by the pipeline and again here): lead times for the
 * time-to-power HV-substation stage, and county queue pressure. A missing file rejects with a readable
 * DataLoadError; scoring then uses the global assumptions.
 */
export const loadQueues = (): Promise<QueuesFile> => fetchJson('queues.json', QueuesFileSchema);
