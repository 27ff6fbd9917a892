/**
 * The search indexes, built on the first focus or keystroke (never at start-up): regions and mining sites at
 * once, places, power plants and substations as their files arrive, each in ~12 ms slices so typing and the
 * map stay responsive (`buildSourceIndexAsync`). Each build is measured (User Timing `search-index:<source>`).
 */
import { create } from 'zustand';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { loadGazetteer } from '../places/gazetteerLoader.ts';
import {
  buildSourceIndex,
  buildSourceIndexAsync,
  type SearchSource,
  type SourceIndex,
} from './searchIndex.ts';
import {
  miningSitesSource,
  gazetteerRows,
  placesSource,
  plantsSource,
  regionNames,
  regionsSource,
  substationsSource,
  type RegionNames,
} from './sources.ts';

export type SearchSourceKey = 'regions' | 'miningSites' | 'places' | 'plants' | 'substations';

/** What each source is called in the loading and failure messages. */
export const SOURCE_LABEL: Readonly<Record<SearchSourceKey, string>> = {
  regions: 'countries and regions',
  miningSites: 'mining sites',
  places: 'places',
  plants: 'power plants',
  substations: 'substations',
};

interface SearchIndexState {
  indexes: Partial<Record<SearchSourceKey, readonly SourceIndex[]>>;
  /** Sources started and not yet indexed. */
  pending: readonly SearchSourceKey[];
  /** Sources that could not be loaded, with the reason. */
  failed: Partial<Record<SearchSourceKey, string>>;
  started: boolean;
  /** Starts loading and indexing every source (once). */
  start: () => void;
}

const load = useDatasetStore.getState().load;

async function names(): Promise<RegionNames> {
  const [countries, admin1] = await Promise.allSettled([load('countries'), load('admin1')]);
  return regionNames(
    countries.status === 'fulfilled' ? countries.value : undefined,
    admin1.status === 'fulfilled' ? admin1.value : undefined,
  );
}

async function measured(key: SearchSourceKey, sources: SearchSource[]): Promise<SourceIndex[]> {
  const start = performance.now();
  const built: SourceIndex[] = [];
  for (const source of sources)
    built.push(source.size < 2000 ? buildSourceIndex(source) : await buildSourceIndexAsync(source));
  performance.measure(`search-index:${key}`, {
    start,
    detail: { rows: sources.reduce((n, s) => n + s.size, 0) },
  });
  return built;
}

const TASKS: Record<SearchSourceKey, () => Promise<SearchSource[]>> = {
  regions: async () => {
    const [n, countries, admin1] = await Promise.all([names(), load('countries'), load('admin1')]);
    return [regionsSource('country', countries, n), regionsSource('region', admin1, n)];
  },
  miningSites: async () => [miningSitesSource(await load('miningSites'), await names())],
  places: async () => [placesSource(gazetteerRows(await loadGazetteer()))],
  plants: async () => [plantsSource(await load('plants'), await names())],
  substations: async () => [substationsSource(await load('substations'), await names())],
};

export const useSearchIndexStore = create<SearchIndexState>((set, get) => ({
  indexes: {},
  pending: [],
  failed: {},
  started: false,
  start: () => {
    if (get().started) return;
    const keys = Object.keys(TASKS) as SearchSourceKey[];
    set({ started: true, pending: keys });
    for (const key of keys) {
      const done = (patch: Partial<SearchIndexState>) =>
        set((s) => ({ ...patch, pending: s.pending.filter((k) => k !== key) }));
      TASKS[key]()
        .then((sources) => measured(key, sources))
        .then(
          (built) => done({ indexes: { ...get().indexes, [key]: built } }),
          (error: unknown) =>
            done({
              failed: { ...get().failed, [key]: error instanceof Error ? error.message : String(error) },
            }),
        );
    }
  },
}));

/** The built indexes in one list (regions first). */
export const allIndexes = (indexes: SearchIndexState['indexes']): SourceIndex[] =>
  (Object.keys(SOURCE_LABEL) as SearchSourceKey[]).flatMap((k) => indexes[k] ?? []);
