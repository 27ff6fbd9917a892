/**
 * Hover and click on the map, for every overlay in the registry. The topmost interactive feature of a visible
 * overlay answers through its overlay (describe, onClick, toSelection); with no feature under the pointer, the
 * visible overlays drawn as images answer through `describeAt`, topmost first (read-outs with the same title,
 * such as two grid layers at one cell, share one tooltip). A click that no overlay takes selects the point.
 */
import { useEffect } from 'react';
import type { MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useGridStore } from '../../data/gridStore.ts';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { useLayersStore } from '../layers/layersStore.ts';
import { useMap } from '../map/mapHandle.ts';
import type { OverlayContext } from '../overlays/overlay.ts';
import { OVERLAYS, OVERLAY_OF_LAYER } from '../overlays/registry.ts';
import { useSourceIndex } from '../sources/useSources.ts';
import { readoutAt, readoutOrder } from './readout.ts';

export function MapInteractions({ scoreAt }: { scoreAt?: OverlayContext['scoreAt'] }) {
  const map = useMap();
  const visible = useLayersStore((s) => s.visible);
  const sources = useSourceIndex();

  useEffect(() => {
    if (!map) return;
    const shown = OVERLAYS.filter((o) => visible[o.id]);
    const layers = shown.flatMap((o) => o.interactiveLayers);
    const readouts = readoutOrder(shown);
    const context = (): OverlayContext => ({
      data: useDatasetStore.getState().data,
      sources,
      grid: useGridStore.getState().grid,
      scoreAt,
    });
    const topFeature = (e: MapMouseEvent): MapGeoJSONFeature | undefined =>
      layers.length ? map.queryRenderedFeatures(e.point, { layers })[0] : undefined;

    const onMove = (e: MapMouseEvent) => {
      const f = topFeature(e);
      const ctx = context();
      const description = f
        ? (OVERLAY_OF_LAYER.get(f.layer.id)?.describe?.(f, ctx) ?? null)
        : readoutAt(readouts, e.lngLat.lng, e.lngLat.lat, ctx);
      map.getCanvas().style.cursor = f ? 'pointer' : '';
      useSelectionStore
        .getState()
        .setHover(description ? { x: e.point.x, y: e.point.y, ...description } : null);
    };
    const onLeave = () => useSelectionStore.getState().setHover(null);
    const onClick = (e: MapMouseEvent) => {
      const f = topFeature(e);
      const owner = f && OVERLAY_OF_LAYER.get(f.layer.id);
      const { lng: lon, lat } = e.lngLat;
      if (f && owner?.onClick?.(f, { lon, lat, map })) return;
      const selection = (f && owner?.toSelection?.(f, context())) || { kind: 'point' as const, lon, lat };
      useSelectionStore.getState().select(selection);
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
    };
  }, [map, visible, sources, scoreAt]);

  return null;
}
