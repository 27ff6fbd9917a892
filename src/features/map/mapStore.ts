/** The live map instance and the current view (centre, zoom), shared by panels and overlays. */
import { create } from 'zustand';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** The whole world, framed for a wide window. */
export const WORLD_VIEW: MapView = { lon: -25, lat: 28, zoom: 1.35 };

interface MapState {
  map: MapLibreMap | null;
  /** True once the style has loaded and sources can be fed. */
  ready: boolean;
  view: MapView;
  setMap: (map: MapLibreMap | null) => void;
  setReady: (ready: boolean) => void;
  setView: (view: MapView) => void;
  flyTo: (target: { lon: number; lat: number; zoom?: number }) => void;
}

export const useMapStore = create<MapState>((set, get) => ({
  map: null,
  ready: false,
  view: WORLD_VIEW,
  setMap: (map) => set({ map, ready: false }),
  setReady: (ready) => set({ ready }),
  setView: (view) => set({ view }),
  flyTo: ({ lon, lat, zoom }) => {
    const map = get().map;
    if (!map) return;
    map.flyTo({ center: [lon, lat], zoom: zoom ?? Math.max(map.getZoom(), 6), essential: true });
  },
}));
