/**
 * Holds the loaded datasets. Each loads once, independently, so a slow or broken file
 * shows its own error and the rest of the app keeps working.
 * It is the one owner of the analysis grid's manifest: the grid store builds the grid on it, overlays read
 * its layers' sources from here.
 */
import { create } from 'zustand';
import {
  GridManifestSchema,
  type AssumptionEvidence,
  type GridManifest,
  type CountryIndicators,
  type MiningSite,
  type PlacesFile,
  type Source,
} from './schemas.ts';
import { fetchJson, type FetchJsonOptions } from './fetchValidated.ts';
import { DATASET_FILES } from './datasetFiles.ts';
import type { CloudRegionsFile, PopulationPointsFile } from '../contract/cloudRegions.ts';
import type { PlantsFile } from '../contract/plants.ts';
import type { QueuesFile } from '../contract/queues.ts';
import type { CoverageFile, LinesFile, SubstationsFile } from '../contract/transmission.ts';
import {
  loadAdmin1,
  loadAssumptionEvidence,
  loadCloudRegions,
  loadPopulationPoints,
  loadCountries,
  loadIndicators,
  loadLandingPoints,
  loadMiningSites,
  loadPlaces,
  loadPlants,
  loadSubstations,
  loadLines,
  loadCoverage,
  loadQueues,
  loadSources,
  type PointCollection,
  type RegionCollection,
} from './datasets.ts';

export interface Datasets {
  sources: Source[];
  countries: RegionCollection;
  admin1: RegionCollection;
  miningSites: MiningSite[];
  indicators: CountryIndicators[];
  places: PlacesFile;
  plants: PlantsFile;
  substations: SubstationsFile;
  transmissionLines: LinesFile;
  transmissionCoverage: CoverageFile;
  landingPoints: PointCollection;
  /** Public-cloud regions (data/cloud_regions.json, ODbL). */
  cloudRegions: CloudRegionsFile;
  /** The settlements the population-within-radius layers sum (data/population_points.json), loaded on demand. */
  populationPoints: PopulationPointsFile;
  assumptionEvidence: AssumptionEvidence[];
  /** US generation-queue lead times and queue pressure (data/queues.json); absent file = an error, not a crash. */
  queues: QueuesFile;
  /** The analysis grid's manifest (layers, units, sources); loaded with the grid (data/gridStore.ts). */
  gridManifest: GridManifest;
}
export type DatasetKey = keyof Datasets;

const LOADERS: { [K in DatasetKey]: (o?: FetchJsonOptions) => Promise<Datasets[K]> } = {
  sources: loadSources,
  countries: loadCountries,
  admin1: loadAdmin1,
  miningSites: loadMiningSites,
  indicators: loadIndicators,
  places: loadPlaces,
  plants: loadPlants,
  substations: loadSubstations,
  transmissionLines: loadLines,
  transmissionCoverage: loadCoverage,
  landingPoints: loadLandingPoints,
  cloudRegions: loadCloudRegions,
  populationPoints: loadPopulationPoints,
  assumptionEvidence: loadAssumptionEvidence,
  queues: loadQueues,
  gridManifest: (o) => fetchJson(DATASET_FILES.gridManifest.path, GridManifestSchema, o),
};

/**
 * Loaded at start-up; the rest load when an overlay, the scoring or a panel first needs them. `places` is
 * here, not loaded on the first search, because the map's city labels are drawn from it.
 */
export const FIRST_VIEW: readonly DatasetKey[] = ['sources', 'countries', 'admin1', 'miningSites', 'indicators', 'places'];

/** What each dataset is, by the name people see in the loading progress and in load errors. */
export const DATASET_LABELS: Record<DatasetKey, string> = {
  sources: 'Source list',
  countries: 'Basemap: countries',
  admin1: 'Basemap: states and provinces',
  miningSites: 'Mining sites',
  indicators: 'Country indicators',
  places: 'Place names',
  plants: 'Power plants',
  substations: 'Substations',
  transmissionLines: 'Transmission lines',
  transmissionCoverage: 'Transmission coverage',
  landingPoints: 'Cable landing points',
  cloudRegions: 'Cloud regions',
  populationPoints: 'Population points',
  assumptionEvidence: 'Assumption evidence',
  queues: 'Generation queues',
  gridManifest: 'Analysis grid manifest',
};

interface DatasetState {
  data: Partial<Datasets>;
  errors: Partial<Record<DatasetKey, string>>;
  /** True once every first-view dataset has loaded or failed. */
  firstViewSettled: boolean;
  /**
   * False while the app's loading progress (src/app/LoadingProgress.tsx) holds back what the first view does not
   * draw: the point evaluator's datasets wait for it, so they do not share the first view's bandwidth. True where
   * nothing holds them (unit tests of a feature alone).
   */
  firstViewReady: boolean;
  setFirstViewReady: (ready: boolean) => void;
  loadAll: () => void;
  /** Starts loading a dataset unless it already has; its value or error lands in the store. */
  ensure: (key: DatasetKey) => void;
  /** The dataset, loading it first if needed (once); rejects with the error also recorded in `errors`. */
  load: <K extends DatasetKey>(key: K) => Promise<Datasets[K]>;
  /**
   * As `load`, when this call starts the download: `onBytes` then gets the file's bytes before they are parsed
   * (fetchJson's option). Null when the dataset is loading or loaded already: its bytes are gone, use `load`.
   */
  loadSharing: <K extends DatasetKey>(key: K, onBytes: (bytes: ArrayBuffer) => void) => Promise<Datasets[K]> | null;
  /** Forgets a failed load and loads the dataset again (the Retry button of a load error). */
  retry: (key: DatasetKey) => Promise<void>;
}

const loading = new Map<DatasetKey, Promise<unknown>>();

export const useDatasetStore = create<DatasetState>((set, get) => {
  const start = <K extends DatasetKey>(key: K, options?: FetchJsonOptions): Promise<Datasets[K]> => {
    const settle = () => {
      const { data, errors } = get();
      if (FIRST_VIEW.every((k) => k in data || k in errors)) set({ firstViewSettled: true });
    };
    const promise = LOADERS[key](options).then(
      (value) => {
        set((s) => ({ data: { ...s.data, [key]: value } }));
        settle();
        return value;
      },
      (error: unknown) => {
        set((s) => ({ errors: { ...s.errors, [key]: error instanceof Error ? error.message : String(error) } }));
        settle();
        throw error;
      },
    );
    loading.set(key, promise);
    return promise;
  };
  return {
    data: {},
    errors: {},
    firstViewSettled: false,
    firstViewReady: true,
    setFirstViewReady: (firstViewReady) => set({ firstViewReady }),
    loadAll: () => FIRST_VIEW.forEach((key) => get().ensure(key)),
    ensure: (key) => void get().load(key).catch(() => {}),
    loadSharing: (key, onBytes) => (loading.has(key) ? null : start(key, { onBytes })),
    load: <K extends DatasetKey>(key: K) => (loading.get(key) as Promise<Datasets[K]> | undefined) ?? start(key),
    retry: async (key) => {
      if (!(key in get().errors)) return;
      loading.delete(key);
      set((s) => {
        const errors = { ...s.errors };
        delete errors[key];
        return { errors };
      });
      await get()
        .load(key)
        .then(
          () => {},
          () => {},
        );
    },
  };
});
