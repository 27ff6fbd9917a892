/**
 * The analysis grid on the main thread, for scoring single places synchronously (a clicked point,
 * a shortlisted site). Whole-grid rescoring runs in the scoring worker on its own copy.
 */
import { create } from 'zustand';
import { createScoringGrid, type ScoringGrid } from '../domain/index.ts';
import { loadGridBuffers, type GridBuffers } from './loadGrid.ts';
import { useDatasetStore } from './datasetStore.ts';

interface GridState {
  grid: ScoringGrid | null;
  buffers: GridBuffers | null;
  error: string | null;
  load: () => Promise<void>;
}

let loading: Promise<void> | null = null;

export const useGridStore = create<GridState>((set) => ({
  grid: null,
  buffers: null,
  error: null,
  load: () => {
    loading ??= loadGridBuffers().then(
      (buffers) => {
        // The worker receives structured-clone copies of these buffers; the main thread keeps the originals.
        set({ grid: createScoringGrid(buffers.manifest, buffers.cells, buffers.layers), buffers });
        useDatasetStore.getState().provide('gridManifest', buffers.manifest);
      },
      (error: unknown) =>
        set({ error: `Analysis grid: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return loading;
  },
}));
