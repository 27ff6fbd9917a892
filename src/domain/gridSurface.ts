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

/** The smallest run of image rows that contains every land cell of the raster. */
export function surfaceBand(raster: MercatorRaster): SurfaceBand {
  const landRows = new Uint8Array(raster.scratch.length / raster.gridWidth);
  for (let i = 0; i < raster.cells.length; i++) landRows[Math.floor(raster.cells[i] / raster.gridWidth)] = 1;
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

/**
 * renderMercator restricted to the band: the same pixels inside it, nothing written outside it. `out` must be a
 * fresh (zeroed) buffer or one this function or renderMercator drew for the same raster, so that the rows outside
 * the band are already transparent.
 */
export function renderSurfaceBand(
  raster: MercatorRaster,
  band: SurfaceBand,
  codes: Uint8Array,
  palette: Uint32Array,
  out: Uint8ClampedArray = new Uint8ClampedArray(raster.width * raster.height * 4),
): Uint8ClampedArray {
  return renderMercatorRows(raster, band.top, band.rows, codes, palette, out);
}
