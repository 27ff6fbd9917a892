/**
 * Loads the analysis grid's binaries for a manifest (validated by the dataset store): land cell ids and every layer,
 * each in its transport form (`NAME.packed.bin`, see gridTransport.ts).
 */
import type { GridManifest } from './schemas.ts';
import { DataLoadError, dataUrl, fetchBinary } from './fetchValidated.ts';
import { decodeGridFile, gridFileNames, packedName } from './gridTransport.ts';

/** One grid file, fetched in its transport form (gridTransport.ts) and decoded to the committed bytes. */
async function fetchGridFile(file: string): Promise<ArrayBuffer> {
  const path = `grid/${packedName(file)}`;
  const packed = await fetchBinary(path);
  try {
    return decodeGridFile(packed);
  } catch (error) {
    throw new DataLoadError(dataUrl(path), error instanceof Error ? error.message : String(error));
  }
}

export interface GridBuffers {
  cells: ArrayBuffer;
  layers: Record<string, ArrayBuffer>;
}

/** `onProgress(loaded, total)` after each file arrives (the loading progress counts them). */
export async function loadGridBuffers(
  manifest: GridManifest,
  onProgress?: (loaded: number, total: number) => void,
): Promise<GridBuffers> {
  const files = gridFileNames(manifest);
  let loaded = 0;
  const [cells, ...layerBuffers] = await Promise.all(
    files.map((file) =>
      fetchGridFile(file).then((buffer) => {
        onProgress?.(++loaded, files.length);
        return buffer;
      }),
    ),
  );
  const layers: Record<string, ArrayBuffer> = {};
  manifest.layers.forEach((l, i) => (layers[l.id] = layerBuffers[i]));
  return { cells, layers };
}
