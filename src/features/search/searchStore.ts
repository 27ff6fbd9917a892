/**
 * The search indexes, built on the first focus or keystroke (never at start-up; the code that loads and builds
 * them, `searchTasks.ts`, is imported then): regions and mining sites at once, places, power plants and
 * substations as their files arrive, each in ~12 ms slices so typing and the map stay responsive.
 */
import { create } from 'zustand';
import type { SourceIndex } from './searchIndex.ts';
import type { SearchSourceKey } from './searchTypes.ts';

export type { SearchSourceKey } from './searchTypes.ts';

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

export const useSearchIndexStore = create<SearchIndexState>((set, get) => ({
  indexes: {},
  pending: [],
  failed: {},
  started: false,
  start: () => {
    if (get().started) return;
    const keys = Object.keys(SOURCE_LABEL) as SearchSourceKey[];
    set({ started: true, pending: keys });
    for (const key of keys) {
      const done = (patch: Partial<SearchIndexState>) =>
        set((s) => ({ ...patch, pending: s.pending.filter((k) => k !== key) }));
      import('./searchTasks.ts')
        .then(({ indexSource }) => indexSource(key))
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
