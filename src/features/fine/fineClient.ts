/** Main-thread handle on the fine-surface worker (see fineSurface.worker.ts). */
import * as Comlink from 'comlink';
import type { ScoringGrid } from '../../domain/index.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { POINT_DATASET_KEYS, type RawPointDatasets } from '../scoring/pointDatasets.ts';
import type { FineWorkerApi } from './fineSurface.worker.ts';

export interface FineClient {
  api: Comlink.Remote<FineWorkerApi>;
  /** Resolves once the worker has the grid and the point datasets (loaded and validated here, then copied). */
  ready: Promise<void>;
  dispose(): void;
}

interface Started {
  worker: Worker;
  api: Comlink.Remote<FineWorkerApi>;
}

/** A worker started before the grid had loaded (prefetchFineSurface), handed to the first createFineClient. */
let prestarted: Started | null = null;

function startWorker(): Started {
  const worker = new Worker(new URL('./fineSurface.worker.ts', import.meta.url), { type: 'module' });
  return { worker, api: Comlink.wrap<FineWorkerApi>(worker) };
}

/**
 * Every point dataset loaded (or failed) and validated: what the worker needs. Not the card's own indexes on this
 * thread (pointSourcesLoader): building those first would hold back the worker's copy (FineSurface builds them once
 * the fine surface is drawn).
 */
const pointDatasetsSettled = () =>
  Promise.allSettled(POINT_DATASET_KEYS.map((k) => useDatasetStore.getState().load(k)));

/**
 * For a map that opens zoomed in, where the fine surface is the first view's surface: starts the worker (its
 * script loads and compiles) and the point datasets' downloads now, while the grid is still loading, instead of
 * after it. Idempotent (each dataset loads once).
 */
export function prefetchFineSurface(): void {
  prestarted ??= startWorker();
  void pointDatasetsSettled();
}

export function createFineClient(grid: ScoringGrid): FineClient {
  const { worker, api } = prestarted ?? startWorker();
  prestarted = null;
  // The grid's arrays are copied: the main thread keeps its own.
  const ready = (async () => {
    const init = api.init({
      manifest: grid.manifest,
      cells: grid.cells,
      layers: Object.fromEntries(grid.layers),
    });
    await Promise.all([init, pointDatasetsSettled()]);
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
