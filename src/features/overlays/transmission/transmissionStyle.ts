/**
 * How the transmission overlay is drawn. Line colours by voltage class follow the Open Infrastructure Map
 * convention (openinframap.org, `voltage_scale` in web/src/style/style_oim_power.ts of
 * github.com/openinframap/openinframap), held in the contract's VOLTAGE_CLASSES.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { VOLTAGE_CLASSES } from '../../../contract/transmission.ts';
import { BASEMAP_SOURCES } from '../../map/layers/basemap.ts';
import type { StylePart } from '../../map/mapStyle.ts';

export const TRANSMISSION_SOURCES = {
  lines: 'transmission-lines',
  substations: 'transmission-substations',
} as const;

export const TRANSMISSION_LAYERS = {
  maskCountries: 'transmission-mask-countries',
  maskRegions: 'transmission-mask-regions',
  maskOutline: 'transmission-mask-outline',
  lines: 'transmission-lines',
  linesConstruction: 'transmission-lines-construction',
  substations: 'transmission-substations',
} as const;

/** The hatch image of the "no substation data here" mask (added to the map by TransmissionData). */
export const HATCH_IMAGE = 'transmission-no-data-hatch';
export const MASK_COLOR = '#52525b';

const classColor = [
  'match',
  ['get', 'class'],
  ...VOLTAGE_CLASSES.flatMap((c) => [c.id, c.color]),
  VOLTAGE_CLASSES[0].color,
] as unknown as ExpressionSpecification;

/** Until the coverage file has loaded, the mask matches nothing (never a false "no data"). */
export const NOTHING: ExpressionSpecification = ['==', ['get', 'code'], '\u0000'];

const lineWidth: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  2,
  ['case', ['>=', ['coalesce', ['get', 'kv'], 0], 310], 1.2, 0.6],
  8,
  ['case', ['>=', ['coalesce', ['get', 'kv'], 0], 310], 3, 1.5],
  12,
  ['case', ['>=', ['coalesce', ['get', 'kv'], 0], 310], 6, 4],
];

const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };

export const transmissionStyle: StylePart = {
  sources: { [TRANSMISSION_SOURCES.lines]: empty, [TRANSMISSION_SOURCES.substations]: empty },
  layers: [
    {
      order: 170,
      layer: {
        id: TRANSMISSION_LAYERS.maskCountries,
        type: 'fill',
        source: BASEMAP_SOURCES.countries,
        filter: NOTHING,
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7 },
      },
    },
    {
      order: 171,
      layer: {
        id: TRANSMISSION_LAYERS.maskRegions,
        type: 'fill',
        source: BASEMAP_SOURCES.admin1,
        filter: NOTHING,
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7 },
      },
    },
    {
      order: 172,
      layer: {
        id: TRANSMISSION_LAYERS.maskOutline,
        type: 'line',
        source: BASEMAP_SOURCES.admin1,
        filter: NOTHING,
        paint: { 'line-color': MASK_COLOR, 'line-width': 1.2, 'line-opacity': 0.8 },
      },
    },
    {
      order: 302,
      layer: {
        id: TRANSMISSION_LAYERS.lines,
        type: 'line',
        source: TRANSMISSION_SOURCES.lines,
        filter: ['!=', ['get', 'underConstruction'], true],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': classColor, 'line-width': lineWidth, 'line-opacity': 0.85 },
      },
    },
    {
      order: 303,
      layer: {
        id: TRANSMISSION_LAYERS.linesConstruction,
        type: 'line',
        source: TRANSMISSION_SOURCES.lines,
        filter: ['==', ['get', 'underConstruction'], true],
        paint: {
          'line-color': classColor,
          'line-width': lineWidth,
          'line-opacity': 0.85,
          'line-dasharray': [2, 2],
        },
      },
    },
    {
      order: 304,
      layer: {
        id: TRANSMISSION_LAYERS.substations,
        type: 'circle',
        source: TRANSMISSION_SOURCES.substations,
        paint: {
          'circle-color': classColor,
          'circle-opacity': 0.9,
          // sized by the highest kV (listed, else from connected lines); unknown voltage: smallest
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            3,
            ['interpolate', ['linear'], ['coalesce', ['get', 'kv'], 0], 0, 1, 220, 2, 750, 4],
            10,
            ['interpolate', ['linear'], ['coalesce', ['get', 'kv'], 0], 0, 3, 220, 6, 750, 10],
          ],
          'circle-stroke-color': '#1f2937',
          'circle-stroke-width': 0.5,
        },
      },
    },
  ],
};
