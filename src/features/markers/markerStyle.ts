/**
 * The markers' sources and layers, drawn above every overlay and label (band 500-599 of map/layerOrder.ts):
 * shortlisted places (violet dots, name shown on hover), the selected place (a dark ring), the best sites
 * (numbered teal discs, amber when highlighted). Text uses the basemap's local font (no glyph server).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { StylePart } from '../map/mapStyle.ts';

export const MARKER_SOURCES = {
  shortlist: 'markers-shortlist',
  selected: 'markers-selected',
  best: 'markers-best',
} as const;

export const MARKER_LAYERS = {
  shortlist: 'marker-shortlist',
  shortlistName: 'marker-shortlist-name',
  selected: 'marker-selected',
  best: 'marker-best',
  bestNumber: 'marker-best-number',
} as const;

export const MARKER_COLORS = {
  shortlist: '#7c3aed',
  selected: '#111827',
  best: '#0f766e',
  highlight: '#d97706',
  halo: '#ffffff',
} as const;

const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export const MARKERS_STYLE_PART: StylePart = {
  sources: {
    [MARKER_SOURCES.shortlist]: empty,
    [MARKER_SOURCES.selected]: empty,
    [MARKER_SOURCES.best]: empty,
  },
  layers: [
    {
      order: 500,
      layer: {
        id: MARKER_LAYERS.shortlist,
        type: 'circle',
        source: MARKER_SOURCES.shortlist,
        paint: {
          'circle-radius': ['case', state('hover'), 8, 6],
          'circle-color': MARKER_COLORS.shortlist,
          'circle-stroke-color': MARKER_COLORS.halo,
          'circle-stroke-width': 2,
        },
      },
    },
    {
      order: 501,
      layer: {
        id: MARKER_LAYERS.shortlistName,
        type: 'symbol',
        source: MARKER_SOURCES.shortlist,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': 12,
          'text-offset': [0, 1.1],
          'text-anchor': 'top',
          'text-max-width': 12,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: {
          'text-color': MARKER_COLORS.selected,
          'text-halo-color': MARKER_COLORS.halo,
          'text-halo-width': 1.5,
          // Shown only while the marker is hovered; ignore-placement keeps the hidden names from hiding labels.
          'text-opacity': ['case', state('hover'), 1, 0],
        },
      },
    },
    {
      order: 505,
      layer: {
        id: MARKER_LAYERS.selected,
        type: 'circle',
        source: MARKER_SOURCES.selected,
        paint: {
          'circle-radius': 11,
          'circle-color': 'rgba(0, 0, 0, 0)',
          'circle-stroke-color': MARKER_COLORS.selected,
          'circle-stroke-width': 3,
        },
      },
    },
    {
      order: 510,
      layer: {
        id: MARKER_LAYERS.best,
        type: 'circle',
        source: MARKER_SOURCES.best,
        paint: {
          'circle-radius': ['case', state('highlight'), 13, 10],
          'circle-color': ['case', state('highlight'), MARKER_COLORS.highlight, MARKER_COLORS.best],
          'circle-stroke-color': MARKER_COLORS.halo,
          'circle-stroke-width': 2,
        },
      },
    },
    {
      order: 511,
      layer: {
        id: MARKER_LAYERS.bestNumber,
        type: 'symbol',
        source: MARKER_SOURCES.best,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': ['sans-serif'],
          'text-size': 12,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': MARKER_COLORS.halo },
      },
    },
  ],
};
