/**
 * Every map layer, basemap or overlay, declares an explicit draw order. One place sorts them
 * and refuses duplicates, so no module can silently slip a layer under or over another.
 * Bands: 0-99 basemap fills, 100-199 area overlays, 200-299 boundaries, 300-399 point overlays,
 * 400-499 labels, 500-599 place markers (features/markers: best sites, selected place, shortlist).
 */
import type { LayerSpecification } from 'maplibre-gl';

export interface OrderedLayer {
  order: number;
  layer: LayerSpecification;
}

export function sortLayers(layers: readonly OrderedLayer[]): LayerSpecification[] {
  const seenOrders = new Map<number, string>();
  const seenIds = new Set<string>();
  for (const { order, layer } of layers) {
    if (!Number.isFinite(order)) throw new Error(`Layer ${layer.id} has no draw order`);
    const clash = seenOrders.get(order);
    if (clash) throw new Error(`Layers ${clash} and ${layer.id} share draw order ${order}`);
    if (seenIds.has(layer.id)) throw new Error(`Layer id ${layer.id} declared twice`);
    seenOrders.set(order, layer.id);
    seenIds.add(layer.id);
  }
  return [...layers].sort((a, b) => a.order - b.order).map((l) => l.layer);
}
