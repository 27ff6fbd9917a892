/** Main-thread handle on the fine-surface worker (see fineSurface.worker.ts). */
import * as Comlink from 'comlink';
import type { ScoringGrid } from '../../domain/index.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { loadPointSources } from '../scoring/pointSourcesLoader.ts';
import { POINT_DATASET_KEYS, type RawPointDatasets } from '../scoring/pointDatasets.ts';
import type { FineWorkerApi } from './fineSurface.worker.ts';

export interface FineClient {
  api: Comlink.Remote<FineWorkerApi>;
  /** Resolves once the worker has the grid and the point datasets (loaded and validated here, then copied). */
  ready: Promise<void>;
  dispose(): void;
}

export function createFineClient(grid: ScoringGrid): FineClient {
  const worker = new Worker(new URL('./fineSurface.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<FineWorkerApi>(worker);
  // The grid's arrays are copied: the main thread keeps its own.
  const ready = (async () => {
    await api.init({ manifest: grid.manifest, cells: grid.cells, layers: Object.fromEntries(grid.layers) });
    await loadPointSources(grid); // the card's loader: every dataset loaded (or failed) and validated once
    const data = useDatasetStore.getState().data;
    const picked: RawPointDatasets = {};
    for (const k of POINT_DATASET_KEYS) if (data[k] !== undefined) Object.assign(picked, { [k]: data[k] });
    await api.setDatasets(picked);
  })();
  return {
    api,
    ready,
    dispose() {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
