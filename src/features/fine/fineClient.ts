/** Main-thread handle on the fine-surface worker (see fineSurface.worker.ts). */
import * as Comlink from 'comlink';
import type { ScoringGrid } from '../../domain/index.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useGridStore } from '../../data/gridStore.ts';
import { POINT_DATASET_KEYS, type PointDatasetKey } from '../scoring/pointDatasets.ts';
import { currentLeadTimes } from '../scoring/useLeadTimes.ts';
import { viewLattices, type ViewBounds } from '../../domain/fineSurfaceLattice.ts';
import type { FineWorkerApi } from './fineSurface.worker.ts';

export interface FineClient {
  api: Comlink.Remote<FineWorkerApi>;
  /**
   * Resolves once the worker has the grid (rejects when it could not take it). A view can be asked for before then:
   * the worker answers once it has the grid and has prepared the point datasets (validated here).
   */
  ready: Promise<void>;
  dispose(): void;
}

interface Started {
  worker: Worker;
  api: Comlink.Remote<FineWorkerApi>;
  /** The grid last sent to the worker, and that call. */
  sent: { grid: ScoringGrid; done: Promise<void> } | null;
}

/** A worker started before the map and the grid were there (prefetchFineSurface), for the first createFineClient. */
let prestarted: Started | null = null;

/**
 * Sends one point dataset to the worker. When this starts its download, the worker gets the file's bytes
 * (transferred, not copied) and parses them while this thread parses and validates the same bytes, then gets the
 * verdict: no structured copy of the parsed value, which took 0.5–0.7 s for all ten on the production build.
 * One that was loaded before (the card, an overlay) is copied.
 */
async function sendDataset(api: Comlink.Remote<FineWorkerApi>, key: PointDatasetKey): Promise<void> {
  const store = useDatasetStore.getState();
  const shared = store.loadSharing(key, (bytes) => void api.addFile(key, Comlink.transfer(bytes, [bytes])));
  if (shared) {
    await api.accept(
      key,
      await shared.then(
        () => true,
        () => false,
      ),
    );
    return;
  }
  const value = await store.load(key).catch(() => null);
  await (value === null ? api.missing(key) : api.addValue(key, value));
}

function start(): Started {
  const worker = new Worker(new URL('./fineSurface.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<FineWorkerApi>(worker);
  // Each dataset is sent as it arrives; the worker prepares them once it has every one and the grid.
  for (const k of POINT_DATASET_KEYS) void sendDataset(api, k);
  return { worker, api, sent: null };
}

/** The grid's arrays are copied: the main thread keeps its own. Sent once per grid. */
function sendGrid(s: Started, grid: ScoringGrid): Promise<void> {
  if (s.sent?.grid !== grid)
    s.sent = {
      grid,
      done: s.api.init({
        manifest: grid.manifest,
        cells: grid.cells,
        layers: Object.fromEntries(grid.layers),
      }),
    };
  return s.sent.done;
}

/**
 * The id of the fine surface's first request (FineSurface.tsx counts from it). The opening view's early evaluation
 * is asked under it too: the worker then does not cancel it when the map asks for the same view, and that request
 * waits for it and only scores.
 */
export const OPENING_REQUEST_ID = 1;

/**
 * For a map that opens zoomed in, where the fine surface is the first view's surface: starts the worker (its
 * script loads and compiles), the point datasets' downloads and, once it has loaded, the grid's copy to the worker,
 * while the map is still loading, instead of once the map and the grid are both there. With the bounds the map
 * opened with, it also has the worker evaluate the opening view's lattices (its quick pass, then its own step) as
 * soon as it has the grid and the datasets: the map's first fine request then finds their samples evaluated (a
 * sample's values do not depend on the lead times a request carries, which only its scoring reads).
 * Idempotent.
 */
export function prefetchFineSurface(opening: ViewBounds | null = null, zoom = 0): void {
  if (prestarted) return;
  const s = (prestarted = start());
  const send = (grid: ScoringGrid) => {
    if (prestarted !== s) return;
    void sendGrid(s, grid);
    if (opening) evaluateOpening(s, opening, zoom);
  };
  const { grid } = useGridStore.getState();
  if (grid) return send(grid);
  const unsubscribe = useGridStore.subscribe((state) => {
    if (!state.grid) return;
    unsubscribe();
    send(state.grid);
  });
}

function evaluateOpening(s: Started, opening: ViewBounds, zoom: number): void {
  const leadTimes = [...currentLeadTimes()];
  for (const { lattice } of viewLattices(opening, zoom))
    void s.api.evaluate({ id: OPENING_REQUEST_ID, lattice, leadTimes });
}

export function createFineClient(grid: ScoringGrid): FineClient {
  const s = prestarted ?? start();
  prestarted = null;
  return {
    api: s.api,
    ready: sendGrid(s, grid),
    dispose() {
      s.api[Comlink.releaseProxy]();
      s.worker.terminate();
    },
  };
}
