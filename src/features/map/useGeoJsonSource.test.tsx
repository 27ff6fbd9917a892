// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { MARKERS_STYLE_PART } from '../markers/markerStyle.ts';
import { OVERLAY_STYLE_PARTS } from '../overlays/registry.ts';
import { PLANTS_SOURCE } from '../overlays/plants/plantFeatures.ts';
import { BASEMAP_SOURCES, PLACE_LABEL_TIERS, placeTierSource } from './layers/basemap.ts';
import { registerMap, WORLD_VIEW } from './mapHandle.ts';
import { buildStyle } from './mapStyle.ts';
import { FEED_AHEAD_ZOOM, sourceNeeded, useGeoJsonSources } from './useGeoJsonSource.ts';

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

/** The app's whole style as a map at `zoom` would report it, with the layers of `shown` sources made visible. */
function styleMap(zoom: number, shown: string[] = []) {
  const layers = buildStyle([...OVERLAY_STYLE_PARTS, MARKERS_STYLE_PART]).layers as (LayerSpecification & {
    source?: string;
  })[];
  const byId = new Map(layers.map((l) => [l.id, l]));
  return {
    getZoom: () => zoom,
    getLayersOrder: () => layers.map((l) => l.id),
    getLayer: (id: string) => byId.get(id),
    getLayoutProperty: (id: string) =>
      shown.includes(byId.get(id)?.source ?? '') ? 'visible' : byId.get(id)?.layout?.visibility,
  } as unknown as MapLibreMap;
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

describe('sourceNeeded, on the app’s style', () => {
  it('feeds the world view its land and top city labels, not the state borders or the smaller cities', () => {
    const map = styleMap(WORLD_VIEW.zoom);
    expect(sourceNeeded(map, BASEMAP_SOURCES.countries)).toBe(true);
    PLACE_LABEL_TIERS.forEach((t, i) =>
      expect(sourceNeeded(map, placeTierSource(i))).toBe(t.minzoom - FEED_AHEAD_ZOOM <= WORLD_VIEW.zoom),
    );
    expect(sourceNeeded(map, placeTierSource(0))).toBe(true);
    expect(sourceNeeded(map, placeTierSource(PLACE_LABEL_TIERS.length - 1))).toBe(false);
    expect(sourceNeeded(map, BASEMAP_SOURCES.admin1)).toBe(false);
  });

  it('feeds each city tier a zoom step before its layer starts, and the state borders from then on', () => {
    PLACE_LABEL_TIERS.forEach((t, i) =>
      expect(sourceNeeded(styleMap(t.minzoom - FEED_AHEAD_ZOOM), placeTierSource(i))).toBe(true),
    );
    // the tiers that start above zoom 0 wait until then
    const later = PLACE_LABEL_TIERS.flatMap((t, i) => (t.minzoom > 0 ? [{ t, i }] : []));
    expect(later.length).toBeGreaterThan(0);
    for (const { t, i } of later)
      expect(sourceNeeded(styleMap(t.minzoom - FEED_AHEAD_ZOOM - 0.01), placeTierSource(i))).toBe(false);
    expect(sourceNeeded(styleMap(4), BASEMAP_SOURCES.admin1)).toBe(true);
  });

  it('feeds a hidden overlay’s source once one of its layers is shown', () => {
    expect(sourceNeeded(styleMap(8), PLANTS_SOURCE)).toBe(false);
    expect(sourceNeeded(styleMap(8, [PLANTS_SOURCE]), PLANTS_SOURCE)).toBe(true);
    expect(sourceNeeded(styleMap(WORLD_VIEW.zoom, [BASEMAP_SOURCES.admin1]), BASEMAP_SOURCES.admin1)).toBe(
      true,
    );
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
