/**
 * Current power plants (GEM trackers + EIA-860M + WRI GPPD, de-duplicated by the pipeline): circles sized by MW,
 * coloured by fuel, ringed when not yet built, clustered by total MW at low zoom.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PlantFuel } from '../../../contract/plants.ts';
import type { Overlay } from '../overlay.ts';
import { formatMw } from '../formatMw.ts';
import { CLUSTER_HALO_PX, CLUSTER_TEXT_SIZE, clusterLabel, clusterRadius } from './clusterStyle.ts';
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

/** Colours of the contract's fuels (data/plants.json `fuels`). */
export const FUEL_COLORS: Record<PlantFuel, string> = {
  hydro: '#1d4ed8',
  wind: '#06b6d4',
  solar: '#eab308',
  nuclear: '#9333ea',
  gas: '#f97316',
  coal: '#44403c',
  oil: '#991b1b',
  geothermal: '#be185d',
  bioenergy: '#16a34a',
  storage: '#0ea5e9',
  other: '#a8a29e',
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
  description:
    'Current plants: Global Energy Monitor trackers and EIA-860M (US), WRI GPPD only where neither lists the plant. Filter by status; clusters show total MW.',
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
            'circle-radius': clusterRadius,
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
            // the same "850 MW" / "1.2 GW" as formatMw, inside a circle sized to hold it (clusterStyle.ts)
            'text-field': clusterLabel,
            'text-font': ['sans-serif'],
            'text-size': CLUSTER_TEXT_SIZE,
            'text-allow-overlap': true,
          },
          paint: {
            'text-color': '#ffffff',
            'text-halo-color': '#0f172a',
            'text-halo-width': CLUSTER_HALO_PX,
          },
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
            // not yet built: a dark ring; built (operating, retired): a thin white edge
            'circle-stroke-color': [
              'match',
              ['get', 'status'],
              ['construction', 'planned'],
              '#0f172a',
              '#ffffff',
            ],
            'circle-stroke-width': ['match', ['get', 'status'], ['construction', 'planned'], 2, 0.5],
          },
        },
      },
    ],
  },
  opacity: [
    [PLANT_LAYERS.clusters, 'circle-opacity', 0.55],
    [PLANT_LAYERS.points, 'circle-opacity', 0.8],
  ],
  datasets: ['plants'],
  Data: PlantsData,
  Options: PlantFilters,
  interactiveLayers: [PLANT_LAYERS.points, PLANT_LAYERS.clusters],
  describe: (f, ctx) => {
    const p = f.properties ?? {};
    if (f.layer.id === PLANT_LAYERS.clusters)
      return {
        title: `${p.point_count} power plants`,
        lines: [`${formatMw(Number(p.mw))} in total`, 'Zoom in to see each plant'],
      };
    return describePlant(Number(p.i), ctx.data.plants, ctx.sources);
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
      { color: '#0f172a', label: 'Under construction or planned', shape: 'ring' as const },
      { color: '#334155', label: 'Cluster (total MW of the shown statuses)' },
    ],
  },
  sourceIds: (data) => (data.plants ? [...data.plants.sources] : []),
};
