/**
 * Main-thread handle on the scoring worker. Usage:
 *   const scoring = createScoringClient();
 *   await initScoring(scoring, grid);
 *   const { image, histogram } = await scoring.api.rescore(config); // image.data -> new ImageData(...)
 *   // or rescore(config, { premultiplied: true }) for pixels to upload into a texture with premultiply off
 *   ...copy the pixels to the map, then:
 *   recycleImage(scoring, image.data);                               // optional: saves an 8 MB allocation per redraw
 *   const best = await scoring.api.topSites({ count: 10, minDistanceKm: 250 });
 *   scoring.dispose();
 */
import * as Comlink from 'comlink';
import type { LeadTime, ScoringConfig, ScoringGrid } from '../../domain/index.ts';
import type { RescoreResult, ScoringWorkerApi } from './scoring.worker.ts';

export type ScoringApi = Comlink.Remote<ScoringWorkerApi>;

export interface ScoringClient {
  api: ScoringApi;
  /** Ends the worker. */
  dispose(): void;
}

/** A worker started before anyone asked for one (prestartScoringWorker), handed to the first caller. */
let prestarted: ScoringClient | null = null;

/**
 * Starts the scoring worker now, so its script loads and compiles while the first view's data downloads; the next
 * createScoringClient() returns it.
 */
export function prestartScoringWorker(): void {
  prestarted ??= startWorker();
}

export function createScoringClient(): ScoringClient {
  const client = prestarted ?? startWorker();
  prestarted = null;
  return client;
}

function startWorker(): ScoringClient {
  const worker = new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ScoringWorkerApi>(worker);
  return {
    api,
    dispose() {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** The grid each client was sent, with the answer to sending it (a client is sent one grid once). */
const inits = new WeakMap<ScoringClient, { grid: ScoringGrid; done: Promise<void> }>();

/**
 * Sends the grid to the worker, once per client and grid (a second call returns the first call's promise). Its
 * arrays are copied: the main thread keeps its own to score single places.
 */
export function initScoring(client: ScoringClient, grid: ScoringGrid): Promise<void> {
  const sent = inits.get(client);
  if (sent?.grid === grid) return sent.done;
  const done = client.api.init({
    manifest: grid.manifest,
    cells: grid.cells,
    layers: Object.fromEntries(grid.layers),
  });
  inits.set(client, { grid, done });
  return done;
}

/**
 * Sends the grid to the prestarted worker as soon as it has loaded, so the worker copies it and builds its tables
 * while the map is still loading (the surface's controller waits for the map; before, the grid waited with it).
 * Its controller's initScoring then returns the same promise, and reports a failure.
 */
export function prestartScoringGrid(grid: ScoringGrid): void {
  if (prestarted) initScoring(prestarted, grid).catch(() => {});
}

/** A first surface asked for before the map was there: what it was asked for, when, and its answer. */
interface EarlySurface {
  config: ScoringConfig;
  leadTimes: readonly LeadTime[];
  requestedAt: number;
  result: Promise<RescoreResult>;
}
const early = new WeakMap<ScoringClient, EarlySurface>();

/**
 * Asks the prestarted worker for the first surface (straight alpha: the map has no texture yet) as soon as the grid
 * and the lead times are there, so it is scored while the map still loads; the surface's controller takes it
 * (takeEarlySurface) instead of asking once the map has loaded. No-op without a prestarted worker.
 */
export function prestartFirstSurface(
  grid: ScoringGrid,
  config: ScoringConfig,
  leadTimes: readonly LeadTime[],
): void {
  if (prestarted) askEarlySurface(prestarted, grid, config, leadTimes);
}

/** prestartFirstSurface for a given client (exported for tests). */
export function askEarlySurface(
  client: ScoringClient,
  grid: ScoringGrid,
  config: ScoringConfig,
  leadTimes: readonly LeadTime[],
): void {
  const result = initScoring(client, grid).then(() =>
    client.api.rescore(config, { premultiplied: false, leadTimes: [...leadTimes] }),
  );
  result.catch(() => {}); // the controller that takes it reports a failure
  early.set(client, { config, leadTimes, requestedAt: performance.now(), result });
}

/**
 * The early first surface (prestartFirstSurface) when it was asked for exactly this config and these lead times,
 * else null; either way it is taken: a client's later rescores go to the worker.
 */
export function takeEarlySurface(
  client: ScoringClient,
  config: ScoringConfig,
  leadTimes: readonly LeadTime[],
): Pick<EarlySurface, 'requestedAt' | 'result'> | null {
  const e = early.get(client);
  early.delete(client);
  return e && e.config === config && e.leadTimes === leadTimes ? e : null;
}

/** Gives a drawn image's pixels back to the worker (transferred: `data` is unusable afterwards). */
export function recycleImage(client: ScoringClient, data: Uint8ClampedArray): Promise<void> {
  return client.api.recycleImage(Comlink.transfer(data, [data.buffer]));
}
