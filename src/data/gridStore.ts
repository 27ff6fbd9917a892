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
  load: () => Promise<void>;
}

let loading: Promise<void> | null = null;

export const useGridStore = create<GridState>((set) => ({
  grid: null,
  error: null,
  load: () => {
    loading ??= (async () => {
      const manifest = await useDatasetStore.getState().load('gridManifest');
      const { cells, layers } = await loadGridBuffers(manifest);
      set({ grid: createScoringGrid(manifest, cells, layers) });
    })().catch((error: unknown) =>
      set({ error: `Analysis grid: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return loading;
  },
}));
