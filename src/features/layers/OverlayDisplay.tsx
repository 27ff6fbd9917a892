/** Applies the layers store to the map: each overlay's visibility and opacity. Renders nothing. */
import { useEffect } from 'react';
import { useMap } from '../map/mapHandle.ts';
import { overlayLayerIds } from '../overlays/overlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import { useLayersStore } from './layersStore.ts';

export function OverlayDisplay() {
  const map = useMap();
  const visible = useLayersStore((s) => s.visible);
  const opacity = useLayersStore((s) => s.opacity);

  useEffect(() => {
    if (!map) return;
    for (const overlay of OVERLAYS) {
      const visibility = visible[overlay.id] ? 'visible' : 'none';
      for (const id of overlayLayerIds(overlay)) map.setLayoutProperty(id, 'visibility', visibility);
      const factor = opacity[overlay.id] ?? 1;
      for (const [layerId, property, full] of overlay.opacity)
        map.setPaintProperty(layerId, property as 'fill-opacity', full * factor);
    }
  }, [map, visible, opacity]);

  return null;
}
