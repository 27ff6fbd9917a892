/**
 * Quantisation of one value to a layer's stored code (scale/offset, noData = the type's maximum). The grid builder
 * (scripts/grid/quantize.ts) and the point evaluator use this one function, so a value computed at a cell centre
 * decodes to exactly the cell's value.
 */
import type { GridLayer } from '../contract/index.ts';
import { decodeRaw } from './grid.ts';

export function noDataFor(type: 'uint8' | 'uint16'): number {
  return type === 'uint8' ? 255 : 65535;
}

/** The stored code of `value` (NaN = noData); values outside the range are clamped (caps are documented per layer). */
export function quantizeRaw(value: number, type: 'uint8' | 'uint16', scale: number, offset: number): number {
  const nd = noDataFor(type);
  if (Number.isNaN(value)) return nd;
  const q = Math.round((value - offset) / scale);
  return q < 0 ? 0 : q > nd - 1 ? nd - 1 : q;
}

/** `value` as the grid stores and decodes it (null for no data). */
export function quantizedValue(
  layer: Pick<GridLayer, 'type' | 'scale' | 'offset' | 'noData'>,
  value: number | null,
): number | null {
  return decodeRaw(layer, quantizeRaw(value ?? NaN, layer.type, layer.scale, layer.offset));
}
