/** Draws the price-basis image from the grid when shown, and again whenever the price settings change. */
import { useEffect } from 'react';
import type { ImageSource } from 'maplibre-gl';
import {
  LAYER_NO_DATA,
  createMercatorRaster,
  packRgba,
  priceBasisCodes,
  renderMercator,
  type MercatorRaster,
  type ScoringGrid,
} from '../../../domain/index.ts';
import { useGridStore } from '../../../data/gridStore.ts';
import { useMap } from '../../map/mapHandle.ts';
import { PRICE_BASIS_COLORS, PRICE_BASIS_NO_DATA, PRICE_BASIS_SOURCE } from './priceBasisStyle.ts';
import { usePriceBasisView } from './priceBasisView.ts';

const SIZE = 1440;
const rasters = new WeakMap<ScoringGrid, MercatorRaster>();

function palette(): Uint32Array {
  const p = new Uint32Array(256);
  PRICE_BASIS_COLORS.forEach((c, k) => (p[k] = packRgba(c)));
  p[LAYER_NO_DATA] = packRgba(PRICE_BASIS_NO_DATA);
  return p;
}

export function PriceBasisData({ visible }: { visible: boolean }) {
  const grid = useGridStore((s) => s.grid);
  const load = useGridStore((s) => s.load);
  const map = useMap();
  const priceBasis = usePriceBasisView((s) => s.priceBasis);
  const priceOverrides = usePriceBasisView((s) => s.priceOverrides);

  useEffect(() => {
    if (visible) void load();
  }, [visible, load]);

  useEffect(() => {
    if (!grid || !map || !visible) return;
    const source = map.getSource(PRICE_BASIS_SOURCE) as ImageSource | undefined;
    if (!source) return;
    let raster = rasters.get(grid);
    if (!raster) {
      raster = createMercatorRaster(grid.manifest, grid.cells, SIZE, SIZE);
      rasters.set(grid, raster);
    }
    const codes = priceBasisCodes(grid, { priceBasis, priceOverrides });
    const pixels = renderMercator(raster, codes, palette());
    source.updateImage({ image: new ImageData(pixels as Uint8ClampedArray<ArrayBuffer>, SIZE, SIZE) });
  }, [grid, map, visible, priceBasis, priceOverrides]);

  return null;
}
