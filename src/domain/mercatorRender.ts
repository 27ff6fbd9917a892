/**
 * Draws the score surface as an RGBA image in Web Mercator (latitude ±85.0511°, full longitude), ready for a
 * MapLibre image source with MERCATOR_IMAGE_COORDINATES. Pure: no DOM; returns a Uint8ClampedArray that the UI
 * wraps in an ImageData.
 * The mercator-row -> grid-row mapping is computed once; each render writes one palette word per land cell into an
 * equirectangular scratch image (ocean stays transparent) and copies rows into the mercator image.
 */
import type { GridGeometry } from './grid.ts';

export const MERCATOR_MAX_LAT = 85.0511287798066;

/** Corner coordinates [lon, lat] for a MapLibre image source: top-left, top-right, bottom-right, bottom-left. */
export const MERCATOR_IMAGE_COORDINATES: [
  [number, number],
  [number, number],
  [number, number],
  [number, number],
] = [
  [-180, MERCATOR_MAX_LAT],
  [180, MERCATOR_MAX_LAT],
  [180, -MERCATOR_MAX_LAT],
  [-180, -MERCATOR_MAX_LAT],
];

export interface MercatorRaster {
  width: number;
  height: number;
  /** Grid row for each image row, or -1 outside the grid. */
  rowToGridRow: Int32Array;
  /** Grid column for each image column, or -1 outside the grid. */
  colToGridCol: Int32Array;
  gridWidth: number;
  /** True when image column x is grid column x (rows are then copied whole). */
  identityCols: boolean;
  /** Equirectangular scratch, one RGBA word per grid cell (land or not). */
  scratch: Uint32Array;
  cells: Uint32Array;
}

/** Latitude (degrees) at the centre of image row y. */
export function mercatorRowLatitude(y: number, height: number): number {
  const t = Math.PI * (1 - (2 * (y + 0.5)) / height);
  return (Math.atan(Math.sinh(t)) * 180) / Math.PI;
}

export function createMercatorRaster(
  geometry: GridGeometry,
  cells: Uint32Array,
  width = 1440,
  height = 1440,
): MercatorRaster {
  const res = geometry.resolutionDeg;
  const rowToGridRow = new Int32Array(height);
  for (let y = 0; y < height; y++) {
    const row = Math.floor((geometry.north - mercatorRowLatitude(y, height)) / res);
    rowToGridRow[y] = row >= 0 && row < geometry.height ? row : -1;
  }
  const colToGridCol = new Int32Array(width);
  for (let x = 0; x < width; x++) {
    const lon = -180 + ((x + 0.5) * 360) / width;
    let dx = (lon - geometry.west) % 360;
    if (dx < 0) dx += 360;
    const col = Math.floor(dx / res);
    colToGridCol[x] = col < geometry.width ? col : -1;
  }
  return {
    width,
    height,
    rowToGridRow,
    colToGridCol,
    gridWidth: geometry.width,
    identityCols: width === geometry.width && colToGridCol.every((c, x) => c === x),
    scratch: new Uint32Array(geometry.width * geometry.height),
    cells,
  };
}

/**
 * Renders score codes (one per land cell, see gridScorer) through a 256-entry palette (colorRamp.buildPalette).
 * Writes into `out` when given (length width × height × 4), else allocates.
 */
export function renderMercator(
  raster: MercatorRaster,
  codes: Uint8Array,
  palette: Uint32Array,
  out: Uint8ClampedArray = new Uint8ClampedArray(raster.width * raster.height * 4),
): Uint8ClampedArray {
  return renderMercatorRows(raster, 0, raster.height, codes, palette, out);
}

/**
 * renderMercator for image rows top … top + rows − 1 only (the one loop behind renderMercator and the land band of
 * gridSurface.renderSurfaceBand); rows outside are left as they are.
 */
export function renderMercatorRows(
  raster: MercatorRaster,
  top: number,
  rows: number,
  codes: Uint8Array,
  palette: Uint32Array,
  out: Uint8ClampedArray,
): Uint8ClampedArray {
  const { scratch, cells, width, gridWidth, rowToGridRow, colToGridCol, identityCols } = raster;
  for (let i = 0; i < cells.length; i++) scratch[cells[i]] = palette[codes[i]];
  const out32 = new Uint32Array(out.buffer, out.byteOffset, width * raster.height);
  for (let y = top; y < top + rows; y++) {
    const row = rowToGridRow[y];
    const base = y * width;
    if (row < 0) {
      out32.fill(0, base, base + width);
    } else if (identityCols) {
      out32.set(scratch.subarray(row * gridWidth, row * gridWidth + gridWidth), base);
    } else {
      const src = row * gridWidth;
      for (let x = 0; x < width; x++) {
        const col = colToGridCol[x];
        out32[base + x] = col < 0 ? 0 : scratch[src + col];
      }
    }
  }
  return out;
}
