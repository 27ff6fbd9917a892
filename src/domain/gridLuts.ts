/**
 * Lookup tables from a layer's raw quantised value to a criterion score or a yes/no/unknown check.
 * Tables cover 0..(largest raw value present); noData is handled by the caller's explicit comparison,
 * so a uint16 layer whose data stops at raw 4,000 needs a 4,001-entry table, not 65,536.
 */
import type { GridLayer, LayerId } from '../contract/index.ts';
import { decodeRaw, type LayerArray } from './grid.ts';
import type { Tri } from './timeToPower.ts';
import { transformScore, type Direction, type Transform } from './transforms.ts';

/** A layer prepared for scoring: raw array, its metadata and the range of raw values present. */
export interface PreparedLayer {
  id: LayerId;
  raw: LayerArray;
  info: GridLayer;
  noData: number;
  /** Smallest and largest raw value present (excluding noData); min > max when the layer is all noData. */
  min: number;
  max: number;
}

export function prepareLayer(id: LayerId, raw: LayerArray, info: GridLayer): PreparedLayer {
  let min = Infinity;
  let max = -Infinity;
  const nd = info.noData;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r === nd) continue;
    if (r < min) min = r;
    if (r > max) max = r;
  }
  return { id, raw, info, noData: nd, min, max };
}

/** A stand-in for a layer the grid lacks: every cell is noData. */
export function absentLayer(id: LayerId, cellCount: number): PreparedLayer {
  const info: GridLayer = {
    id,
    label: id,
    unit: '',
    file: '',
    type: 'uint8',
    scale: 1,
    offset: 0,
    noData: 255,
    description: 'absent from the grid',
    sourceIds: [],
  };
  return { id, raw: new Uint8Array(cellCount).fill(255), info, noData: 255, min: Infinity, max: -Infinity };
}

function tableSize(layer: PreparedLayer): number {
  return layer.max >= layer.min ? layer.max + 1 : 1;
}

/** Score 0–100 per raw value. */
export function scoreTable(layer: PreparedLayer, transform: Transform, direction: Direction): Float64Array {
  const table = new Float64Array(tableSize(layer));
  for (let r = Math.max(0, layer.min); r <= layer.max; r++) {
    if (r === layer.noData) continue;
    table[r] = transformScore(transform, direction, decodeRaw(layer.info, r) as number);
  }
  return table;
}

/** Yes/no per raw value of a numeric layer. */
export function checkTable(layer: PreparedLayer, check: (value: number) => Tri): Uint8Array {
  const table = new Uint8Array(tableSize(layer));
  for (let r = Math.max(0, layer.min); r <= layer.max; r++) {
    if (r === layer.noData) continue;
    table[r] = check(decodeRaw(layer.info, r) as number);
  }
  return table;
}

/** Yes/no per raw value of a categorical layer, by label (for `country`: ISO3 from the manifest). */
export function labelCheckTable(
  layer: PreparedLayer,
  labelOf: (raw: number) => string | null,
  check: (label: string | null) => Tri,
): Uint8Array {
  return labelValueTable(layer, labelOf, check);
}

/** A small number (0–255) per raw value of a categorical layer, by label. */
export function labelValueTable(
  layer: PreparedLayer,
  labelOf: (raw: number) => string | null,
  value: (label: string | null) => number,
): Uint8Array {
  const table = new Uint8Array(tableSize(layer));
  for (let r = Math.max(0, layer.min); r <= layer.max; r++) {
    if (r === layer.noData) continue;
    table[r] = value(labelOf(r));
  }
  return table;
}

/** Kleene AND of two Tri values, indexed a * 3 + b. */
export const AND3 = new Uint8Array([0, 0, 0, 0, 1, 2, 0, 2, 2]);

/** Small cache of tables keyed by what they were built from; cleared when it grows past `limit`. */
export class TableCache<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly limit = 64) {}
  get(key: string, build: () => T): T {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    if (this.map.size >= this.limit) this.map.clear();
    const value = build();
    this.map.set(key, value);
    return value;
  }
}
