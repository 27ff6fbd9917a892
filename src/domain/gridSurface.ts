/**
 * The rows of the surface image that can hold colour: the Web Mercator rows whose grid row has a land cell. The rest
 * of the image (far north and south) is transparent under every config, so a redraw writes, and the map uploads,
 * only this band (about two thirds of the 1440 rows on the pipeline grid).
 */
import { renderMercatorRows, type MercatorRaster } from './mercatorRender.ts';

export interface SurfaceBand {
  /** First image row of the band. */
  top: number;
  /** Number of image rows in the band (0 without land cells). */
  rows: number;
}

/**
 * The smallest run of image rows that contains every land cell of the raster. Also prepares renderSurfaceBand's
 * direct drawing for this raster, so that the first redraw does not pay for it.
 */
export function surfaceBand(raster: MercatorRaster): SurfaceBand {
  if (raster.identityCols) directPlan(raster);
  const landRows = gridRowsWithLand(raster);
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < raster.height; y++) {
    const row = raster.rowToGridRow[y];
    if (row >= 0 && landRows[row] === 1) {
      if (top < 0) top = y;
      bottom = y;
    }
  }
  return top < 0 ? { top: 0, rows: 0 } : { top, rows: bottom - top + 1 };
}

/** 1 for each grid row that holds a land cell. */
function gridRowsWithLand(raster: MercatorRaster): Uint8Array {
  const landRows = new Uint8Array(raster.scratch.length / raster.gridWidth);
  for (let i = 0; i < raster.cells.length; i++) landRows[Math.floor(raster.cells[i] / raster.gridWidth)] = 1;
  return landRows;
}

/**
 * Where each land cell lands in the image when image columns are grid columns: its pixel in the first image row of
 * its grid row (-1 when that grid row has no image row), and the grid rows drawn on more than one image row (first
 * image row, count), whose other rows are copies of the first.
 */
interface DirectPlan {
  pixel: Int32Array;
  repeatTop: Int32Array;
  repeatCount: Int32Array;
}

const plans = new WeakMap<MercatorRaster, DirectPlan>();

function directPlan(raster: MercatorRaster): DirectPlan {
  const known = plans.get(raster);
  if (known) return known;
  const { cells, gridWidth, width, height, rowToGridRow } = raster;
  const gridRows = raster.scratch.length / gridWidth;
  const firstY = new Int32Array(gridRows).fill(-1);
  const count = new Int32Array(gridRows);
  for (let y = 0; y < height; y++) {
    const row = rowToGridRow[y];
    if (row < 0) continue;
    if (firstY[row] < 0) firstY[row] = y;
    count[row]++;
  }
  const pixel = new Int32Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const row = Math.floor(cells[i] / gridWidth);
    pixel[i] = firstY[row] < 0 ? -1 : firstY[row] * width + (cells[i] - row * gridWidth);
  }
  const landRows = gridRowsWithLand(raster);
  const repeats: number[] = [];
  for (let row = 0; row < gridRows; row++) if (landRows[row] === 1 && count[row] > 1) repeats.push(row);
  const plan = {
    pixel,
    repeatTop: Int32Array.from(repeats, (row) => firstY[row]),
    repeatCount: Int32Array.from(repeats, (row) => count[row]),
  };
  plans.set(raster, plan);
  return plan;
}

/**
 * renderMercator restricted to the band: the same pixels inside it, nothing written outside it. `out` must be a
 * fresh (zeroed) buffer or one this function or renderMercator drew for the same raster, so that the rows outside
 * the band, and the ocean inside it, are already transparent.
 *
 * When image columns are grid columns (the app's surface), each land cell's colour is written straight into the
 * first image row of its grid row, and the grid rows that span several image rows are copied down: no
 * equirectangular scratch and no copy of ocean pixels (about a third of the time of renderMercatorRows).
 */
export function renderSurfaceBand(
  raster: MercatorRaster,
  band: SurfaceBand,
  codes: Uint8Array,
  palette: Uint32Array,
  out: Uint8ClampedArray = new Uint8ClampedArray(raster.width * raster.height * 4),
): Uint8ClampedArray {
  if (!raster.identityCols) return renderMercatorRows(raster, band.top, band.rows, codes, palette, out);
  const { pixel, repeatTop, repeatCount } = directPlan(raster);
  const width = raster.width;
  const out32 = new Uint32Array(out.buffer, out.byteOffset, width * raster.height);
  for (let i = 0; i < pixel.length; i++) {
    const p = pixel[i];
    if (p >= 0) out32[p] = palette[codes[i]];
  }
  for (let k = 0; k < repeatTop.length; k++) {
    const from = repeatTop[k] * width;
    for (let t = 1; t < repeatCount[k]; t++) out32.copyWithin(from + t * width, from, from + width);
  }
  return out;
}
