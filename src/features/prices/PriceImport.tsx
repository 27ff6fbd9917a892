/**
 * "Import table…": a CSV or TSV of region → USD/kWh. Valid rows are applied in one step (a region already in
 * the table gets the file's figure); bad rows are listed by row number and never applied; a file that cannot
 * be read changes nothing.
 */
import { useRef, useState } from 'react';
import type { PriceOverride } from '../../domain/index.ts';
import type { PriceRegions } from './priceRegions.ts';
import type { RowMessage } from './priceTable.ts';

/** papaparse loads with the first table, not with the page. */
const loadParser = () => import('./priceTable.ts');

interface Outcome {
  fileName: string;
  summary: string;
  rows: RowMessage[];
  failed: boolean;
}

export function PriceImport({
  places,
  existing,
  onApply,
}: {
  places: PriceRegions;
  existing: readonly string[];
  onApply: (prices: PriceOverride[]) => boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const read = async (file: File) => {
    const fail = (summary: string) => setOutcome({ fileName: file.name, summary, rows: [], failed: true });
    try {
      const { MAX_TABLE_BYTES, parsePriceTable } = await loadParser();
      if (file.size > MAX_TABLE_BYTES)
        return fail(`${file.name} is over ${MAX_TABLE_BYTES / 1_000_000} MB; a price table needs far less.`);
      const result = parsePriceTable(await file.text(), places, existing);
      if (result.problem) return fail(`${file.name}: ${result.problem} Nothing was changed.`);
      const applied = result.overrides.length > 0 && onApply(result.overrides);
      const n = applied ? result.overrides.length : 0;
      const bad = result.rows.length;
      setOutcome({
        fileName: file.name,
        summary: `${file.name}: applied ${n} price${n === 1 ? '' : 's'} (your figure)${
          bad ? `; ${bad} row${bad === 1 ? ' was' : 's were'} not applied:` : '.'
        }`,
        rows: result.rows,
        failed: n === 0,
      });
    } catch (error) {
      fail(`${file.name} could not be read (${error instanceof Error ? error.message : String(error)}).`);
    }
  };
  return (
    <div className="price-import">
      <button type="button" onClick={() => input.current?.click()}>
        Import table…
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        aria-label="Price table file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void read(file);
          e.target.value = '';
        }}
      />
      <p className="small muted">
        CSV or TSV with columns <code>region</code> (a name, a code like US-TX, or a country like DEU) and{' '}
        <code>usd_per_kwh</code>; optional <code>label</code>.
      </p>
      {outcome && (
        <div role={outcome.failed ? 'alert' : 'status'} aria-label="Price table import" className="small">
          <p>{outcome.summary}</p>
          {outcome.rows.length > 0 && (
            <ul className="price-row-messages">
              {outcome.rows.slice(0, 100).map((r) => (
                <li key={r.row}>{r.message}</li>
              ))}
              {outcome.rows.length > 100 && <li>…and {outcome.rows.length - 100} more rows.</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
