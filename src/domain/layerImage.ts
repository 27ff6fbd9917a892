/**
 * Draws one analysis-grid layer (e.g. capacity within 50 km, mean temperature) as class colours in
 * Web Mercator, through the same raster the suitability surface uses. Pure: values in, pixels out.
 */
import { packRgba, type Rgba } from './colorRamp.ts';
import { decodeRaw, type ScoringGrid } from './grid.ts';
import { renderMercator, type MercatorRaster } from './mercatorRender.ts';

export interface ClassBreak {
  /** Lower bound of the class, inclusive; the first class takes everything below the second. */
  value: number;
  color: Rgba;
}

/** Reserved class code for cells without data. */
export const LAYER_NO_DATA = 254;

/** Class index (0-based) of every land cell, LAYER_NO_DATA where the layer has no value. */
export function classifyLayer(grid: ScoringGrid, layerId: string, breaks: readonly ClassBreak[]): Uint8Array {
  const info = grid.layerInfo.get(layerId);
  const raw = grid.layers.get(layerId);
  if (!info || !raw) throw new Error(`grid layer ${layerId} is not loaded`);
  if (breaks.length === 0 || breaks.length > 250) throw new Error('between 1 and 250 classes');
  // One lookup per distinct raw value would need 65,536 entries; classes are few, so decode and search.
  const codes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const value = decodeRaw(info, raw[i]);
    if (value === null) {
      codes[i] = LAYER_NO_DATA;
      continue;
    }
    let k = 0;
    while (k + 1 < breaks.length && value >= breaks[k + 1].value) k++;
    codes[i] = k;
  }
  return codes;
}

export function layerPalette(breaks: readonly ClassBreak[], noData: Rgba): Uint32Array {
  const palette = new Uint32Array(256);
  breaks.forEach((b, k) => (palette[k] = packRgba(b.color)));
  palette[LAYER_NO_DATA] = packRgba(noData);
  return palette;
}

export function renderLayerImage(
  grid: ScoringGrid,
  raster: MercatorRaster,
  layerId: string,
  breaks: readonly ClassBreak[],
  noData: Rgba,
): Uint8ClampedArray {
  return renderMercator(raster, classifyLayer(grid, layerId, breaks), layerPalette(breaks, noData));
}
