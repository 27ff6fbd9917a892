/**
 * Which price each grid cell's Power price value comes from, under the user's price settings (the order of
 * price.ts): one code per land cell, for the "Price basis" map overlay. Pure: grid and settings in, codes out.
 */
import type { ScoringGrid } from './grid.ts';
import { LAYER_NO_DATA } from './layerImage.ts';
import type { PriceBasis, PriceOverride } from './priceConfig.ts';

/** Codes in legend order. The World Bank 2019 fallback is the weak one the overlay marks in a warning colour. */
export const PRICE_BASIS_CLASSES = [
  'own',
  'wholesale',
  'subnational',
  'country',
  'country_fallback',
  'worldbank_2019',
] as const;
export type PriceBasisClass = (typeof PRICE_BASIS_CLASSES)[number];

export const PRICE_BASIS_CLASS_LABEL: Record<PriceBasisClass, string> = {
  own: 'Your figure',
  wholesale: 'Wholesale day-ahead (Ember)',
  subnational: 'Regional tariff',
  country: 'Country tariff',
  country_fallback: 'Country tariff (no regional price)',
  worldbank_2019: 'World Bank 2019 small-business price (weak fallback)',
};

/** Code per land cell: index into PRICE_BASIS_CLASSES, LAYER_NO_DATA where the cell has no price. */
export function priceBasisCodes(
  grid: ScoringGrid,
  settings: { priceBasis: PriceBasis; priceOverrides: readonly PriceOverride[] },
): Uint8Array {
  const n = grid.cells.length;
  const out = new Uint8Array(n).fill(LAYER_NO_DATA);
  const own = new Set(settings.priceOverrides.map((o) => o.code));
  const basisRaw = grid.layers.get('power_price_basis');
  const basisInfo = grid.layerInfo.get('power_price_basis');
  const priceRaw = grid.layers.get('power_price');
  const priceInfo = grid.layerInfo.get('power_price');
  const wRaw = settings.priceBasis === 'wholesale' ? grid.layers.get('wholesale_price') : undefined;
  const wNd = grid.layerInfo.get('wholesale_price')?.noData;
  const cRaw = grid.layers.get('country');
  const cNd = grid.layerInfo.get('country')?.noData;
  const rRaw = grid.layers.get('region');
  const rNd = grid.layerInfo.get('region')?.noData;
  const countries = grid.manifest.countries;
  const regions = grid.manifest.regions ?? [];
  // Country / region raw code → has an own price (small tables, built once per call).
  const ownCountry = countries.map((c) => own.has(c));
  const ownRegion = regions.map((r) => own.has(r));
  const basisClass = new Map<number, number>();
  for (const [raw, label] of Object.entries(basisInfo?.categories ?? {}))
    basisClass.set(Number(raw), PRICE_BASIS_CLASSES.indexOf(label as PriceBasisClass));
  for (let i = 0; i < n; i++) {
    if (own.size > 0) {
      const r = rRaw ? rRaw[i] : rNd;
      const c = cRaw ? cRaw[i] : cNd;
      if ((r !== rNd && ownRegion[r!]) || (c !== cNd && ownCountry[c!])) {
        out[i] = 0;
        continue;
      }
    }
    if (wRaw && wRaw[i] !== wNd) {
      out[i] = 1;
      continue;
    }
    if (!basisRaw || !priceRaw || !priceInfo || priceRaw[i] === priceInfo.noData) continue;
    const k = basisClass.get(basisRaw[i]!);
    if (k !== undefined && k >= 0) out[i] = k;
  }
  return out;
}
