/**
 * The user's price settings: which price basis the Power price criterion reads, and the user's own prices
 * ("your figure": a PPA quote, a utility offer) that override the data for named regions.
 * Types and validation only; how they are applied lives with the power-price criterion.
 */

/** `retail`: the tariff data (subnational / country / World Bank 2019 fallback); `wholesale`: day-ahead wholesale
 * price where one exists (else the retail price, and the place says so). */
export const PRICE_BASES = ['retail', 'wholesale'] as const;
export type PriceBasis = (typeof PRICE_BASES)[number];
export const DEFAULT_PRICE_BASIS: PriceBasis = 'retail';

export function isPriceBasis(v: unknown): v is PriceBasis {
  return (PRICE_BASES as readonly unknown[]).includes(v);
}

/**
 * One user price. `code` is an admin-1 code as in the grid manifest's `regions` (ISO 3166-2, e.g. "US-TX") or a
 * country as in its `countries` (ISO3, e.g. "DEU"). A region's own figure wins over its country's.
 */
export interface PriceOverride {
  code: string;
  usdPerKwh: number;
  /** Free text the user gave (e.g. "PPA quote 2026-10"); shown and exported as text. */
  label?: string;
}

/** Largest price accepted as a user figure (USD/kWh): a sanity bound on typing errors, not a market figure. */
export const MAX_OVERRIDE_USD_PER_KWH = 10;
export const MAX_PRICE_OVERRIDES = 500;

/** Problem text for a list of overrides (first problem), or null when valid. Region codes are checked against the
 * manifest by the caller that knows it. */
export function validatePriceOverrides(list: readonly PriceOverride[]): string | null {
  if (list.length > MAX_PRICE_OVERRIDES) return `at most ${MAX_PRICE_OVERRIDES} own prices`;
  const seen = new Set<string>();
  for (const o of list) {
    if (typeof o.code !== 'string' || !/^[A-Z]{3}$|^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(o.code))
      return `own price: "${String(o.code)}" is not a region (ISO 3166-2, e.g. US-TX) or country (ISO3) code`;
    if (seen.has(o.code)) return `own price: ${o.code} is given twice`;
    seen.add(o.code);
    if (typeof o.usdPerKwh !== 'number' || !Number.isFinite(o.usdPerKwh) || o.usdPerKwh < 0)
      return `own price for ${o.code} must be a non-negative number of USD/kWh`;
    if (o.usdPerKwh > MAX_OVERRIDE_USD_PER_KWH)
      return `own price for ${o.code} is above ${MAX_OVERRIDE_USD_PER_KWH} USD/kWh (a typing error?)`;
  }
  return null;
}
