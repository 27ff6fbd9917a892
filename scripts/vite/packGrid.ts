/**
 * Writes the analysis grid's transport form (src/data/gridTransport.ts) into a build: `NAME.packed.bin` next to every
 * file of data/grid/manifest.json, in whichever form (delta + byte planes, or raw) brotli compresses smaller; and
 * makes it on the fly for the dev server. The committed data/grid/*.bin stay as they are (the pipeline, the tests and
 * the Node benchmarks read them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import {
  encodeGridFile,
  packedName,
  Transform,
  widthOf,
  type ValueWidth,
} from '../../src/data/gridTransport.ts';

interface ManifestFiles {
  cellsFile: string;
  layers: { file: string; type: 'uint8' | 'uint16' }[];
}

/** Grid file name → bytes per value, from a grid folder's manifest.json. */
export function gridFileWidths(gridDir: string): Map<string, ValueWidth> {
  const manifest = JSON.parse(readFileSync(join(gridDir, 'manifest.json'), 'utf8')) as ManifestFiles;
  return new Map([
    [manifest.cellsFile, widthOf('uint32')],
    ...manifest.layers.map((l) => [l.file, widthOf(l.type)] as const),
  ]);
}

/** Brotli at a fast quality: enough to tell which form compresses smaller. */
const estimate = (bytes: Uint8Array) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;

/** The transport form of one grid file: the smaller (compressed) of delta + byte planes and raw. */
export function packGridFile(bytes: Uint8Array, width: ValueWidth): Uint8Array {
  const delta = encodeGridFile(bytes, width, Transform.DeltaPlanes);
  const raw = encodeGridFile(bytes, width, Transform.Raw);
  return estimate(delta) < estimate(raw) ? delta : raw;
}

/** Writes `NAME.packed.bin` for every file of the grid folder's manifest; returns how many it wrote. */
export function packGridFolder(gridDir: string): number {
  if (!existsSync(join(gridDir, 'manifest.json'))) return 0;
  let written = 0;
  for (const [file, width] of gridFileWidths(gridDir)) {
    const path = join(gridDir, file);
    if (!existsSync(path)) continue;
    writeFileSync(join(gridDir, packedName(file)), packGridFile(readFileSync(path), width));
    written++;
  }
  return written;
}

/** For the dev server: the transport form of `grid/NAME.packed.bin` made from `gridDir`, or null if none. */
export function packedOnTheFly(gridDir: string, requested: string): Uint8Array | null {
  if (!requested.endsWith('.packed.bin') || !existsSync(join(gridDir, 'manifest.json'))) return null;
  for (const [file, width] of gridFileWidths(gridDir))
    if (packedName(file) === basename(requested))
      return packGridFile(readFileSync(join(gridDir, file)), width);
  return null;
}
