/** Which datasets the main thread sends the fine-surface worker (a module of its own: no worker code in it). */
import type { Datasets } from '../../data/datasetStore.ts';

/** The raw datasets the point providers read, as the main thread's dataset store holds them. */
export type FineDatasets = Partial<
  Pick<
    Datasets,
    | 'countries'
    | 'admin1'
    | 'indicators'
    | 'substations'
    | 'transmissionCoverage'
    | 'plants'
    | 'miningSites'
    | 'landingPoints'
    | 'cloudRegions'
    | 'populationPoints'
  >
>;
export const FINE_DATASET_KEYS = [
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
] as const satisfies readonly (keyof FineDatasets)[];
