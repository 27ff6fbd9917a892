/**
 * "Price basis": which price each cell's Power price value comes from under the current price settings (your
 * figure / wholesale / regional / country / country fallback / World Bank 2019), drawn from the grid. The 2019
 * small-business fallback has a warning colour so a weak price is never read as a strong one.
 */
import {
  MERCATOR_IMAGE_COORDINATES,
  PRICE_BASIS_CLASSES,
  PRICE_BASIS_CLASS_LABEL,
  categoryAt,
  findCellIndex,
  type Rgba,
} from '../../../domain/index.ts';
import type { Overlay } from '../overlay.ts';
import { PriceBasisData } from './PriceBasisData.tsx';
import {
  PRICE_BASIS_COLORS,
  PRICE_BASIS_LAYER,
  PRICE_BASIS_NO_DATA,
  PRICE_BASIS_SOURCE,
} from './priceBasisStyle.ts';
import { usePriceBasisView } from './priceBasisView.ts';

const hex = (c: Rgba) =>
  `#${c
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;

export const priceBasisOverlay: Overlay = {
  id: 'price-basis',
  label: 'Power price basis',
  group: 'Power',
  defaultVisible: false,
  description:
    'Where each cell’s Power price comes from under the current price basis: your own figure, the wholesale day-ahead price (Ember, by country), a regional or country tariff, or the World Bank 2019 small-business price (magenta: a weak last resort).',
  Data: PriceBasisData,
  describeAt: (lon, lat, ctx) => {
    const grid = ctx.grid;
    if (!grid) return null;
    const i = findCellIndex(grid, lat, lon);
    if (i < 0) return null;
    const view = usePriceBasisView.getState();
    const basis = categoryAt(grid, 'power_price_basis', i);
    const zone = view.priceBasis === 'wholesale' ? categoryAt(grid, 'wholesale_zone', i) : null;
    return {
      title: `${lat.toFixed(2)}, ${lon.toFixed(2)}`,
      lines: [
        `Retail tariff basis: ${basis ?? 'no price'}`,
        ...(view.priceBasis === 'wholesale'
          ? [zone ? `Wholesale: ${zone}` : 'No wholesale price here: retail applies']
          : []),
      ],
    };
  },
  style: {
    sources: {
      [PRICE_BASIS_SOURCE]: {
        type: 'image',
        url: `${import.meta.env.BASE_URL}transparent.png`,
        coordinates: MERCATOR_IMAGE_COORDINATES,
      },
    },
    layers: [
      {
        order: 126,
        layer: {
          id: PRICE_BASIS_LAYER,
          type: 'raster',
          source: PRICE_BASIS_SOURCE,
          paint: { 'raster-opacity': 0.8, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
        },
      },
    ],
  },
  opacity: [[PRICE_BASIS_LAYER, 'raster-opacity', 0.8]],
  interactiveLayers: [],
  legend: {
    kind: 'categories',
    items: [
      ...PRICE_BASIS_CLASSES.map((c, k) => ({
        color: hex(PRICE_BASIS_COLORS[k]!),
        label: PRICE_BASIS_CLASS_LABEL[c],
        shape: 'square' as const,
      })),
      { color: hex(PRICE_BASIS_NO_DATA), label: 'No price data', shape: 'square' as const },
    ],
  },
  sourceIds: (data) =>
    (data.gridManifest?.layers ?? [])
      .filter((l) => l.id === 'power_price' || l.id === 'wholesale_price')
      .flatMap((l) => l.sourceIds)
      .filter((id, i, all) => all.indexOf(id) === i),
};
