/** Loads data/grid (manifest + binaries) with Node fs, or returns null when it is not there. Node only. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GridManifestSchema } from '../../contract/index.ts';
import { createScoringGrid, type ScoringGrid } from '../grid.ts';

export function loadGridFromDisk(dir: string): ScoringGrid | null {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = GridManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const read = (file: string): ArrayBuffer => {
    const b = readFileSync(join(dir, file));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  };
  const layers: Record<string, ArrayBuffer> = {};
  for (const layer of manifest.layers)
    if (existsSync(join(dir, layer.file))) layers[layer.id] = read(layer.file);
  return createScoringGrid(manifest, read(manifest.cellsFile), layers);
}
