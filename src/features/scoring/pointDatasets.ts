/**
 * The datasets the point evaluator reads, and how they map onto its inputs: one list for the card's loader
 * (pointSourcesLoader.ts) and the fine-surface worker. No React and no worker code, so both can import it.
 */
import type { ScoringGrid } from '../../domain/index.ts';
import type { PointDatasets } from '../../domain/pointValues.ts';
import type { DatasetKey, Datasets } from '../../data/datasetStore.ts';

/** Datasets the providers read (data/ file in brackets in the failure message). */
export const POINT_DATASET_KEYS = [
  'countries',
  'admin1',
  'indicators',
  'substations',
  'transmissionCoverage',
  'plants',
  'miningSites',
  'landingPoints',
  'cloudRegions',
  'populationPoints',
] as const satisfies readonly DatasetKey[];

export type PointDatasetKey = (typeof POINT_DATASET_KEYS)[number];

/** The raw datasets as the main thread's dataset store holds them (absent = not loaded or failed). */
export type RawPointDatasets = Partial<Pick<Datasets, PointDatasetKey>>;

export function toPointDatasets(grid: ScoringGrid, d: RawPointDatasets): PointDatasets {
  return {
    manifest: grid.manifest,
    grid,
    countries: d.countries,
    admin1: d.admin1,
    indicators: d.indicators,
    substations: d.substations,
    coverage: d.transmissionCoverage,
    plants: d.plants,
    miningSites: d.miningSites,
    landing: d.landingPoints?.features.map((f) => ({
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    })),
    cloudRegions: d.cloudRegions?.regions,
    populationPoints: d.populationPoints,
  };
}
