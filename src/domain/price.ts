/**
 * The Power price criterion's value at one place, under the user's price settings (priceConfig.ts).
 * Order: the user's figure for the place's admin-1 region, else for its country; else, on the wholesale basis, the
 * day-ahead wholesale price where one exists; else the retail tariff (subnational / country / World Bank 2019).
 * The value cites exactly the source it came from: the tariff's (power_price_source), the wholesale price's
 * (wholesale_source), or none for the user's own figure. The grid scorer applies the same order (priceGrid.ts).
 */
import type { PlaceValues } from './layerIds.ts';
import type { PriceBasis, PriceOverride } from './priceConfig.ts';

/** Where the value came from: the user's figure, the wholesale price, or the retail tariff. */
export type PriceOrigin = 'own' | 'wholesale' | 'retail';

/** What a breakdown row, the card, the report and exports show about the price used. */
export interface PriceUsed {
  origin: PriceOrigin;
  /** The basis the user chose. */
  basis: PriceBasis;
  /** Retail tariff basis (power_price_basis: subnational / country / country_fallback / worldbank_2019), or null. */
  retailBasis: string | null;
  /** One line naming what the figure is (e.g. "your figure for US-TX", "wholesale day-ahead: Ember ..."). */
  text: string;
  /** The override's code when origin is 'own'. */
  overrideCode: string | null;
}

export interface PowerPriceValue {
  value: number | null;
  /** Exactly the sources used; undefined where a retail price has no power_price_source (a grid without that
   * layer): then the layers' sources are cited. */
  sourceIds: string[] | undefined;
  notes: string[];
  price: PriceUsed;
}

export const WORLD_BANK_TARIFF_NOTE =
  'World Bank Doing Business 2019 small-business connection price, not an industrial tariff (last resort).';
/** The retail tariff's basis (power_price_basis) in words. */
export const RETAIL_BASIS_TEXT: Readonly<Record<string, string>> = {
  subnational: 'regional',
  country: 'country',
  country_fallback: 'country price, no regional one',
  worldbank_2019: 'World Bank 2019 fallback',
};
export const NO_WHOLESALE_NOTE = 'wholesale not available here: retail price applies';

/** The override that applies to a place: its region's, else its country's (overrides resolved sorted by code). */
export function overrideFor(
  overrides: readonly PriceOverride[],
  region: string | null | undefined,
  country: string | null | undefined,
): PriceOverride | null {
  if (overrides.length === 0) return null;
  const find = (code: string | null | undefined) =>
    code ? (overrides.find((o) => o.code === code) ?? null) : null;
  return find(region) ?? find(country);
}

export function powerPriceValue(
  v: PlaceValues,
  settings: { priceBasis: PriceBasis; priceOverrides: readonly PriceOverride[] },
): PowerPriceValue {
  const basis = settings.priceBasis;
  const retailBasis = v.power_price_basis ?? null;
  const own = overrideFor(settings.priceOverrides, v.region, v.country);
  if (own) {
    const text = `your figure for ${own.code}${own.label ? ` (${own.label})` : ''}`;
    return {
      value: own.usdPerKwh,
      sourceIds: [],
      notes: [text],
      price: { origin: 'own', basis, retailBasis, text, overrideCode: own.code },
    };
  }
  const wholesale = v.wholesale_price ?? null;
  if (basis === 'wholesale' && wholesale !== null) {
    const text = `wholesale day-ahead: ${v.wholesale_zone ?? 'zone not named'}`;
    return {
      value: wholesale,
      sourceIds: v.wholesale_source ? [v.wholesale_source] : [],
      notes: [text, 'energy only: no network charges, taxes or levies'],
      price: { origin: 'wholesale', basis, retailBasis, text, overrideCode: null },
    };
  }
  const retail = v.power_price ?? null;
  const text =
    retail === null
      ? 'no price data here'
      : `retail tariff (${RETAIL_BASIS_TEXT[retailBasis ?? ''] ?? 'basis unknown'})`;
  const notes: string[] = retail === null ? [] : [text];
  if (basis === 'wholesale') notes.push(NO_WHOLESALE_NOTE);
  if (retailBasis === 'worldbank_2019') notes.push(WORLD_BANK_TARIFF_NOTE);
  return {
    value: retail,
    sourceIds: retail === null ? [] : v.power_price_source ? [v.power_price_source] : undefined,
    notes,
    price: { origin: 'retail', basis, retailBasis, text, overrideCode: null },
  };
}
