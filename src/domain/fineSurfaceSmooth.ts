/**
 * Smooth layers between 0.25° cell centres. The point evaluator derives most layers at the exact point; the ones it
 * never derives (temperature: ~1.875° reanalysis fields; the distance to a 220 kV line; stranded power where
 * capacity is near) would otherwise jump at every cell edge. The fine surface and the card both read them
 * bilinearly interpolated between the four nearest cell centres, quantised like the layer, so a fine sample and the
 * card at the same point agree (and at a cell centre the value is the cell's exactly).
 *
 * Missing neighbours (sea cells, no data) are left out and the others' weights renormalised; with none left the
 * value is missing (null), never 0. Longitude wraps on a global grid; rows beyond the grid are missing.
 */
import { decodeRaw, indexOfCellId, placeValuesAt, type ScoringGrid } from './grid.ts';
import type { LayerId, PlaceValues } from './layerIds.ts';
import { quantizedValue } from './quantize.ts';

/**
 * Numeric layers no point provider always derives (kept in step with POINT_LAYERS by a unit test: this module is
 * on the card's main-thread path, which must not bundle the providers). stranded_power is derived only where no
 * operating capacity is within 50 km; elsewhere it is interpolated.
 */
export const INTERPOLATED_LAYERS = [
  'temperature_mean',
  'temperature_warmest',
  'line_220_km',
  'stranded_power',
] as const satisfies readonly LayerId[];
export type InterpolatedLayerId = (typeof INTERPOLATED_LAYERS)[number];

/** Shown beside an interpolated row (card) and on the fine surface's legend. */
export const INTERPOLATED_NOTE = 'interpolated from 0.25°';

export interface Interpolator {
  /** Writes the interpolated layers at `[lon, lat]` into `out` (reused by the fine surface: no allocation). */
  into(out: Record<string, unknown>, lon: number, lat: number): void;
}

interface Prepared {
  id: InterpolatedLayerId;
  array: Uint8Array | Uint16Array;
  info: NonNullable<ReturnType<ScoringGrid['layerInfo']['get']>>;
}

/** An interpolator over `grid`; it caches the last four neighbours, so consecutive samples in a row are cheap. */
export function createInterpolator(grid: ScoringGrid): Interpolator {
  const { west, north, resolutionDeg: res, width, height } = grid.manifest;
  const global = width * res >= 360 - 1e-9;
  const layers: Prepared[] = [];
  for (const id of INTERPOLATED_LAYERS) {
    const array = grid.layers.get(id);
    const info = grid.layerInfo.get(id);
    if (array && info) layers.push({ id, array, info });
  }
  const idx = new Int32Array(4);
  let lastC = NaN;
  let lastR = NaN;
  const neighbour = (row: number, col: number): number => {
    if (row < 0 || row >= height) return -1;
    let c = col;
    if (global) c = ((c % width) + width) % width;
    else if (c < 0 || c >= width) return -1;
    return indexOfCellId(grid.cells, row * width + c);
  };
  return {
    into(out, lon, lat) {
      const gx = (lon - west) / res - 0.5;
      const gy = (north - lat) / res - 0.5;
      const c0 = Math.floor(gx);
      const r0 = Math.floor(gy);
      const tx = gx - c0;
      const ty = gy - r0;
      if (c0 !== lastC || r0 !== lastR) {
        idx[0] = neighbour(r0, c0);
        idx[1] = neighbour(r0, c0 + 1);
        idx[2] = neighbour(r0 + 1, c0);
        idx[3] = neighbour(r0 + 1, c0 + 1);
        lastC = c0;
        lastR = r0;
      }
      const w0 = (1 - tx) * (1 - ty);
      const w1 = tx * (1 - ty);
      const w2 = (1 - tx) * ty;
      const w3 = tx * ty;
      for (let k = 0; k < layers.length; k++) {
        const { id, array, info } = layers[k]!;
        let sum = 0;
        let weight = 0;
        // Unrolled over the four neighbours; a zero weight (exactly on a centre line) reads nothing.
        if (w0 > 0 && idx[0]! >= 0 && array[idx[0]!] !== info.noData) {
          sum += w0 * decodeRaw(info, array[idx[0]!]!)!;
          weight += w0;
        }
        if (w1 > 0 && idx[1]! >= 0 && array[idx[1]!] !== info.noData) {
          sum += w1 * decodeRaw(info, array[idx[1]!]!)!;
          weight += w1;
        }
        if (w2 > 0 && idx[2]! >= 0 && array[idx[2]!] !== info.noData) {
          sum += w2 * decodeRaw(info, array[idx[2]!]!)!;
          weight += w2;
        }
        if (w3 > 0 && idx[3]! >= 0 && array[idx[3]!] !== info.noData) {
          sum += w3 * decodeRaw(info, array[idx[3]!]!)!;
          weight += w3;
        }
        out[id] = weight > 0 ? quantizedValue(info, sum / weight) : null;
      }
    },
  };
}

/**
 * The land cell's values with the smooth layers interpolated at `[lon, lat]` (see the module comment): what the
 * card hands the point evaluator, and what the fine surface computes at each sample.
 */
export function interpolatedCellValues(
  grid: ScoringGrid,
  cellIndex: number,
  [lon, lat]: readonly [number, number],
): PlaceValues {
  const values: Record<string, unknown> = { ...placeValuesAt(grid, cellIndex) };
  createInterpolator(grid).into(values, lon, lat);
  return values as PlaceValues;
}
