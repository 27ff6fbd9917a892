/** Submarine cable landing points (TeleGeography): where international bandwidth comes ashore. */
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { useGeoJsonSource } from '../../map/useGeoJsonSource.ts';
import type { Overlay } from '../overlay.ts';
import { LandingPointCard } from './LandingPointCard.tsx';

export const LANDING_SOURCE = 'landing-points';
export const LANDING_LAYER = 'landing-points-circles';

function LandingPointsData() {
  const points = useDatasetStore((s) => s.data.landingPoints);
  useGeoJsonSource(LANDING_SOURCE, points as GeoJSON.FeatureCollection | undefined);
  return null;
}

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
  datasets: ['landingPoints'],
  Data: LandingPointsData,
  interactiveLayers: [LANDING_LAYER],
  describe: (f) => ({
    title: String(f.properties?.name),
    lines: ['Submarine cable landing point', `${f.properties?.n_cables ?? '?'} cables`],
  }),
  toSelection: (f) => {
    if (f.geometry.type !== 'Point') return null;
    const [lon, lat] = f.geometry.coordinates;
    const properties = f.properties ?? {};
    return {
      kind: 'feature',
      overlay: 'landing-points',
      name: String(properties.name),
      lon,
      lat,
      properties,
    };
  },
  details: { owns: (s) => s.kind === 'feature' && s.overlay === 'landing-points', Card: LandingPointCard },
  legend: { kind: 'categories', items: [{ color: '#0891b2', label: 'Cable landing point' }] },
  sourceIds: (data) =>
    data.landingPoints
      ? [...new Set(data.landingPoints.features.map((f) => String(f.properties?.sourceId ?? '')))].filter(
          Boolean,
        )
      : [],
};
