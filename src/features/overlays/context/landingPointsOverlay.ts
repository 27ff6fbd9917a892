/** Submarine cable landing points (TeleGeography): where international bandwidth comes ashore. */
import type { Overlay } from '../overlay.ts';

export const LANDING_SOURCE = 'landing-points';
export const LANDING_LAYER = 'landing-points-circles';

export const landingPointsOverlay: Overlay = {
  id: 'landing-points',
  label: 'Cable landing points',
  group: 'Context',
  defaultVisible: false,
  description: 'Submarine cable landing points: where international bandwidth comes ashore.',
  style: {
    sources: { [LANDING_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      {
        order: 330,
        layer: {
          id: LANDING_LAYER,
          type: 'circle',
          source: LANDING_SOURCE,
          paint: {
            'circle-color': '#0891b2',
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 2, 8, 5],
            'circle-opacity': 0.9,
            'circle-stroke-color': '#ecfeff',
            'circle-stroke-width': 0.8,
          },
        },
      },
    ],
  },
  opacity: [[LANDING_LAYER, 'circle-opacity', 0.9]],
  interactiveLayers: [LANDING_LAYER],
  legend: { kind: 'categories', items: [{ color: '#0891b2', label: 'Cable landing point' }] },
  sourceIds: (data) =>
    data.landingPoints
      ? [...new Set(data.landingPoints.features.map((f) => String(f.properties?.sourceId ?? '')))].filter(
          Boolean,
        )
      : [],
};
