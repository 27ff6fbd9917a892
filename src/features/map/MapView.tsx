/** The map canvas. Creates MapLibre once with the full style and registers it once loaded; overlays feed their own sources. */
import { useEffect, useRef } from 'react';
import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { buildStyle, type StylePart } from './mapStyle.ts';
import { boundsOf, openingView, registerMap, setOpeningBounds } from './mapHandle.ts';
import { MAP_KEYBOARD_LABEL, MapKeyboard } from './MapKeyboard.tsx';

export function MapView({ styleParts }: { styleParts: readonly StylePart[] }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const view = openingView();
    const map = new MapLibreMap({
      container: container.current,
      style: buildStyle(styleParts),
      center: [view.lon, view.lat],
      zoom: view.zoom,
      attributionControl: { compact: true, customAttribution: 'Natural Earth · GeoNames · see Data sources' },
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      // No symbol fade: a fade is drawn over several frames and placement is spread over frames while it runs; under
      // software WebGL each frame costs ~150-200 ms, so labels arrived seconds later (bench:browser first view).
      fadeDuration: 0,
      keyboard: true, // arrows pan, + / − zoom; Enter and Space: MapKeyboard
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    map.getCanvas().setAttribute('aria-label', MAP_KEYBOARD_LABEL);
    setOpeningBounds(boundsOf(map));
    const host = container.current;
    map.on('load', () => registerMap(map));
    // Style, source and tile errors reach the console, where people and browser tests see them.
    map.on('error', (e) => console.error('Map error:', e.error?.message ?? e));
    // Tests and people waiting on the map can read whether it is still drawing.
    map.on('idle', () => (host.dataset.idle = 'true'));
    map.on('dataloading', () => (host.dataset.idle = 'false'));
    map.on('movestart', () => (host.dataset.idle = 'false'));
    if (import.meta.env.MODE !== 'production' || new URLSearchParams(location.search).has('debug'))
      (window as unknown as { __map: unknown }).__map = map;
    return () => {
      registerMap(null);
      setOpeningBounds(null);
      map.remove();
    };
    // The style is built once; overlays change visibility and data through the map afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <div ref={container} className="map" data-testid="map" />
      <MapKeyboard />
    </>
  );
}
