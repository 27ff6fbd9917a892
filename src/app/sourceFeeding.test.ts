/** Which GeoJSON sources the app's whole style feeds when (map/useGeoJsonSource.ts: sourceNeeded). */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_SOURCES, PLACE_LABEL_TIERS, placeTierSource } from '../features/map/layers/basemap.ts';
import { WORLD_VIEW } from '../features/map/mapHandle.ts';
import { buildStyle } from '../features/map/mapStyle.ts';
import { FEED_AHEAD_ZOOM, sourceNeeded } from '../features/map/useGeoJsonSource.ts';
import { MARKERS_STYLE_PART } from '../features/markers/markerStyle.ts';
import { PLANTS_SOURCE } from '../features/overlays/plants/plantFeatures.ts';
import { OVERLAY_STYLE_PARTS } from '../features/overlays/registry.ts';

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
