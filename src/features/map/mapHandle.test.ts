import { afterEach, describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  flyTo,
  getMap,
  getView,
  jumpTo,
  onViewChange,
  openingView,
  registerMap,
  WORLD_VIEW,
} from './mapHandle.ts';

/** The part of a MapLibre map the handle uses: position, moves and moveend listeners. */
function fakeMap(lon: number, lat: number, zoom: number) {
  const listeners = new Set<() => void>();
  const flights: unknown[] = [];
  const map = {
    getCenter: () => ({ lng: lon, lat }),
    getZoom: () => zoom,
    jumpTo: ({ center, zoom: z }: { center: [number, number]; zoom: number }) => {
      [lon, lat] = center;
      zoom = z;
      listeners.forEach((l) => l());
    },
    flyTo: (options: unknown) => flights.push(options),
    on: (_: 'moveend', l: () => void) => listeners.add(l),
    off: (_: 'moveend', l: () => void) => listeners.delete(l),
  };
  return { map: map as unknown as MapLibreMap, listeners, flights };
}

afterEach(() => registerMap(null));

describe('map handle', () => {
  it('keeps a view set before the map exists as the view the map opens at', () => {
    expect(getMap()).toBeNull();
    jumpTo({ lon: 5, lat: 6, zoom: 7 });
    expect(openingView()).toEqual({ lon: 5, lat: 6, zoom: 7 });
    expect(getView()).toEqual({ lon: 5, lat: 6, zoom: 7 });
    jumpTo(WORLD_VIEW);
  });

  it('reads the view from the map itself, and reports it when the map loads and on every moveend', () => {
    const views: unknown[] = [];
    const stop = onViewChange((v) => views.push(v));
    const { map, listeners } = fakeMap(10, 20, 3);
    registerMap(map);
    expect(views).toEqual([{ lon: 10, lat: 20, zoom: 3 }]);
    jumpTo({ lon: -1, lat: 2, zoom: 4 });
    expect(getView()).toEqual({ lon: -1, lat: 2, zoom: 4 });
    expect(views.at(-1)).toEqual({ lon: -1, lat: 2, zoom: 4 });
    expect(openingView()).toEqual(WORLD_VIEW);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('follows a re-created map and flies only once a map is there', () => {
    const views: unknown[] = [];
    const stop = onViewChange((v) => views.push(v));
    flyTo({ lon: 1, lat: 1 });
    const first = fakeMap(1, 1, 1);
    registerMap(first.map);
    registerMap(null);
    expect(first.listeners.size).toBe(0);
    const second = fakeMap(2, 2, 2);
    registerMap(second.map);
    flyTo({ lon: 3, lat: 4 });
    expect(second.flights).toEqual([{ center: [3, 4], zoom: 6, essential: true }]);
    expect(views).toEqual([
      { lon: 1, lat: 1, zoom: 1 },
      { lon: 2, lat: 2, zoom: 2 },
    ]);
    stop();
  });
});
