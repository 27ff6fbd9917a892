/** Electricity tariffs: industrial (or commercial) USD/kWh by subnational region where known, else by country. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { BASEMAP_SOURCES } from '../../map/layers/basemap.ts';
import { formatStepLabel, stepExpression, type ColorStep } from '../colorScale.ts';
import type { Overlay } from '../overlay.ts';

export type TariffSector = 'industrial' | 'commercial';

/** Display classes in USD/kWh (a legend choice, not a data value). */
export const TARIFF_STEPS: ColorStep[] = [
  { value: 0, color: '#1a9850' },
  { value: 0.06, color: '#66bd63' },
  { value: 0.08, color: '#a6d96a' },
  { value: 0.1, color: '#fee08b' },
  { value: 0.13, color: '#fdae61' },
  { value: 0.17, color: '#f46d43' },
  { value: 0.22, color: '#d73027' },
  { value: 0.3, color: '#a50026' },
];
export const TARIFF_NO_DATA = '#d4d4d8';

const priceKey = (sector: TariffSector) => (sector === 'industrial' ? 'price' : 'commercial');

export function tariffFillColor(sector: TariffSector): ExpressionSpecification {
  return stepExpression(['get', priceKey(sector)], TARIFF_STEPS, TARIFF_NO_DATA);
}

export const TARIFF_LAYERS = { country: 'tariffs-country', subnational: 'tariffs-subnational' } as const;

export const tariffsOverlay: Overlay = {
  id: 'tariffs',
  label: 'Electricity tariffs',
  group: 'Power',
  defaultVisible: false,
  description:
    'Industrial electricity price, USD/kWh, by state or province where published, else by country. World Bank 2019 small-business prices are used only where nothing else exists and are labelled.',
  style: {
    sources: {},
    layers: [
      {
        order: 100,
        layer: {
          id: TARIFF_LAYERS.country,
          type: 'fill',
          source: BASEMAP_SOURCES.countries,
          paint: { 'fill-color': tariffFillColor('industrial'), 'fill-opacity': 0.75 },
        },
      },
      {
        order: 110,
        layer: {
          id: TARIFF_LAYERS.subnational,
          type: 'fill',
          source: BASEMAP_SOURCES.admin1,
          filter: ['==', ['get', 'price_basis'], 'subnational'],
          paint: { 'fill-color': tariffFillColor('industrial'), 'fill-opacity': 0.75 },
        },
      },
    ],
  },
  opacity: [
    [TARIFF_LAYERS.country, 'fill-opacity', 0.75],
    [TARIFF_LAYERS.subnational, 'fill-opacity', 0.75],
  ],
  interactiveLayers: [TARIFF_LAYERS.subnational, TARIFF_LAYERS.country],
  legend: {
    kind: 'ramp',
    unit: 'USD/kWh',
    stops: TARIFF_STEPS.map((s, i) => ({
      value: s.value,
      color: s.color,
      label: formatStepLabel(TARIFF_STEPS, i, (v) => v.toFixed(2)),
    })),
    noData: 'No data',
  },
  sourceIds: (data) => {
    const ids = new Set<string>();
    for (const c of [data.countries, data.admin1])
      for (const f of c?.features ?? []) {
        if (f.properties.tariff) ids.add(f.properties.tariff.sourceId);
        if (f.properties.commercial) ids.add(f.properties.commercial.sourceId);
      }
    return [...ids].sort();
  },
};
