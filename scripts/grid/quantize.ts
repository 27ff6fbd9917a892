/** Quantisation of float layers into Uint8/Uint16 with scale/offset and a reserved noData value. */
import type { GridLayer } from '../../src/contract/index.ts';
import { quantizeRaw } from '../../src/domain/quantize.ts';

/** A layer as a family declares it: everything but the file name, which the writer derives from the id. */
export type LayerSpec = Omit<GridLayer, 'file'>;

export { noDataFor } from '../../src/domain/quantize.ts';

/** values: NaN = no data. Values outside the representable range are clamped (caps are documented per layer). */
export function quantize(
  values: Float64Array,
  type: 'uint8' | 'uint16',
  scale: number,
  offset: number,
): Uint8Array | Uint16Array {
  const out = type === 'uint8' ? new Uint8Array(values.length) : new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = quantizeRaw(values[i]!, type, scale, offset);
  return out;
}

/** Inverse of quantize for one raw value (NaN for noData). */
export function dequantize(raw: number, layer: Pick<GridLayer, 'scale' | 'offset' | 'noData'>): number {
  return raw === layer.noData ? NaN : raw * layer.scale + layer.offset;
}
