/**
 * The price basis of the Power price criterion (ScoringConfig.priceBasis): retail tariffs, or day-ahead wholesale
 * prices where they exist (else the retail price, and the card says so). Kept in the scoring store and carried in
 * the share link; copied to the "Price basis" overlay's view (the overlays never import the scoring store).
 */
import { DEFAULT_PRICE_BASIS, PRICE_BASES, type PriceBasis } from '../../domain/index.ts';
import { usePriceBasisView } from '../overlays/priceBasis/priceBasisView.ts';
import { useScoringStore } from './scoringStore.ts';

const LABEL: Record<PriceBasis, { title: string; hint: string }> = {
  retail: {
    title: 'Retail tariff',
    hint: 'what a large customer is billed: regional or country tariff, World Bank 2019 as the labelled last resort',
  },
  wholesale: {
    title: 'Wholesale day-ahead',
    hint: 'energy only, no network charges or taxes; Ember by country where published, else retail',
  },
};

/** Copies the scoring store's price settings to the overlay's view, now and on every change. */
function syncView() {
  const c = useScoringStore.getState().config;
  const view = usePriceBasisView.getState();
  const priceBasis = c.priceBasis ?? DEFAULT_PRICE_BASIS;
  const priceOverrides = c.priceOverrides ?? [];
  if (view.priceBasis !== priceBasis || view.priceOverrides !== priceOverrides)
    usePriceBasisView.setState({ priceBasis, priceOverrides });
}
syncView();
useScoringStore.subscribe(syncView);

export function PriceBasisSwitch() {
  const basis = useScoringStore((s) => s.config.priceBasis) ?? DEFAULT_PRICE_BASIS;
  const set = (priceBasis: PriceBasis) =>
    useScoringStore.setState((s) => ({ config: { ...s.config, priceBasis } }));
  return (
    <fieldset className="price-basis small" role="radiogroup" aria-label="Price basis">
      <legend>Price basis</legend>
      {PRICE_BASES.map((b) => (
        <label key={b}>
          <input type="radio" name="price-basis" value={b} checked={basis === b} onChange={() => set(b)} />{' '}
          {LABEL[b].title} <span className="muted">({LABEL[b].hint})</span>
        </label>
      ))}
    </fieldset>
  );
}
