/** Main-thread handle on the fine-surface worker (see fineSurface.worker.ts). */
import * as Comlink from 'comlink';
import type { ScoringGrid } from '../../domain/index.ts';
import type { FineWorkerApi } from './fineSurface.worker.ts';

export interface FineClient {
  api: Comlink.Remote<FineWorkerApi>;
  dispose(): void;
}

export function createFineClient(grid: ScoringGrid): FineClient {
  const worker = new Worker(new URL('./fineSurface.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<FineWorkerApi>(worker);
  // The grid's arrays are copied: the main thread keeps its own.
  void api.init({ manifest: grid.manifest, cells: grid.cells, layers: Object.fromEntries(grid.layers) });
  return {
    api,
    dispose() {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
