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
import { fetchJson, type FetchJsonOptions } from './fetchValidated.ts';
import { DATASET_FILES as F } from './datasetFiles.ts';
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

export const loadSources = async (o?: FetchJsonOptions): Promise<Source[]> =>
  (await fetchJson(F.sources.path, SourcesFileSchema, o))[F.sources.field];
export const loadCountries = (o?: FetchJsonOptions): Promise<RegionCollection> =>
  fetchJson(F.countries.path, RegionCollectionSchema, o);
export const loadAdmin1 = (o?: FetchJsonOptions): Promise<RegionCollection> =>
  fetchJson(F.admin1.path, RegionCollectionSchema, o);
export const loadMiningSites = async (o?: FetchJsonOptions): Promise<MiningSite[]> =>
  (await fetchJson(F.miningSites.path, MiningSitesFileSchema, o))[F.miningSites.field];
export const loadIndicators = async (o?: FetchJsonOptions): Promise<CountryIndicators[]> =>
  (await fetchJson(F.indicators.path, IndicatorsFileSchema, o))[F.indicators.field];
export const loadPlaces = (o?: FetchJsonOptions): Promise<PlacesFile> =>
  fetchJson(F.places.path, PlacesFileSchema, o);

export type { RegionProps };
export const loadPlants = (o?: FetchJsonOptions): Promise<PlantsFile> =>
  fetchJson(F.plants.path, PlantsFileSchema, o);
export const loadSubstations = (o?: FetchJsonOptions): Promise<SubstationsFile> =>
  fetchJson(F.substations.path, SubstationsFileSchema, o);
export const loadLines = (o?: FetchJsonOptions): Promise<LinesFile> =>
  fetchJson(F.transmissionLines.path, LinesFileSchema, o);
export const loadCoverage = (o?: FetchJsonOptions): Promise<CoverageFile> =>
  fetchJson(F.transmissionCoverage.path, CoverageFileSchema, o);

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
export const loadLandingPoints = (o?: FetchJsonOptions): Promise<PointCollection> =>
  fetchJson(F.landingPoints.path, PointCollectionSchema, o);
export const loadCloudRegions = (o?: FetchJsonOptions): Promise<CloudRegionsFile> =>
  fetchJson(F.cloudRegions.path, CloudRegionsFileSchema, o);
export const loadPopulationPoints = (o?: FetchJsonOptions): Promise<PopulationPointsFile> =>
  fetchJson(F.populationPoints.path, PopulationPointsFileSchema, o);
export const loadAssumptionEvidence = async (o?: FetchJsonOptions): Promise<AssumptionEvidence[]> =>
  (await fetchJson(F.assumptionEvidence.path, AssumptionsFileSchema, o))[F.assumptionEvidence.field];

/**
 * US generation-queue evidence (data/queues.json, validated by the pipeline and again here): lead times for the
 * time-to-power HV-substation stage, and county queue pressure. A missing file rejects with a readable
 * DataLoadError; scoring then uses the global assumptions.
 */
export const loadQueues = (o?: FetchJsonOptions): Promise<QueuesFile> => fetchJson(F.queues.path, QueuesFileSchema, o);
