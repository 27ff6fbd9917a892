/** The contract every overlay module keeps, so the generic loops (layers, map, inspector) can rely on it. */
import { describe, expect, it } from 'vitest';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { basemapLayers, basemapSources } from '../map/layers/basemap.ts';
import { buildStyle } from '../map/mapStyle.ts';
import { overlayLayerIds, type OverlayContext } from './overlay.ts';
import { OVERLAYS, OVERLAY_OF_LAYER, OVERLAY_STYLE_PARTS } from './registry.ts';

const ctx: OverlayContext = { data: {}, sources: new Map(), grid: null };

/** A point feature on one of an overlay's layers, as queryRenderedFeatures returns it. */
const featureOn = (layerId: string) =>
  ({
    type: 'Feature',
    layer: { id: layerId },
    geometry: { type: 'Point', coordinates: [10, 20] },
    properties: { id: 'x', i: 0, name: 'A place' },
  }) as unknown as MapGeoJSONFeature;

describe('overlay registry', () => {
  it('gives every overlay its own id', () => {
    const ids = OVERLAYS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds one style: layer ids and draw orders unique across basemap and overlays', () => {
    const style = buildStyle(OVERLAY_STYLE_PARTS);
    const declared = basemapLayers().length + OVERLAYS.flatMap(overlayLayerIds).length;
    expect(style.layers.length).toBe(declared);
  });

  it('lets each overlay own its sources, and draws every layer from a declared source', () => {
    const own = OVERLAYS.flatMap((o) => Object.keys(o.style.sources));
    expect(new Set(own).size).toBe(own.length);
    const known = new Set([...own, ...Object.keys(basemapSources())]);
    const used = OVERLAYS.flatMap((o) =>
      o.style.layers.map((l) => ('source' in l.layer ? l.layer.source : undefined)),
    );
    expect(used.filter((s) => s === undefined || !known.has(s))).toEqual([]);
  });

  it('makes only its own layers interactive, and each interactive overlay describes its features', () => {
    for (const overlay of OVERLAYS) {
      const own = overlayLayerIds(overlay);
      expect(
        overlay.interactiveLayers.filter((id) => !own.includes(id)),
        overlay.id,
      ).toEqual([]);
    }
    const interactive = OVERLAYS.filter((o) => o.interactiveLayers.length > 0);
    expect(interactive.length).toBeGreaterThan(0);
    expect(interactive.filter((o) => !o.describe).map((o) => o.id)).toEqual([]);
  });

  it('scales opacity only on its own layers', () => {
    const foreign = OVERLAYS.flatMap((o) =>
      o.opacity.filter(([layer]) => !overlayLayerIds(o).includes(layer)).map(([layer]) => `${o.id}:${layer}`),
    );
    expect(foreign).toEqual([]);
  });

  it('maps every layer to the overlay declaring it', () => {
    for (const overlay of OVERLAYS)
      for (const id of overlayLayerIds(overlay)) expect(OVERLAY_OF_LAYER.get(id)).toBe(overlay);
  });

  it('shows the selections its features make in its own details card', () => {
    const made = OVERLAYS.flatMap((overlay) =>
      overlay.interactiveLayers.map((layer) => ({
        overlay,
        selection: overlay.toSelection?.(featureOn(layer), ctx) ?? null,
      })),
    );
    // Point selections are shown by the details panel itself; every other kind by the overlay that made it.
    const owned = made.filter((m) => m.selection && m.selection.kind !== 'point');
    expect(owned.length).toBeGreaterThan(0);
    for (const { overlay, selection } of owned) {
      expect(overlay.details?.owns(selection!), overlay.id).toBe(true);
      expect(OVERLAYS.filter((o) => o.details?.owns(selection!))).toEqual([overlay]);
    }
  });
});
