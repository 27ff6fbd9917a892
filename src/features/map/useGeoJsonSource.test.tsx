// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMap } from './mapHandle.ts';
import { FEED_AHEAD_ZOOM, useGeoJsonSources } from './useGeoJsonSource.ts';

const collection = (n: number): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [i, 0] },
    properties: {},
  })),
});

/** A map with sources `a` and `b` (no layers) whose setData calls are recorded. */
function fakeMap() {
  const setData = { a: vi.fn(), b: vi.fn() };
  const map = {
    getSource: (id: string) => (id in setData ? { setData: setData[id as 'a' | 'b'] } : undefined),
    getZoom: () => 2,
    getLayersOrder: () => [],
    getLayer: () => undefined,
    getLayoutProperty: () => undefined,
  } as unknown as MapLibreMap;
  return { map, setData };
}

function Feeder({ sources }: { sources: Record<string, GeoJSON.GeoJSON> | undefined }) {
  useGeoJsonSources(sources);
  return null;
}

afterEach(() => {
  cleanup();
  registerMap(null);
});

describe('useGeoJsonSources', () => {
  it('sets each source once per data object: adding a source does not resend the others', () => {
    const { map, setData } = fakeMap();
    registerMap(map);
    const a = collection(3);
    const b = collection(5);
    const { rerender } = render(<Feeder sources={{ a }} />);
    expect(setData.a).toHaveBeenCalledTimes(1);
    expect(setData.a).toHaveBeenLastCalledWith(a);
    rerender(<Feeder sources={{ a, b }} />); // a new record, the same `a`
    expect(setData.a).toHaveBeenCalledTimes(1);
    expect(setData.b).toHaveBeenCalledTimes(1);
    const a2 = collection(4);
    rerender(<Feeder sources={{ a: a2, b }} />);
    expect(setData.a).toHaveBeenCalledTimes(2);
    expect(setData.a).toHaveBeenLastCalledWith(a2);
    expect(setData.b).toHaveBeenCalledTimes(1);
  });

  it('sets everything again on a new map, and skips a source the style does not have', () => {
    const first = fakeMap();
    registerMap(first.map);
    const a = collection(2);
    const { rerender } = render(<Feeder sources={{ a, missing: a }} />);
    const second = fakeMap();
    registerMap(second.map);
    rerender(<Feeder sources={{ a, missing: a }} />);
    expect(first.setData.a).toHaveBeenCalledTimes(1);
    expect(second.setData.a).toHaveBeenCalledTimes(1);
    expect(second.setData.a).toHaveBeenLastCalledWith(a);
  });
});

describe('useGeoJsonSources with a source not needed yet', () => {
  it('sets it once the map’s zoom makes it needed', () => {
    const setData = vi.fn();
    const handlers = new Map<string, () => void>();
    let zoom = 0;
    const map = {
      getSource: () => ({ setData }),
      getZoom: () => zoom,
      getLayersOrder: () => ['l'],
      getLayer: () => ({ source: 'a', minzoom: 5 }),
      getLayoutProperty: () => undefined,
      on: (type: string, f: () => void) => void handlers.set(type, f),
      off: (type: string) => void handlers.delete(type),
    } as unknown as MapLibreMap;
    registerMap(map);
    const a = collection(1);
    render(<Feeder sources={{ a }} />);
    expect(setData).not.toHaveBeenCalled();
    zoom = 5 - FEED_AHEAD_ZOOM;
    handlers.get('zoom')!();
    expect(setData).toHaveBeenCalledTimes(1);
    expect(handlers.size).toBe(0); // nothing left waiting: it stopped listening
  });
});
