/** Applies the layers store to the map: visibility, opacity and the tariff sector. Renders nothing. */
import { useEffect } from 'react';
import { useLayersStore } from '../layers/layersStore.ts';
import { useMapStore } from '../map/mapStore.ts';
import { overlayLayerIds } from './overlay.ts';
import { OVERLAYS } from './registry.ts';
import { TARIFF_LAYERS, tariffFillColor } from './tariffs/tariffsOverlay.ts';

export function OverlayDisplay() {
  const map = useMapStore((s) => s.map);
  const ready = useMapStore((s) => s.ready);
  const visible = useLayersStore((s) => s.visible);
  const opacity = useLayersStore((s) => s.opacity);
  const sector = useLayersStore((s) => s.tariffSector);

  useEffect(() => {
    if (!map || !ready) return;
    for (const overlay of OVERLAYS) {
      const visibility = visible[overlay.id] ? 'visible' : 'none';
      for (const id of overlayLayerIds(overlay)) map.setLayoutProperty(id, 'visibility', visibility);
      const factor = opacity[overlay.id] ?? 1;
      for (const [layerId, property, full] of overlay.opacity)
        map.setPaintProperty(layerId, property as 'fill-opacity', full * factor);
    }
  }, [map, ready, visible, opacity]);

  useEffect(() => {
    if (!map || !ready) return;
    map.setPaintProperty(TARIFF_LAYERS.country, 'fill-color', tariffFillColor(sector));
    map.setPaintProperty(TARIFF_LAYERS.subnational, 'fill-color', tariffFillColor(sector));
  }, [map, ready, sector]);

  return null;
}
