/** What the last import attempt gave: a status line, a column picker when needed, and the rows not imported. */
import { useState } from 'react';
import type { ImportAttempt } from './importStore.ts';
import type { ColumnChoice, DetectedColumns, RowError } from './importTypes.ts';

const MAX_LISTED_ERRORS = 200;

function statusText({ fileName, result, applied }: ImportAttempt): string {
  if (!applied)
    return `Nothing imported from ${fileName}: ${result.message ?? 'no valid site.'} Import layers are kept as they were.`;
  const n = result.sites.length;
  return `Imported ${n} site${n === 1 ? '' : 's'} from ${fileName}.${result.message ? ` ${result.message}` : ''}`;
}

/** The rows of a file that were not imported, with why; open when there are few. */
export function RowErrors({ errors, label }: { errors: readonly RowError[]; label: string }) {
  if (errors.length === 0) return null;
  return (
    <details open={errors.length <= 20}>
      <summary className="small">
        {errors.length} row{errors.length === 1 ? '' : 's'} not imported
      </summary>
      <ul className="import-errors" aria-label={label}>
        {errors.slice(0, MAX_LISTED_ERRORS).map((e) => (
          <li key={`${e.row}-${e.reason}`} className="small">
            Row {e.row}: {e.reason} ({e.detail})
          </li>
        ))}
      </ul>
      {errors.length > MAX_LISTED_ERRORS && (
        <p className="small muted">…and {errors.length - MAX_LISTED_ERRORS} more.</p>
      )}
    </details>
  );
}

function ColumnPicker({
  headers,
  columns,
  onChoose,
}: {
  headers: string[];
  columns: DetectedColumns;
  onChoose: (c: ColumnChoice) => void;
}) {
  const [choice, setChoice] = useState<DetectedColumns>(columns);
  const select = (kind: keyof DetectedColumns, label: string, optional: boolean) => (
    <label className="import-column">
      <span className="small">{label}</span>
      <select
        value={choice[kind] ?? ''}
        onChange={(e) => setChoice({ ...choice, [kind]: e.target.value || null })}
        aria-label={label}
      >
        <option value="">{optional ? '(none)' : '(choose)'}</option>
        {headers.map((h, i) => (
          <option key={`${i}-${h}`} value={h}>
            {h || `(column ${i + 1})`}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="import-columns">
      <legend className="small">Choose the columns</legend>
      {select('lat', 'Latitude column', false)}
      {select('lon', 'Longitude column', false)}
      {select('name', 'Name column', true)}
      <button type="button" disabled={!choice.lat || !choice.lon} onClick={() => onChoose(choice)}>
        Read with these columns
      </button>
    </fieldset>
  );
}

export function ImportOutcome({
  attempt,
  onChoose,
}: {
  attempt: ImportAttempt;
  onChoose: (c: ColumnChoice) => void;
}) {
  const { result } = attempt;
  const { errors, columns, headers } = result;
  const needsColumns =
    result.format === 'csv' && headers.length > 0 && (columns.lat === null || columns.lon === null);
  return (
    <div className="import-outcome">
      <p role="status" className={attempt.applied ? 'small' : 'small import-failed'}>
        {statusText(attempt)}
      </p>
      {result.format === 'csv' && columns.lat && columns.lon && (
        <p className="small muted" data-testid="import-columns">
          Columns: latitude “{columns.lat}”, longitude “{columns.lon}”
          {columns.name ? `, name “${columns.name}”` : ''}
        </p>
      )}
      {needsColumns && (
        <ColumnPicker key={headers.join('\u0000')} headers={headers} columns={columns} onChoose={onChoose} />
      )}
      <RowErrors errors={errors} label="Rows not imported" />
    </div>
  );
}
