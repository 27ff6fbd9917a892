/** Draws each visible grid-layer overlay into its image source once the grid is loaded (once per overlay). */
import { useEffect } from 'react';
import type { ImageSource } from 'maplibre-gl';
import { createMercatorRaster, renderLayerImage, type MercatorRaster } from '../../../domain/index.ts';
import { useLayersStore } from '../../layers/layersStore.ts';
import { useMapStore } from '../../map/mapStore.ts';
import { useGridStore } from '../../../data/gridStore.ts';
import { GRID_LAYER_OVERLAYS } from './gridLayerOverlays.ts';

const SIZE = 1440;

export function GridLayerImages() {
  const visible = useLayersStore((s) => s.visible);
  const grid = useGridStore((s) => s.grid);
  const load = useGridStore((s) => s.load);
  const map = useMapStore((s) => s.map);
  const ready = useMapStore((s) => s.ready);

  useEffect(() => {
    if (GRID_LAYER_OVERLAYS.some((o) => visible[o.id])) void load();
  }, [visible, load]);

  useEffect(() => {
    if (!grid || !map || !ready) return;
    let raster: MercatorRaster | null = null;
    for (const overlay of GRID_LAYER_OVERLAYS) {
      const source = map.getSource(overlay.sourceName) as
        (ImageSource & { gridscoutDrawn?: boolean }) | undefined;
      if (!visible[overlay.id] || !source || source.gridscoutDrawn) continue;
      const t0 = performance.now();
      raster ??= createMercatorRaster(grid.manifest, grid.cells, SIZE, SIZE);
      const pixels = renderLayerImage(grid, raster, overlay.gridLayer, overlay.breaks, overlay.noData);
      source.updateImage({ image: new ImageData(pixels as Uint8ClampedArray<ArrayBuffer>, SIZE, SIZE) });
      source.gridscoutDrawn = true;
      performance.measure('gridscout:grid-layer', { start: t0, detail: { layer: overlay.gridLayer } });
    }
  }, [grid, map, ready, visible]);

  return null;
}
