/**
 * Holds the loaded datasets. Each loads once, independently, so a slow or broken file
 * shows its own error and the rest of the app keeps working.
 */
import { create } from 'zustand';
import type { AssumptionEvidence, GridManifest, CountryIndicators, MiningSite, PlacesFile, PowerPlantsFile, Source } from './schemas.ts';
import {
  loadAdmin1,
  loadAssumptionEvidence,
  loadCountries,
  loadIndicators,
  loadLandingPoints,
  loadMiningSites,
  loadPlaces,
  loadPowerPlants,
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
  powerPlants: PowerPlantsFile;
  landingPoints: PointCollection;
  assumptionEvidence: AssumptionEvidence[];
  /** The analysis grid's manifest (layers, units, sources); set by the grid store once the grid is loaded. */
  gridManifest: GridManifest;
}
export type DatasetKey = keyof Datasets;

const LOADERS: { [K in Exclude<DatasetKey, 'gridManifest'>]: () => Promise<Datasets[K]> } = {
  sources: loadSources,
  countries: loadCountries,
  admin1: loadAdmin1,
  miningSites: loadMiningSites,
  indicators: loadIndicators,
  places: loadPlaces,
  powerPlants: loadPowerPlants,
  landingPoints: loadLandingPoints,
  assumptionEvidence: loadAssumptionEvidence,
};

/** Loaded at start-up; the rest load when an overlay or search first needs them. */
const FIRST_VIEW: (keyof typeof LOADERS)[] = ['sources', 'countries', 'admin1', 'miningSites', 'indicators', 'places'];

interface DatasetState {
  data: Partial<Datasets>;
  errors: Partial<Record<DatasetKey, string>>;
  /** True once every first-view dataset has loaded or failed. */
  firstViewSettled: boolean;
  loadAll: () => void;
  ensure: (key: keyof typeof LOADERS) => void;
  provide: <K extends DatasetKey>(key: K, value: Datasets[K]) => void;
}

const requested = new Set<keyof typeof LOADERS>();

export const useDatasetStore = create<DatasetState>((set, get) => ({
  data: {},
  errors: {},
  firstViewSettled: false,
  loadAll: () => FIRST_VIEW.forEach((key) => get().ensure(key)),
  provide: (key, value) => set((s) => ({ data: { ...s.data, [key]: value } })),
  ensure: (key) => {
    if (requested.has(key)) return;
    requested.add(key);
    const settle = () => {
      const { data, errors } = get();
      if (FIRST_VIEW.every((k) => k in data || k in errors)) set({ firstViewSettled: true });
    };
    LOADERS[key]()
      .then(
        (value) => set((s) => ({ data: { ...s.data, [key]: value } })),
        (error: unknown) =>
          set((s) => ({ errors: { ...s.errors, [key]: error instanceof Error ? error.message : String(error) } })),
      )
      .then(settle);
  },
}));
