/**
 * The map from the keyboard: the canvas is focusable with a name that says what the keys do; MapLibre's
 * keyboard handler pans (arrows) and zooms (+ / −); Enter or Space acts as a click at the map centre, marked by
 * a crosshair while the map has keyboard focus. The click goes through the map's own click listeners (the
 * inspect feature's selection path), so a key press selects exactly what a click there would.
 */
import { useEffect, useState } from 'react';
import { MapMouseEvent, type Map as MapLibreMap } from 'maplibre-gl';
import { useMap } from './mapHandle.ts';
import './map.css';

export const MAP_KEYBOARD_LABEL =
  'Map. Arrow keys pan, plus and minus zoom, Enter scores the place under the crosshair';

/** Fires a map click at the centre of the canvas, as a mouse click there would. */
export function clickMapCentre(map: MapLibreMap): void {
  const rect = map.getCanvas().getBoundingClientRect();
  const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
  map.fire(new MapMouseEvent('click', map, new MouseEvent('click', at)));
}

export function MapKeyboard() {
  const map = useMap();
  const [crosshair, setCrosshair] = useState(false);
  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    canvas.tabIndex = 0;
    canvas.setAttribute('aria-label', MAP_KEYBOARD_LABEL);
    // shown for keyboard focus (a mouse click focuses the canvas too, without :focus-visible) and on any key
    const onFocus = () => setCrosshair(canvas.matches(':focus-visible'));
    const onBlur = () => setCrosshair(false);
    const onKeyDown = (e: KeyboardEvent) => {
      setCrosshair(true);
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      clickMapCentre(map);
    };
    canvas.addEventListener('focus', onFocus);
    canvas.addEventListener('blur', onBlur);
    canvas.addEventListener('keydown', onKeyDown);
    return () => {
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
      canvas.removeEventListener('keydown', onKeyDown);
    };
  }, [map]);
  return crosshair ? <div className="map-crosshair" data-testid="map-crosshair" aria-hidden="true" /> : null;
}
