/**
 * The transport form of the analysis grid's binaries (data/grid/*.bin): how the production build sends them
 * (`NAME.packed.bin`, written by scripts/vite/packGrid.ts) and the loader turns them back into the committed bytes.
 *
 * Neighbouring land cells have close values (distances, temperatures) and cell ids ascend, so the difference to the
 * previous value, with its bytes split into planes (all low bytes, then all high bytes), compresses far better than
 * the raw array: measured with brotli on the committed grid, 2.7 MB → 1.7 MB for all layers, cells.bin 279 kB → 12 kB
 * (README, "Performance"). Categorical layers (country, region) compress better raw, so each file says which form
 * it holds.
 *
 * Layout: 8-byte header `G S G 1 <width> <transform> 0 0`, then the payload (as many bytes as the original file).
 * width = bytes per value (1, 2 or 4, little-endian); transform 0 = raw, 1 = delta + byte planes.
 */

export type ValueWidth = 1 | 2 | 4;
export const Transform = { Raw: 0, DeltaPlanes: 1 } as const;
export type Transform = (typeof Transform)[keyof typeof Transform];
const MAGIC = [0x47, 0x53, 0x47, 0x31]; // "GSG1"
const HEADER_BYTES = 8;

/** The name the build gives a grid file's transport form: `power_price.bin` → `power_price.packed.bin`. */
export const packedName = (file: string): string => file.replace(/(\.bin)?$/, '.packed.bin');

/** The files of a grid manifest in the order the grid store loads them: the cells file, then each layer's. */
export const gridFileNames = (manifest: { cellsFile: string; layers: readonly { file: string }[] }): string[] => [
  manifest.cellsFile,
  ...manifest.layers.map((l) => l.file),
];

/** Bytes per value of a layer type (the manifest's `type`) or of the cells file (Uint32). */
export const widthOf = (type: 'uint8' | 'uint16' | 'uint32'): ValueWidth =>
  type === 'uint8' ? 1 : type === 'uint16' ? 2 : 4;

function read(bytes: Uint8Array, i: number, width: ValueWidth): number {
  if (width === 1) return bytes[i]!;
  if (width === 2) return bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  return (bytes[4 * i]! | (bytes[4 * i + 1]! << 8) | (bytes[4 * i + 2]! << 16) | (bytes[4 * i + 3]! << 24)) >>> 0;
}

/** Encodes a grid file (little-endian values of `width` bytes) in its transport form. */
export function encodeGridFile(bytes: Uint8Array, width: ValueWidth, transform: Transform): Uint8Array {
  if (bytes.length % width !== 0) throw new Error(`length ${bytes.length} is not a multiple of ${width}`);
  const out = new Uint8Array(HEADER_BYTES + bytes.length);
  out.set([...MAGIC, width, transform, 0, 0]);
  if (transform === Transform.Raw) {
    out.set(bytes, HEADER_BYTES);
    return out;
  }
  const n = bytes.length / width;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const value = read(bytes, i, width);
    const delta = (value - previous) >>> 0;
    previous = value;
    for (let k = 0; k < width; k++) out[HEADER_BYTES + k * n + i] = (delta >>> (8 * k)) & 0xff;
  }
  return out;
}

/** The committed bytes back from a transport form; throws naming the problem when it is not one. */
export function decodeGridFile(buffer: ArrayBuffer): ArrayBuffer {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b))
    throw new Error('not a packed grid file (header missing)');
  const width = bytes[4] as ValueWidth;
  const transform = bytes[5];
  const payload = bytes.subarray(HEADER_BYTES);
  if (![1, 2, 4].includes(width) || payload.length % width !== 0)
    throw new Error(`packed grid file: bad value width ${width} for ${payload.length} bytes`);
  if (transform === Transform.Raw) return payload.slice().buffer;
  if (transform !== Transform.DeltaPlanes) throw new Error(`packed grid file: unknown transform ${transform}`);
  const n = payload.length / width;
  const out = new Uint8Array(payload.length);
  const mask = width === 4 ? 0xffffffff : (1 << (8 * width)) - 1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    let delta = 0;
    for (let k = 0; k < width; k++) delta |= payload[k * n + i]! << (8 * k);
    value = ((value + delta) & mask) >>> 0;
    for (let k = 0; k < width; k++) out[i * width + k] = (value >>> (8 * k)) & 0xff;
  }
  return out.buffer;
}
