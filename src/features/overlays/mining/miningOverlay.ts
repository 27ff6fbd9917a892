/** Former and current crypto-mining sites: colour = status, size = MW, ring = town-level coordinates. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Overlay } from '../overlay.ts';
import { describeMiningSite } from './describeMiningSite.ts';
import { MiningData } from './MiningData.tsx';
import { MiningSiteCard } from './MiningSiteDetails.tsx';
import { MINING_SOURCE, STATUS_STYLE } from './miningSites.ts';

export const MINING_LAYERS = { site: 'mining-sites-site', town: 'mining-sites-town' } as const;

const statusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...Object.entries(STATUS_STYLE).flatMap(([status, s]) => [status, s.color]),
  '#78716c',
] as unknown as ExpressionSpecification;

/** Radius grows with the square root of MW, so area tracks power; unknown MW gets the smallest dot. */
const radius: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  1,
  ['case', ['==', ['get', 'mw'], null], 3, ['+', 3, ['*', 0.35, ['sqrt', ['get', 'mw']]]]],
  8,
  ['case', ['==', ['get', 'mw'], null], 6, ['+', 6, ['*', 0.7, ['sqrt', ['get', 'mw']]]]],
];

export const miningOverlay: Overlay = {
  id: 'mining-sites',
  label: 'Mining sites',
  group: 'Mining',
  defaultVisible: true,
  description:
    'Crypto-mining sites and their conversions to AI/HPC, sized by MW in operation. Rings mark sites located only to their town.',
  style: {
    sources: { [MINING_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      {
        order: 340,
        layer: {
          id: MINING_LAYERS.town,
          type: 'circle',
          source: MINING_SOURCE,
          filter: ['!=', ['get', 'precision'], 'site'],
          paint: {
            'circle-radius': radius,
            'circle-color': statusColor,
            'circle-opacity': 0.15,
            'circle-stroke-color': statusColor,
            'circle-stroke-width': 2,
            'circle-stroke-opacity': 1,
          },
        },
      },
      {
        order: 350,
        layer: {
          id: MINING_LAYERS.site,
          type: 'circle',
          source: MINING_SOURCE,
          filter: ['==', ['get', 'precision'], 'site'],
          paint: {
            'circle-radius': radius,
            'circle-color': statusColor,
            'circle-opacity': 0.9,
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 1.2,
            'circle-stroke-opacity': 1,
          },
        },
      },
    ],
  },
  opacity: [
    [MINING_LAYERS.site, 'circle-opacity', 0.9],
    [MINING_LAYERS.town, 'circle-stroke-opacity', 1],
    [MINING_LAYERS.site, 'circle-stroke-opacity', 1],
  ],
  Data: MiningData,
  interactiveLayers: [MINING_LAYERS.site, MINING_LAYERS.town],
  describe: (f, ctx) => describeMiningSite(String(f.properties?.id), ctx.data.miningSites),
  toSelection: (f) => ({ kind: 'mining-site', id: String(f.properties?.id) }),
  details: { owns: (s) => s.kind === 'mining-site', Card: MiningSiteCard },
  legend: {
    kind: 'categories',
    items: [
      ...Object.values(STATUS_STYLE).map((s) => ({ color: s.color, label: s.label })),
      { color: '#374151', label: 'Site-level coordinates', shape: 'circle' as const },
      { color: '#374151', label: 'Town-level coordinates (approximate)', shape: 'ring' as const },
    ],
  },
  sourceIds: (data) => [...new Set(data.miningSites?.flatMap((s) => s.sourceIds) ?? [])].sort(),
};
