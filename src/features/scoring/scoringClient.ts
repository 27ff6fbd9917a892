/**
 * Main-thread handle on the scoring worker. Usage:
 *   const scoring = createScoringClient();
 *   await initScoring(scoring, manifest, cellsBuffer, layerBuffers);
 *   const { scores, image } = await scoring.api.rescore(config);   // image.data -> new ImageData(...)
 *   // or rescore(config, { premultiplied: true }) for pixels to upload into a texture with premultiply off
 *   ...copy the pixels to the map (e.g. putImageData on a canvas source), then:
 *   recycleImage(scoring, image.data);                              // optional: saves an 8 MB allocation per redraw
 *   const point = await scoring.api.scoreAt(lat, lon);
 *   scoring.dispose();
 */
import * as Comlink from 'comlink';
import type { GridManifest } from '../../data/schemas.ts';
import type { ScoringInitResult, ScoringWorkerApi } from './scoring.worker.ts';

export type ScoringApi = Comlink.Remote<ScoringWorkerApi>;

export interface ScoringClient {
  api: ScoringApi;
  /** Ends the worker. */
  dispose(): void;
}

export function createScoringClient(): ScoringClient {
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

/**
 * Sends the grid to the worker. By default the buffers are copied (the main thread keeps its own for hover
 * read-outs); pass transfer: true to hand them over instead (they become unusable here).
 */
export function initScoring(
  client: ScoringClient,
  manifest: GridManifest,
  cells: ArrayBuffer,
  layers: Record<string, ArrayBuffer>,
  options: { transfer?: boolean; image?: { width: number; height: number } } = {},
): Promise<ScoringInitResult> {
  const payload = { manifest, cells, layers, image: options.image };
  if (!options.transfer) return client.api.init(payload);
  return client.api.init(Comlink.transfer(payload, [cells, ...Object.values(layers)]));
}

/** Gives a drawn image's pixels back to the worker (transferred: `data` is unusable afterwards). */
export function recycleImage(client: ScoringClient, data: Uint8ClampedArray): Promise<void> {
  return client.api.recycleImage(Comlink.transfer(data, [data.buffer]));
}
