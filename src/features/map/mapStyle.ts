/** Assembles the full style: basemap plus every overlay, sorted once by declared draw order. */
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { sortLayers, type OrderedLayer } from './layerOrder.ts';
import { basemapLayers, basemapSources } from './layers/basemap.ts';

export interface StylePart {
  sources: Record<string, SourceSpecification>;
  layers: OrderedLayer[];
}

export function buildStyle(parts: readonly StylePart[]): StyleSpecification {
  const all: StylePart[] = [{ sources: basemapSources(), layers: basemapLayers() }, ...parts];
  return {
    version: 8,
    // No glyphs: labels are drawn with a local font, so no font server is needed.
    sources: Object.assign({}, ...all.map((p) => p.sources)),
    layers: sortLayers(all.flatMap((p) => p.layers)),
  };
}
