/**
 * Helpers on a loaded analysis grid (see GridManifest in src/contract/gridManifest.ts):
 * cell id <-> lat/lon, finding the land cell at a point, decoding quantised layer values.
 * Row 0 is the northernmost row; col 0 starts at manifest.west; cell id = row * width + col.
 */
import type { GridLayer, GridManifest } from '../contract/index.ts';
import { isCategoricalLayerId, LAYER_IDS, type PlaceValues } from './layerIds.ts';

export type LayerArray = Uint8Array | Uint16Array;

/** Subset of GridManifest that the geometry helpers need. */
export type GridGeometry = Pick<GridManifest, 'resolutionDeg' | 'width' | 'height' | 'west' | 'north'>;

export interface ScoringGrid {
  manifest: GridManifest;
  /** Land cell ids, ascending. */
  cells: Uint32Array;
  /** One typed array per layer, index-aligned with `cells`. Layers absent from the manifest are absent here. */
  layers: Map<string, LayerArray>;
  layerInfo: Map<string, GridLayer>;
}

/** Wraps raw buffers (from fetch or fs) into a validated grid. Throws when lengths or types disagree. */
export function createScoringGrid(
  manifest: GridManifest,
  cells: ArrayBuffer | Uint32Array,
  layerBuffers: Record<string, ArrayBuffer | LayerArray>,
): ScoringGrid {
  const cellArray = cells instanceof Uint32Array ? cells : new Uint32Array(cells);
  if (cellArray.length !== manifest.cellCount) {
    throw new Error(`cells: ${cellArray.length} ids, manifest says ${manifest.cellCount}`);
  }
  const layers = new Map<string, LayerArray>();
  const layerInfo = new Map<string, GridLayer>();
  for (const info of manifest.layers) {
    const buffer = layerBuffers[info.id];
    if (buffer === undefined) continue;
    const array = toLayerArray(info, buffer);
    if (array.length !== manifest.cellCount) {
      throw new Error(`layer ${info.id}: ${array.length} values, manifest says ${manifest.cellCount}`);
    }
    layers.set(info.id, array);
    layerInfo.set(info.id, info);
  }
  return { manifest, cells: cellArray, layers, layerInfo };
}

function toLayerArray(info: GridLayer, buffer: ArrayBuffer | LayerArray): LayerArray {
  if (info.type === 'uint8') {
    if (buffer instanceof Uint8Array) return buffer;
    if (buffer instanceof Uint16Array) throw new Error(`layer ${info.id}: expected uint8, got Uint16Array`);
    return new Uint8Array(buffer);
  }
  if (buffer instanceof Uint16Array) return buffer;
  if (buffer instanceof Uint8Array) {
    if (buffer.byteOffset % 2 !== 0) return new Uint16Array(buffer.slice().buffer);
    return new Uint16Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 2);
  }
  return new Uint16Array(buffer);
}

/** Centre of a cell in degrees. */
export function cellCentre(geometry: GridGeometry, cellId: number): { lat: number; lon: number } {
  const row = Math.floor(cellId / geometry.width);
  const col = cellId - row * geometry.width;
  return {
    lat: geometry.north - (row + 0.5) * geometry.resolutionDeg,
    lon: geometry.west + (col + 0.5) * geometry.resolutionDeg,
  };
}

/** Id of the grid cell (land or not) containing a point; null outside the grid's rows. Longitude wraps. */
export function cellIdAt(geometry: GridGeometry, lat: number, lon: number): number | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const res = geometry.resolutionDeg;
  let row = Math.floor((geometry.north - lat) / res);
  if (row === geometry.height && lat === geometry.north - geometry.height * res) row -= 1; // south edge
  if (row < 0 || row >= geometry.height) return null;
  let x = lon - geometry.west;
  if (geometry.width * res >= 360 - 1e-9) {
    x %= 360; // a global grid wraps around the antimeridian
    if (x < 0) x += 360;
  }
  const col = Math.floor(x / res);
  if (col < 0 || col > geometry.width) return null;
  return row * geometry.width + Math.min(col, geometry.width - 1);
}

/** Index of a cell id in the ascending cells array, or -1 (binary search). */
export function indexOfCellId(cells: Uint32Array, cellId: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = cells[mid];
    if (v === cellId) return mid;
    if (v < cellId) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index of the land cell containing a point, or -1 (ocean, outside the grid). */
export function findCellIndex(grid: ScoringGrid, lat: number, lon: number): number {
  const id = cellIdAt(grid.manifest, lat, lon);
  return id === null ? -1 : indexOfCellId(grid.cells, id);
}

/**
 * raw * scale + offset, or null for noData. Rounded to 9 decimals so 83 * 0.1 - 100 reads -91.7, not
 * -91.69999999999999 (far below any layer's quantisation step). Every scorer decodes through this function.
 */
export function decodeRaw(layer: Pick<GridLayer, 'scale' | 'offset' | 'noData'>, raw: number): number | null {
  return raw === layer.noData ? null : Math.round((raw * layer.scale + layer.offset) * 1e9) / 1e9;
}

/** Decoded value of a layer at a cell index; null when missing or when the grid has no such layer. */
export function decodeLayerValue(grid: ScoringGrid, layerId: string, index: number): number | null {
  const array = grid.layers.get(layerId);
  const info = grid.layerInfo.get(layerId);
  if (!array || !info || index < 0 || index >= array.length) return null;
  return decodeRaw(info, array[index]);
}

/** Label of a categorical layer at a cell; `country` resolves to ISO3 through manifest.countries. */
export function categoryAt(grid: ScoringGrid, layerId: string, index: number): string | null {
  const array = grid.layers.get(layerId);
  const info = grid.layerInfo.get(layerId);
  if (!array || !info || index < 0 || index >= array.length) return null;
  const raw = array[index];
  if (raw === info.noData) return null;
  if (layerId === 'country') return grid.manifest.countries[raw] ?? null;
  if (layerId === 'region' && grid.manifest.regions) return grid.manifest.regions[raw] ?? null;
  return info.categories?.[String(raw)] ?? String(raw);
}

/** All decoded values of a land cell, in the shape scorePoint takes. */
export function placeValuesAt(grid: ScoringGrid, index: number): PlaceValues {
  const values: Record<string, number | string | null> = {};
  for (const id of LAYER_IDS) {
    values[id] = isCategoricalLayerId(id) ? categoryAt(grid, id, index) : decodeLayerValue(grid, id, index);
  }
  return values as PlaceValues;
}

/** Source ids per layer id, from the manifest. */
export function layerSourceIds(manifest: Pick<GridManifest, 'layers'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const layer of manifest.layers) out[layer.id] = layer.sourceIds;
  return out;
}
