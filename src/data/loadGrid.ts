/** Loads the analysis grid: manifest (validated), land cell ids and every layer's binary. */
import { GridManifestSchema, type GridManifest } from './schemas.ts';
import { fetchBinary, fetchJson } from './fetchValidated.ts';

export interface GridBuffers {
  manifest: GridManifest;
  cells: ArrayBuffer;
  layers: Record<string, ArrayBuffer>;
}

export async function loadGridBuffers(): Promise<GridBuffers> {
  const manifest = await fetchJson('grid/manifest.json', GridManifestSchema);
  const [cells, ...layerBuffers] = await Promise.all([
    fetchBinary(`grid/${manifest.cellsFile}`),
    ...manifest.layers.map((l) => fetchBinary(`grid/${l.file}`)),
  ]);
  const layers: Record<string, ArrayBuffer> = {};
  manifest.layers.forEach((l, i) => (layers[l.id] = layerBuffers[i]));
  return { manifest, cells, layers };
}
