/**
 * "Your prices": the user's own USD/kWh for named regions or countries (a PPA quote, a utility offer). They
 * override the data's power price there, are labelled "your figure" on the card and in exports, are saved in
 * this browser beside the shortlist and travel in share links.
 */
import { useId } from 'react';
import { downloadText } from '../../shared/download.ts';
import { PriceForm } from './PriceForm.tsx';
import { PriceImport } from './PriceImport.tsx';
import { PriceRow } from './PriceRow.tsx';
import { usePrices, type PricesProblem } from './pricesStore.ts';
import { usePriceRegions } from './usePriceRegions.ts';
import './prices.css';

function ProblemNotice({ problem, onStartNew }: { problem: PricesProblem; onStartNew: () => void }) {
  return (
    <div role="alert" className="price-storage-problem">
      <strong>Your saved prices could not be read.</strong>
      <p>{problem.reason}</p>
      <p className="small">
        Nothing has been deleted: the unreadable table is kept in this browser until you replace it, and
        scoring uses the data&apos;s prices meanwhile. Download it to keep it or repair it, then start a new
        table.
      </p>
      <button
        type="button"
        onClick={() => downloadText('gridscout-own-prices-unreadable.json', 'application/json', problem.raw)}
      >
        Download the unreadable prices
      </button>
      <button type="button" onClick={onStartNew}>
        Start a new price table
      </button>
    </div>
  );
}

export function PricesPanel() {
  const headingId = useId();
  const prices = usePrices((s) => s.prices);
  const problem = usePrices((s) => s.problem);
  const upsert = usePrices((s) => s.upsert);
  const remove = usePrices((s) => s.remove);
  const startNew = usePrices((s) => s.startNew);
  const regions = usePriceRegions();
  return (
    <section className="prices-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Your prices</h2>
      <p className="small muted">
        Your own USD/kWh for a region or country (a PPA quote, a utility offer). It replaces the data&apos;s
        power price there and is shown as &ldquo;your figure&rdquo; on the card, in share links and exports. A
        region&apos;s figure wins over its country&apos;s.
      </p>
      {problem && <ProblemNotice problem={problem} onStartNew={startNew} />}
      {regions.status === 'loading' && <p className="small muted">Loading the region names…</p>}
      {regions.status === 'failed' && (
        <p role="alert" className="small">
          Own prices cannot be edited: the region names could not be loaded ({regions.message}).
        </p>
      )}
      {prices.length > 0 && (
        <table className="prices-table">
          <caption className="visually-hidden">Your prices (your figure)</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col">USD/kWh</th>
              <th scope="col">Label</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => {
              const name = regions.status === 'ready' ? regions.places.describe(p.code) : p.code;
              const inGrid =
                regions.status !== 'ready' || regions.places.options.some((o) => o.code === p.code);
              return (
                <PriceRow
                  key={`${p.code}-${p.usdPerKwh}-${p.label ?? ''}`}
                  price={p}
                  name={name}
                  inGrid={inGrid}
                  onChange={(next) => upsert([next])}
                  onRemove={() => remove(p.code)}
                />
              );
            })}
          </tbody>
        </table>
      )}
      {regions.status === 'ready' && !problem && (
        <>
          <PriceForm places={regions.places} onAdd={(p) => upsert([p])} />
          <PriceImport places={regions.places} existing={prices.map((p) => p.code)} onApply={upsert} />
        </>
      )}
    </section>
  );
}
