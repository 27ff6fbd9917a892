/**
 * The analysis grid on the main thread, for scoring single places synchronously (a clicked point,
 * a shortlisted site). Whole-grid rescoring runs in the scoring worker on a copy of it.
 * The manifest it is built on belongs to the dataset store; `grid.manifest` is that same object.
 */
import { create } from 'zustand';
import { createScoringGrid, type ScoringGrid } from '../domain/index.ts';
import { loadGridBuffers } from './loadGrid.ts';
import { useDatasetStore } from './datasetStore.ts';

interface GridState {
  grid: ScoringGrid | null;
  error: string | null;
  /** Grid files arrived so far, of how many (null before the manifest is in). */
  progress: { loaded: number; total: number } | null;
  load: () => Promise<void>;
  /** After a failure: loads the grid again (the Retry button of its load error). */
  retry: () => Promise<void>;
}

let loading: Promise<void> | null = null;

export const useGridStore = create<GridState>((set, get) => ({
  grid: null,
  error: null,
  progress: null,
  load: () => {
    loading ??= (async () => {
      const datasets = useDatasetStore.getState();
      if (datasets.errors.gridManifest) await datasets.retry('gridManifest');
      const manifest = await useDatasetStore.getState().load('gridManifest');
      const { cells, layers } = await loadGridBuffers(manifest, (loaded, total) => set({ progress: { loaded, total } }));
      set({ grid: createScoringGrid(manifest, cells, layers) });
      performance.mark('gridscout:grid-loaded');
    })().catch((error: unknown) =>
      set({ error: `Analysis grid: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return loading;
  },
  retry: () => {
    if (!get().error) return Promise.resolve();
    loading = null;
    set({ error: null, progress: null });
    return get().load();
  },
}));
