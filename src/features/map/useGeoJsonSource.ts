/**
 * Feeds data into GeoJSON sources once the map is ready and a layer can draw them, and again whenever the data
 * changes. setData has MapLibre walk every feature on the main thread to message its worker, which then tiles them:
 * a source whose layers are all hidden, or all start more than FEED_AHEAD_ZOOM above the map's zoom, waits until one
 * of them can draw (the first view does not pay for the state borders it does not draw below zoom 2.5, nor for the
 * smaller cities' labels).
 */
import { useEffect, useMemo, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useMap } from './mapHandle.ts';

/** A source is fed this many zoom levels before a layer of it starts drawing, so its data is there when it does. */
export const FEED_AHEAD_ZOOM = 1;

/**
 * Whether a layer of the map's style can draw `sourceId` now or within FEED_AHEAD_ZOOM of the map's zoom: visible,
 * and the zoom within its range widened by FEED_AHEAD_ZOOM. True for a source no layer draws (nothing to judge by).
 */
export function sourceNeeded(map: MapLibreMap, sourceId: string): boolean {
  const zoom = map.getZoom();
  let drawn = false;
  for (const id of map.getLayersOrder()) {
    const layer = map.getLayer(id);
    if (layer?.source !== sourceId) continue;
    drawn = true;
    if (map.getLayoutProperty(id, 'visibility') === 'none') continue;
    const min = (layer.minzoom ?? 0) - FEED_AHEAD_ZOOM;
    const max = (layer.maxzoom ?? Infinity) + FEED_AHEAD_ZOOM;
    if (zoom >= min && zoom < max) return true;
  }
  return !drawn;
}

/**
 * Several sources at once: `sources` maps a source id to its data. A source is set once per data object (adding a
 * source to the record does not resend the others), when sourceNeeded says so: until then it waits for the map's
 * zoom or style (a layer shown) to change. A source left out keeps what it was given.
 */
export function useGeoJsonSources(sources: Readonly<Record<string, GeoJSON.GeoJSON>> | undefined): void {
  const map = useMap();
  const sent = useRef<{ map: MapLibreMap; data: Map<string, GeoJSON.GeoJSON> } | null>(null);
  useEffect(() => {
    if (!map || !sources) return;
    if (sent.current?.map !== map) sent.current = { map, data: new Map() };
    const { data: last } = sent.current;
    /** Sets what can be set; true once nothing is left waiting. */
    const feed = () => {
      let waiting = false;
      for (const [id, data] of Object.entries(sources)) {
        if (last.get(id) === data) continue;
        const source = map.getSource(id) as GeoJSONSource | undefined;
        if (!source) continue;
        if (!sourceNeeded(map, id)) {
          waiting = true;
          continue;
        }
        source.setData(data);
        last.set(id, data);
      }
      return !waiting;
    };
    if (feed()) return;
    const check = () => {
      if (feed()) stop();
    };
    const stop = () => {
      map.off('zoom', check);
      map.off('styledata', check);
    };
    map.on('zoom', check);
    map.on('styledata', check);
    return stop;
  }, [map, sources]);
}

export function useGeoJsonSource(sourceId: string, data: GeoJSON.GeoJSON | undefined): void {
  useGeoJsonSources(useMemo(() => data && { [sourceId]: data }, [sourceId, data]));
}
