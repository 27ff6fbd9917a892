/** Power plants (WRI GPPD): circles sized by MW and coloured by fuel, clustered by total MW at low zoom. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Overlay } from '../overlay.ts';
import { describePlant } from './describePlant.ts';
import { PlantDetails } from './PlantDetails.tsx';
import { PLANTS_SOURCE } from './plantFeatures.ts';
import { PlantFilters } from './PlantFilters.tsx';
import { PlantsData } from './PlantsData.tsx';

export const PLANT_LAYERS = {
  clusters: 'power-plants-clusters',
  clusterLabels: 'power-plants-cluster-labels',
  points: 'power-plants-points',
} as const;

export const FUEL_COLORS: Record<string, string> = {
  Hydro: '#1d4ed8',
  Wind: '#06b6d4',
  Solar: '#eab308',
  Nuclear: '#9333ea',
  Gas: '#f97316',
  Coal: '#44403c',
  Oil: '#991b1b',
  Geothermal: '#be185d',
  Biomass: '#16a34a',
  Waste: '#65a30d',
  Storage: '#0ea5e9',
};
const OTHER_FUEL = '#a8a29e';

const fuelColor: ExpressionSpecification = [
  'match',
  ['get', 'fuel'],
  ...Object.entries(FUEL_COLORS).flat(),
  OTHER_FUEL,
] as unknown as ExpressionSpecification;

export const plantsOverlay: Overlay = {
  id: 'power-plants',
  label: 'Power plants',
  group: 'Power',
  defaultVisible: false,
  description: 'Generation plants from the WRI Global Power Plant Database; clusters show total MW.',
  style: {
    sources: {
      [PLANTS_SOURCE]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: 6,
        clusterProperties: { mw: ['+', ['get', 'mw']] },
      },
    },
    layers: [
      {
        order: 310,
        layer: {
          id: PLANT_LAYERS.clusters,
          type: 'circle',
          source: PLANTS_SOURCE,
          filter: ['has', 'point_count'],
          paint: {
            'circle-color': '#334155',
            'circle-opacity': 0.55,
            'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'mw']], 0, 6, 100, 12, 400, 30],
            'circle-stroke-color': '#f8fafc',
            'circle-stroke-width': 1,
          },
        },
      },
      {
        order: 311,
        layer: {
          id: PLANT_LAYERS.clusterLabels,
          type: 'symbol',
          source: PLANTS_SOURCE,
          filter: ['has', 'point_count'],
          layout: {
            'text-field': ['concat', ['to-string', ['round', ['/', ['get', 'mw'], 1000]]], ' GW'],
            'text-font': ['sans-serif'],
            'text-size': 10,
            'text-allow-overlap': false,
          },
          paint: { 'text-color': '#ffffff' },
        },
      },
      {
        order: 320,
        layer: {
          id: PLANT_LAYERS.points,
          type: 'circle',
          source: PLANTS_SOURCE,
          filter: ['!', ['has', 'point_count']],
          paint: {
            'circle-color': fuelColor,
            'circle-opacity': 0.8,
            'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'mw']], 0, 2, 10, 5, 70, 16],
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 0.5,
          },
        },
      },
    ],
  },
  opacity: [
    [PLANT_LAYERS.clusters, 'circle-opacity', 0.55],
    [PLANT_LAYERS.points, 'circle-opacity', 0.8],
  ],
  datasets: ['powerPlants'],
  Data: PlantsData,
  Options: PlantFilters,
  interactiveLayers: [PLANT_LAYERS.points, PLANT_LAYERS.clusters],
  describe: (f, ctx) => {
    const p = f.properties ?? {};
    if (f.layer.id === PLANT_LAYERS.clusters)
      return {
        title: `${p.point_count} power plants`,
        lines: [`${Math.round(Number(p.mw))} MW in total`, 'Zoom in to see each plant'],
      };
    return describePlant(Number(p.i), ctx.data.powerPlants);
  },
  toSelection: (f) =>
    f.layer.id === PLANT_LAYERS.points ? { kind: 'plant', index: Number(f.properties?.i) } : null,
  // A cluster zooms in instead of selecting.
  onClick: (f, { lon, lat, map }) => {
    if (f.layer.id !== PLANT_LAYERS.clusters) return false;
    map.easeTo({ center: [lon, lat], zoom: map.getZoom() + 2 });
    return true;
  },
  details: { owns: (s) => s.kind === 'plant', Card: PlantDetails },
  legend: {
    kind: 'categories',
    items: [
      ...Object.entries(FUEL_COLORS).map(([fuel, color]) => ({ color, label: fuel })),
      { color: OTHER_FUEL, label: 'Other fuels' },
      { color: '#334155', label: 'Cluster (total MW)' },
    ],
  },
  sourceIds: (data) => (data.powerPlants ? [data.powerPlants.sourceId] : []),
};
