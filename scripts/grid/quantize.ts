/** Quantisation of float layers into Uint8/Uint16 with scale/offset and a reserved noData value. */
import type { GridLayer } from '../../src/contract/index.ts';

/** A layer as a family declares it: everything but the file name, which the writer derives from the id. */
export type LayerSpec = Omit<GridLayer, 'file'>;

export function noDataFor(type: 'uint8' | 'uint16'): number {
  return type === 'uint8' ? 255 : 65535;
}

/** values: NaN = no data. Values outside the representable range are clamped (caps are documented per layer). */
export function quantize(
  values: Float64Array,
  type: 'uint8' | 'uint16',
  scale: number,
  offset: number,
): Uint8Array | Uint16Array {
  const nd = noDataFor(type);
  const out = type === 'uint8' ? new Uint8Array(values.length) : new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) {
      out[i] = nd;
      continue;
    }
    const q = Math.round((v - offset) / scale);
    out[i] = q < 0 ? 0 : q > nd - 1 ? nd - 1 : q;
  }
  return out;
}

/** Inverse of quantize for one raw value (NaN for noData). */
export function dequantize(raw: number, layer: Pick<GridLayer, 'scale' | 'offset' | 'noData'>): number {
  return raw === layer.noData ? NaN : raw * layer.scale + layer.offset;
}
