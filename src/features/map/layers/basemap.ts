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
  countryLabels: 'basemap-country-labels',
  towns: 'basemap-towns',
} as const;

export const BASEMAP_LAYERS = {
  townLabels: 'town-labels',
  countryLabels: 'country-labels',
} as const;

/**
 * City labels (places.json) come in by weight (population, ×10 for a national capital) as the map zooms in: each
 * tier is its own source and layer from its zoom on. One layer filtering all 8,713 places by zoom had MapLibre's
 * worker tile, encode and test every place for the world view, where 438 are labelled: setting that source took
 * 530-660 ms to the map idle under software WebGL, its top tier now 300-440 ms. A layer below its minzoom leaves
 * its source untiled. The tiers are a style choice against clutter; the highest tier is drawn on top, so it
 * is placed first and the labels win collisions in the same order the one layer's sort key gave them.
 */
export const PLACE_LABEL_TIERS = [
  { minzoom: 0, minWeight: 1_000_000 },
  { minzoom: 3, minWeight: 300_000 },
  { minzoom: 4, minWeight: 100_000 },
  { minzoom: 5, minWeight: 0 },
] as const;
export const placeTierSource = (tier: number) => `basemap-places-${tier}`;
export const placeTierLayer = (tier: number) => `place-labels-${tier}`;
/** Every city-label layer, highest tier first. */
export const PLACE_LABEL_LAYERS: readonly string[] = PLACE_LABEL_TIERS.map((_, i) => placeTierLayer(i));

/** Town labels (the full gazetteer) start at this zoom: its file loads the first time the map gets there. */
export const TOWN_LABEL_MIN_ZOOM = 6;
/** Below zoom 8 only towns of at least this many people are labelled (a style choice against clutter). */
export const TOWN_MIN_POPULATION_Z6 = 5_000;

export const basemapColors = {
  ocean: '#cad8e3',
  land: '#f4f1ea',
  countryBorder: '#6b7280',
  admin1Border: '#a8a29e',
  label: '#1f2937',
  townLabel: '#374151',
  labelHalo: '#ffffff',
} as const;

/**
 * How MapLibre tiles the country and state/province polygons for drawing (never for lookups: the card and the
 * scorers test points against the exact polygons in data/regions/). A tile keeps vertices 1 screen pixel apart
 * (MapLibre's default is 0.375 px) and 16 px of its neighbours (default 128): every fill and line on these
 * sources is at most 2 px wide, so neither is visible, but each frame draws far fewer vertices. Under software
 * WebGL a world-view frame went from ~210 to ~150 ms (bench:browser, first view).
 */
const POLYGON_TILING = { tolerance: 1, buffer: 16 } as const;

export function basemapSources(): Record<string, SourceSpecification> {
  return {
    [BASEMAP_SOURCES.countries]: {
      ...POLYGON_TILING,
      type: 'geojson',
      data: emptyCollection(),
      promoteId: 'code',
    },
    [BASEMAP_SOURCES.admin1]: {
      ...POLYGON_TILING,
      type: 'geojson',
      data: emptyCollection(),
      promoteId: 'code',
    },
    ...Object.fromEntries(
      PLACE_LABEL_TIERS.map(
        (_, i) => [placeTierSource(i), { type: 'geojson', data: emptyCollection() }] as const,
      ),
    ),
    [BASEMAP_SOURCES.countryLabels]: { type: 'geojson', data: emptyCollection() },
    [BASEMAP_SOURCES.towns]: { type: 'geojson', data: emptyCollection() },
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
        // No antialiased outline: country-borders draws every edge of these polygons (coasts too) on top.
        paint: { 'fill-color': basemapColors.land, 'fill-antialias': false },
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
      // Towns (gazetteer < PLACE_MIN_POPULATION, fed from zoom 6): below the city labels, so cities win collisions.
      order: 395,
      layer: {
        id: BASEMAP_LAYERS.townLabels,
        type: 'symbol',
        source: BASEMAP_SOURCES.towns,
        minzoom: TOWN_LABEL_MIN_ZOOM,
        filter: ['>=', ['get', 'population'], ['step', ['zoom'], TOWN_MIN_POPULATION_Z6, 8, 0]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10, 10, 12],
          'symbol-sort-key': ['get', 'sortKey'],
          'text-max-width': 8,
          'text-padding': 3,
        },
        paint: {
          'text-color': basemapColors.townLabel,
          'text-halo-color': basemapColors.labelHalo,
          'text-halo-width': 1.2,
        },
      },
    },
    ...PLACE_LABEL_TIERS.map(({ minzoom }, i): OrderedLayer => ({
      // the highest tier on top (order 403), placed first
      order: 400 + PLACE_LABEL_TIERS.length - 1 - i,
      layer: {
        id: placeTierLayer(i),
        type: 'symbol',
        source: placeTierSource(i),
        minzoom,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            2,
            ['step', ['get', 'weight'], 9.5, 1_000_000, 11, 5_000_000, 12.5],
            8,
            ['step', ['get', 'weight'], 12, 1_000_000, 13.5, 5_000_000, 15],
          ],
          'symbol-sort-key': ['get', 'sortKey'],
          'text-max-width': 8,
          'text-padding': 3,
        },
        paint: {
          'text-color': basemapColors.label,
          'text-halo-color': basemapColors.labelHalo,
          'text-halo-width': 1.2,
        },
      },
    })),
    {
      order: 410,
      layer: {
        id: BASEMAP_LAYERS.countryLabels,
        type: 'symbol',
        source: BASEMAP_SOURCES.countryLabels,
        maxzoom: 8,
        // named once the largest polygon is big enough on screen (countryLabelPoints.ts: `minzoom`)
        filter: ['>=', ['zoom'], ['get', 'minzoom']],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            1,
            ['step', ['get', 'rank'], 11, 20, 10, 60, 9.5, 120, 9],
            5,
            ['step', ['get', 'rank'], 14, 20, 13, 60, 12, 120, 11],
          ],
          'symbol-sort-key': ['get', 'rank'],
          // crowded regions (Europe at the world view): a label may sit beside its point rather than be dropped
          'text-variable-anchor': ['center', 'right', 'left', 'top', 'bottom'],
          'text-radial-offset': 0.4,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 7,
          'text-padding': 4,
        },
        paint: { 'text-color': '#6b7280', 'text-halo-color': basemapColors.labelHalo, 'text-halo-width': 1 },
      },
    },
  ];
}
