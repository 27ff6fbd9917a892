/**
 * The one owner of the live MapLibre instance. MapView registers the map here once its style has loaded;
 * everyone else reads it through `useMap()` (components) or `getMap()` (event handlers).
 *
 * The view (centre, zoom) is not copied anywhere: the map is its only owner. Read it with `getView()`,
 * follow it with `onViewChange` (fires on `moveend`), move it with `flyTo` / `jumpTo`.
 */
import { useSyncExternalStore } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ViewBounds } from '../../domain/fineSurfaceLattice.ts';

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** The whole world, framed for a wide window. */
export const WORLD_VIEW: MapView = { lon: -25, lat: 28, zoom: 1.35 };

let loaded: MapLibreMap | null = null;
/** Where the map opens: set (from the URL) before it is created; never updated while it moves. */
let opening: MapView = WORLD_VIEW;
const listeners = new Set<() => void>();

/** MapView's hook: the map once its style has loaded (sources can be fed), null when it is removed. */
export function registerMap(map: MapLibreMap | null): void {
  if (loaded === map) return;
  loaded = map;
  listeners.forEach((l) => l());
}

/** The loaded map, or null before it has loaded. */
export const getMap = (): MapLibreMap | null => loaded;

export function subscribeMap(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The loaded map, or null; components re-render when it appears or goes. */
export const useMap = (): MapLibreMap | null => useSyncExternalStore(subscribeMap, getMap, getMap);

/** The map's current view, read from the map itself (the opening view before it exists). */
export function getView(): MapView {
  if (!loaded) return opening;
  const c = loaded.getCenter();
  return { lon: c.lng, lat: c.lat, zoom: loaded.getZoom() };
}

/** The view the map opens at (read by MapView when it creates the map). */
export const openingView = (): MapView => opening;

let openedBounds: ViewBounds | null = null;
/** MapView's hook: the bounds of the map it created, before the map has loaded (its container's size is known). */
export function setOpeningBounds(bounds: ViewBounds | null): void {
  openedBounds = bounds;
}
/** A map's bounds as west, south, east and north edges. */
export function boundsOf(map: MapLibreMap): ViewBounds {
  const b = map.getBounds();
  return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
}
/** The bounds the map opened with, once MapView has created it (null before): for work that can start early. */
export const openingBounds = (): ViewBounds | null => openedBounds;

/** Moves the map to a view at once, or makes the map open there if it is not loaded yet. */
export function jumpTo(view: MapView): void {
  if (loaded) loaded.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  else opening = view;
}

/** Flies to a place, at least to zoom 6 unless a zoom is given. */
export function flyTo({ lon, lat, zoom }: { lon: number; lat: number; zoom?: number }): void {
  if (!loaded) return;
  loaded.flyTo({ center: [lon, lat], zoom: zoom ?? Math.max(loaded.getZoom(), 6), essential: true });
}

/**
 * Calls `listener` with the view whenever the map stops moving, and once when a map loads (its view
 * became readable). Follows the map across re-creation.
 */
export function onViewChange(listener: (view: MapView) => void): () => void {
  let attached: MapLibreMap | null = null;
  const onMoveEnd = () => listener(getView());
  const follow = () => {
    if (attached === loaded) return;
    attached?.off('moveend', onMoveEnd);
    attached = loaded;
    if (attached) {
      attached.on('moveend', onMoveEnd);
      onMoveEnd();
    }
  };
  follow();
  const unsubscribe = subscribeMap(follow);
  return () => {
    unsubscribe();
    attached?.off('moveend', onMoveEnd);
  };
}
