/**
 * Hard constraints: a place beyond a limit is excluded (not scored lower) and the card says which limit did it.
 * Values outside a limit's range are refused with a message. A limit on a country average (carbon, water stress,
 * disaster risk) removes whole countries: it is applied only after the user confirms, told how many countries and
 * what share of land cells it removes. Excluded-country codes that are not ISO3, or not a country of the grid, are
 * named and not applied.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  isCountryLevelLimit,
  LIMITS,
  limitValueError,
  type ConstraintId,
  type Constraints,
  type LimitDef,
  type ScoringGrid,
} from '../../domain/index.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useGridStore } from '../../data/gridStore.ts';
import { countryCodeProblems, countryLimitQuestion } from './constraintText.ts';
import { useScoringStore } from './scoringStore.ts';
import { useSurfaceStore } from './surfaceStore.ts';

const NO_CONSTRAINTS: Constraints = {};
const NO_COUNTS: Partial<Record<ConstraintId, number>> = {};

function LimitRow({ def, grid }: { def: LimitDef; grid: ScoringGrid | null }) {
  const value = useScoringStore((s) => s.config.constraints?.[def.id]) ?? null;
  const setLimit = useScoringStore((s) => s.setLimit);
  const excludedBy = useSurfaceStore((s) => s.summary?.excludedByCount) ?? NO_COUNTS;
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<number | null>(null);
  // A preset or a link can change the limit: show the stored value.
  useEffect(() => {
    setDraft(value === null ? '' : String(value));
    setPending(null);
    setError(null);
  }, [value]);
  const load = useGridStore((s) => s.load);
  // The counts in the confirmation need the grid on this thread: load it once a confirmation is open.
  useEffect(() => {
    if (pending !== null) void load();
  }, [pending, load]);
  const label = `${def.label} (${def.unit})`;
  const errorId = `limit-error-${def.id}`;
  const onInput = (text: string) => {
    setDraft(text);
    setPending(null);
    if (text.trim() === '') {
      setError(null);
      setLimit(def.id, null);
      return;
    }
    const n = Number(text);
    const problem = limitValueError(def, n);
    setError(problem);
    if (problem) return;
    if (isCountryLevelLimit(def)) setPending(n);
    else setLimit(def.id, n);
  };
  return (
    <div className="constraint-limit">
      <label className="constraint-row">
        <span>
          {def.label} <span className="muted">({def.unit})</span>
        </span>
        <input
          type="number"
          step="any"
          min={def.min}
          max={def.max}
          placeholder="off"
          aria-label={label}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          value={draft}
          onChange={(e) => onInput(e.target.value)}
        />
        {value != null && excludedBy[def.id] != null && (
          <span className="small muted">{excludedBy[def.id]!.toLocaleString('en-US')} cells out</span>
        )}
      </label>
      {error && (
        <p role="alert" id={errorId} className="field-error">
          {error}
        </p>
      )}
      {pending !== null && (
        <div role="alertdialog" aria-label={`Confirm ${def.label}`} className="confirm-limit">
          <p className="small">{countryLimitQuestion(def, pending, grid)}</p>
          <button type="button" onClick={() => setLimit(def.id, pending)}>
            Apply as a hard limit
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setPending(null);
              setDraft(value === null ? '' : String(value));
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}

export function ConstraintInputs() {
  const constraints = useScoringStore((s) => s.config.constraints) ?? NO_CONSTRAINTS;
  const setExcluded = useScoringStore((s) => s.setExcludedCountries);
  const grid = useGridStore((s) => s.grid);
  // the grid's countries once it is here; before, the country polygons (first view), so an unknown code is named at once
  const regions = useDatasetStore((s) => s.data.countries);
  const knownCountries = useMemo(
    () => grid?.manifest.countries ?? regions?.features.map((f) => f.properties.iso3).filter(Boolean) ?? null,
    [grid, regions],
  );
  const [countriesText, setCountriesText] = useState((constraints.excludedCountries ?? []).join(', '));
  const [countryError, setCountryError] = useState<string | null>(null);
  return (
    <fieldset className="constraints">
      <legend>Constraints (exclude places)</legend>
      {LIMITS.map((def) => (
        <LimitRow key={def.id} def={def} grid={grid} />
      ))}
      <label className="constraint-row">
        <span>Excluded countries (ISO3, comma-separated)</span>
        <input
          type="text"
          value={countriesText}
          aria-label="Excluded countries (ISO3)"
          aria-invalid={countryError !== null}
          aria-describedby={countryError ? 'excluded-countries-error' : undefined}
          onChange={(e) => {
            setCountriesText(e.target.value);
            const codes = e.target.value
              .split(/[\s,;]+/)
              .filter(Boolean)
              .map((c) => c.toUpperCase());
            const problem = countryCodeProblems(codes, knownCountries);
            setCountryError(problem);
            if (!problem) setExcluded(codes);
          }}
        />
      </label>
      {countryError && (
        <p role="alert" id="excluded-countries-error" className="field-error">
          {countryError}
        </p>
      )}
    </fieldset>
  );
}
