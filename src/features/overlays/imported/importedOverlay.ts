/**
 * Candidate sites the user imported from a file: magenta circles with a white ring, drawn above every other
 * point overlay. Circles, not symbols: a symbol layer with an icon per point broke MapLibre's symbol buckets at
 * 100,000 points (the map never settled), while circles draw that many in one pass. The sites live in the
 * import feature, above the overlays: it mounts ImportedSitesLayer with the visible layers' sites.
 */
import type { Overlay } from '../overlay.ts';

export const IMPORTED_SOURCE = 'imported-sites';
export const IMPORTED_LAYER = 'imported-sites-circles';
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

export const importedOverlay: Overlay = {
  id: 'imported-sites',
  label: 'Imported candidate sites',
  group: 'Context',
  defaultVisible: true,
  description:
    'Candidate sites you imported from a CSV, GeoJSON, KML or GPX file (Shortlist tab), of the import layers shown there. Kept in this browser.',
  style: {
    sources: { [IMPORTED_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      {
        order: 360,
        layer: {
          id: IMPORTED_LAYER,
          type: 'circle',
          source: IMPORTED_SOURCE,
          paint: {
            'circle-color': IMPORTED_COLOR,
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3, 8, 6],
            'circle-opacity': 1,
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 1.2,
            'circle-stroke-opacity': 1,
          },
        },
      },
    ],
  },
  opacity: [
    [IMPORTED_LAYER, 'circle-opacity', 1],
    [IMPORTED_LAYER, 'circle-stroke-opacity', 1],
  ],
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
    items: [{ color: IMPORTED_COLOR, label: 'Imported candidate site', shape: 'circle' }],
  },
  sourceIds: [],
};
