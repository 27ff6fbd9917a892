/** Hard constraints: a place beyond a limit is excluded (not scored lower) and the card says which limit did it. */
import { useState } from 'react';
import { LIMITS, type ConstraintId, type Constraints } from '../../domain/index.ts';
import { useScoringStore } from './scoringStore.ts';
import { useSurfaceStore } from './surfaceStore.ts';

const NO_CONSTRAINTS: Constraints = {};
const NO_COUNTS: Partial<Record<ConstraintId, number>> = {};

export function ConstraintInputs() {
  const constraints = useScoringStore((s) => s.config.constraints) ?? NO_CONSTRAINTS;
  const setLimit = useScoringStore((s) => s.setLimit);
  const setExcluded = useScoringStore((s) => s.setExcludedCountries);
  const excludedBy = useSurfaceStore((s) => s.summary?.excludedByCount) ?? NO_COUNTS;
  const [countriesText, setCountriesText] = useState((constraints.excludedCountries ?? []).join(', '));
  const [countryError, setCountryError] = useState<string | null>(null);
  return (
    <fieldset className="constraints">
      <legend>Constraints (exclude places)</legend>
      {LIMITS.map((def) => {
        const value = constraints[def.id];
        return (
          <label key={def.id} className="constraint-row">
            <span>
              {def.label} <span className="muted">({def.unit})</span>
            </span>
            <input
              type="number"
              step="any"
              placeholder="off"
              aria-label={`${def.label} (${def.unit})`}
              value={value ?? ''}
              onChange={(e) => {
                const n = e.target.valueAsNumber;
                setLimit(def.id, Number.isFinite(n) ? n : null);
              }}
            />
            {value != null && excludedBy[def.id] != null && (
              <span className="small muted">{excludedBy[def.id]!.toLocaleString('en-US')} cells out</span>
            )}
          </label>
        );
      })}
      <label className="constraint-row">
        <span>Excluded countries (ISO3, comma-separated)</span>
        <input
          type="text"
          value={countriesText}
          aria-label="Excluded countries (ISO3)"
          onChange={(e) => {
            setCountriesText(e.target.value);
            const codes = e.target.value
              .split(/[\s,;]+/)
              .filter(Boolean)
              .map((c) => c.toUpperCase());
            const bad = codes.filter((c) => !/^[A-Z]{3}$/.test(c));
            setCountryError(bad.length ? `Not ISO3 codes: ${bad.join(', ')}` : null);
            if (!bad.length) setExcluded(codes);
          }}
        />
      </label>
      {countryError && (
        <p role="alert" className="field-error">
          {countryError}
        </p>
      )}
    </fieldset>
  );
}
