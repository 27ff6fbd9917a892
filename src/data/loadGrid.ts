/** Loads the analysis grid's binaries for a manifest (validated by the dataset store): land cell ids and every layer. */
import type { GridManifest } from './schemas.ts';
import { fetchBinary } from './fetchValidated.ts';

export interface GridBuffers {
  cells: ArrayBuffer;
  layers: Record<string, ArrayBuffer>;
}

export async function loadGridBuffers(manifest: GridManifest): Promise<GridBuffers> {
  const [cells, ...layerBuffers] = await Promise.all([
    fetchBinary(`grid/${manifest.cellsFile}`),
    ...manifest.layers.map((l) => fetchBinary(`grid/${l.file}`)),
  ]);
  const layers: Record<string, ArrayBuffer> = {};
  manifest.layers.forEach((l, i) => (layers[l.id] = layerBuffers[i]));
  return { cells, layers };
}
