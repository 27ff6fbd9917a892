/**
 * The data component of a grid-layer overlay: loads the grid the first time the overlay is shown and draws
 * the layer into the overlay's image source once (a later redraw would show the same values).
 */
import { useEffect } from 'react';
import type { ImageSource } from 'maplibre-gl';
import {
  createMercatorRaster,
  decodeLayerValue,
  findCellIndex,
  renderLayerImage,
  type ClassBreak,
  type MercatorRaster,
  type Rgba,
  type ScoringGrid,
} from '../../../domain/index.ts';
import { useGridStore } from '../../../data/gridStore.ts';
import { useMap } from '../../map/mapHandle.ts';
import type { Description } from '../overlay.ts';
import { measure } from '../../../shared/userTiming.ts';

const SIZE = 1440;

export interface GridImageSpec {
  label: string;
  gridLayer: string;
  breaks: ClassBreak[];
  noData: Rgba;
  sourceName: string;
}

/** One Web Mercator raster per grid, shared by every grid-layer overlay. */
const rasters = new WeakMap<ScoringGrid, MercatorRaster>();
function rasterOf(grid: ScoringGrid): MercatorRaster {
  let raster = rasters.get(grid);
  if (!raster) {
    raster = createMercatorRaster(grid.manifest, grid.cells, SIZE, SIZE);
    rasters.set(grid, raster);
  }
  return raster;
}

export function gridLayerData(spec: GridImageSpec) {
  return function GridLayerImage({ visible }: { visible: boolean }) {
    const grid = useGridStore((s) => s.grid);
    const load = useGridStore((s) => s.load);
    const map = useMap();

    useEffect(() => {
      if (visible) void load();
    }, [visible, load]);

    useEffect(() => {
      if (!grid || !map || !visible) return;
      const source = map.getSource(spec.sourceName) as
        (ImageSource & { gridscoutDrawn?: boolean }) | undefined;
      if (!source || source.gridscoutDrawn) return;
      const t0 = performance.now();
      const pixels = renderLayerImage(grid, rasterOf(grid), spec.gridLayer, spec.breaks, spec.noData);
      source.updateImage({ image: new ImageData(pixels as Uint8ClampedArray<ArrayBuffer>, SIZE, SIZE) });
      source.gridscoutDrawn = true;
      measure('gridscout:grid-layer', { start: t0, detail: { layer: spec.gridLayer } });
    }, [grid, map, visible]);

    return null;
  };
}

/** The layer's value in the cell under the pointer, with its unit. */
export function describeGridLayerAt(
  spec: GridImageSpec,
  grid: ScoringGrid | null,
  lon: number,
  lat: number,
): Description | null {
  if (!grid) return null;
  const index = findCellIndex(grid, lat, lon);
  if (index < 0) return null;
  const value = decodeLayerValue(grid, spec.gridLayer, index);
  const unit = grid.layerInfo.get(spec.gridLayer)?.unit ?? '';
  return {
    title: `${lat.toFixed(2)}, ${lon.toFixed(2)}`,
    lines: [
      `${spec.label}: ${value === null ? 'no data' : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${unit}`}`,
    ],
  };
}
