/** Loads the analysis grid's binaries for a manifest (validated by the dataset store): land cell ids and every layer. */
import type { GridManifest } from './schemas.ts';
import { fetchBinary } from './fetchValidated.ts';

export interface GridBuffers {
  cells: ArrayBuffer;
  layers: Record<string, ArrayBuffer>;
}

/** `onProgress(loaded, total)` after each file arrives (the loading progress counts them). */
export async function loadGridBuffers(
  manifest: GridManifest,
  onProgress?: (loaded: number, total: number) => void,
): Promise<GridBuffers> {
  const files = [manifest.cellsFile, ...manifest.layers.map((l) => l.file)];
  let loaded = 0;
  const [cells, ...layerBuffers] = await Promise.all(
    files.map((file) =>
      fetchBinary(`grid/${file}`).then((buffer) => {
        onProgress?.(++loaded, files.length);
        return buffer;
      }),
    ),
  );
  const layers: Record<string, ArrayBuffer> = {};
  manifest.layers.forEach((l, i) => (layers[l.id] = layerBuffers[i]));
  return { cells, layers };
}
