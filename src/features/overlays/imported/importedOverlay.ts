/**
 * Candidate sites the user imported from a file: magenta diamonds drawn above every other point overlay.
 * The sites live in the import feature, above the overlays: it mounts ImportedSitesLayer with them.
 */
import type { Overlay } from '../overlay.ts';

export const IMPORTED_SOURCE = 'imported-sites';
export const IMPORTED_LAYER = 'imported-sites-diamonds';
export const IMPORTED_ICON = 'imported-site-diamond';
export const IMPORTED_COLOR = '#db2777';

export interface ImportedPoint {
  row: number;
  name: string;
  lat: number;
  lon: number;
}

export function importedFeatures(sites: readonly ImportedPoint[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: sites.map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: { row: s.row, name: s.name },
    })),
  };
}

/** A diamond icon as RGBA pixels (filled, with a white outline), for map.addImage. */
export function diamondIcon(size = 20): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const c = (size - 1) / 2;
  const fill = [0xdb, 0x27, 0x77];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const d = Math.abs(x - c) + Math.abs(y - c);
      if (d > c) continue;
      const i = (y * size + x) * 4;
      const rgb = d > c - 2 ? [255, 255, 255] : fill;
      data.set([...rgb, 255], i);
    }
  return { width: size, height: size, data };
}

export const importedOverlay: Overlay = {
  id: 'imported-sites',
  label: 'Imported candidate sites',
  group: 'Context',
  defaultVisible: true,
  description:
    'Candidate sites you imported from a CSV, GeoJSON or KML file (Shortlist tab). Kept in this browser.',
  style: {
    sources: { [IMPORTED_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      {
        order: 360,
        layer: {
          id: IMPORTED_LAYER,
          type: 'symbol',
          source: IMPORTED_SOURCE,
          layout: {
            'icon-image': IMPORTED_ICON,
            'icon-size': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 8, 1],
            'icon-allow-overlap': true,
            'icon-ignore-placement': true,
          },
          paint: { 'icon-opacity': 1 },
        },
      },
    ],
  },
  opacity: [[IMPORTED_LAYER, 'icon-opacity', 1]],
  interactiveLayers: [IMPORTED_LAYER],
  describe: (f) => ({
    title: String(f.properties?.name),
    lines: ['Imported candidate site', 'Click for its score'],
  }),
  toSelection: (f) => {
    if (f.geometry.type !== 'Point') return null;
    const [lon, lat] = f.geometry.coordinates;
    return { kind: 'point', lon, lat, label: String(f.properties?.name), origin: 'import' };
  },
  legend: {
    kind: 'categories',
    items: [{ color: IMPORTED_COLOR, label: 'Imported candidate site', shape: 'square' }],
  },
  sourceIds: [],
};
