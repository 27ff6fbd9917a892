/**
 * The price settings the "Price basis" overlay draws. The scoring feature (above the overlays) owns them and
 * copies them here (scoring/PriceBasisSwitch.tsx), so this folder never imports the scoring store.
 */
import { create } from 'zustand';
import { DEFAULT_PRICE_BASIS, type PriceBasis, type PriceOverride } from '../../../domain/index.ts';

export interface PriceBasisView {
  priceBasis: PriceBasis;
  priceOverrides: readonly PriceOverride[];
}

export const usePriceBasisView = create<PriceBasisView>(() => ({
  priceBasis: DEFAULT_PRICE_BASIS,
  priceOverrides: [],
}));
