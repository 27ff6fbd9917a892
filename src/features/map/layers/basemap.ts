/**
 * The offline basemap: land, country and state/province borders and place labels, all from the
 * app's own files (Natural Earth regions and the GeoNames gazetteer in data/). No glyphs entry:
 * MapLibre draws labels with a local font.
 */
import type { SourceSpecification } from 'maplibre-gl';
import type { OrderedLayer } from '../layerOrder.ts';

/** A fresh empty collection for a source whose data arrives later. */
export const emptyCollection = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const BASEMAP_SOURCES = {
  countries: 'basemap-countries',
  admin1: 'basemap-admin1',
  places: 'basemap-places',
  countryLabels: 'basemap-country-labels',
} as const;

export const basemapColors = {
  ocean: '#cad8e3',
  land: '#f4f1ea',
  countryBorder: '#6b7280',
  admin1Border: '#a8a29e',
  label: '#1f2937',
  labelHalo: '#ffffff',
} as const;

export function basemapSources(): Record<string, SourceSpecification> {
  return {
    [BASEMAP_SOURCES.countries]: { type: 'geojson', data: emptyCollection(), promoteId: 'code' },
    [BASEMAP_SOURCES.admin1]: { type: 'geojson', data: emptyCollection(), promoteId: 'code' },
    [BASEMAP_SOURCES.places]: { type: 'geojson', data: emptyCollection() },
    [BASEMAP_SOURCES.countryLabels]: { type: 'geojson', data: emptyCollection() },
  };
}

export function basemapLayers(): OrderedLayer[] {
  return [
    {
      order: 0,
      layer: { id: 'ocean', type: 'background', paint: { 'background-color': basemapColors.ocean } },
    },
    {
      order: 10,
      layer: {
        id: 'land',
        type: 'fill',
        source: BASEMAP_SOURCES.countries,
        paint: { 'fill-color': basemapColors.land },
      },
    },
    {
      order: 200,
      layer: {
        id: 'admin1-borders',
        type: 'line',
        source: BASEMAP_SOURCES.admin1,
        minzoom: 2.5,
        paint: { 'line-color': basemapColors.admin1Border, 'line-width': 0.5 },
      },
    },
    {
      order: 210,
      layer: {
        id: 'country-borders',
        type: 'line',
        source: BASEMAP_SOURCES.countries,
        paint: {
          'line-color': basemapColors.countryBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2],
        },
      },
    },
    {
      order: 400,
      layer: {
        id: 'place-labels',
        type: 'symbol',
        source: BASEMAP_SOURCES.places,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 8, 13],
          'symbol-sort-key': ['-', ['get', 'population']],
          'text-max-width': 8,
        },
        paint: {
          'text-color': basemapColors.label,
          'text-halo-color': basemapColors.labelHalo,
          'text-halo-width': 1.2,
        },
      },
    },
    {
      order: 410,
      layer: {
        id: 'country-labels',
        type: 'symbol',
        source: BASEMAP_SOURCES.countryLabels,
        maxzoom: 5,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': 11,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 7,
        },
        paint: { 'text-color': '#6b7280', 'text-halo-color': basemapColors.labelHalo, 'text-halo-width': 1 },
      },
    },
  ];
}
