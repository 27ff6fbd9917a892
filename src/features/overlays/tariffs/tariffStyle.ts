/** The tariff choropleth's classes, colour expression and layer ids. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { stepExpression, type ColorStep } from '../colorScale.ts';
import type { TariffSector } from './tariffSector.ts';

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
