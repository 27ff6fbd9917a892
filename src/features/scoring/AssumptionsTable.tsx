/**
 * The time-to-power assumptions table: every lead time and threshold with its evidence (quoted
 * from data/assumptions.json) or its "assumption" label and reasoning, each editable.
 */
import { useEffect } from 'react';
import { ASSUMPTIONS, validateAssumptionOverride, type Assumption } from '../../domain/index.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useNumberField } from '../../shared/useNumberField.ts';
import { RegionalLeadTimes } from './RegionalLeadTimes.tsx';
import { useScoringStore } from './scoringStore.ts';

function AssumptionRow({ assumption }: { assumption: Assumption }) {
  const override = useScoringStore((s) => s.config.assumptions?.[assumption.id]);
  const setAssumption = useScoringStore((s) => s.setAssumption);
  const evidence = useDatasetStore((s) => s.data.assumptionEvidence);
  const value = override ?? assumption.value;
  const ids = assumption.basis.kind === 'evidence' ? assumption.basis.evidenceIds : [];
  // empty = back to the default; the allowed range is the table's (validateAssumptionOverride checks the same)
  const field = useNumberField({
    label: assumption.label,
    value,
    rule: { min: assumption.min, max: assumption.max, unit: assumption.unit, optional: true },
    onValid: (n) =>
      setAssumption(
        assumption.id,
        n === null || validateAssumptionOverride(assumption.id, n) !== null ? undefined : n,
      ),
  });
  return (
    <li className="assumption-row">
      <label className="constraint-row">
        <span>{assumption.label}</span>
        <input
          type="number"
          step="any"
          placeholder={String(assumption.value)}
          aria-label={`${assumption.label} (${assumption.unit})`}
          {...field.input}
        />
        <span className="small">{assumption.unit}</span>
      </label>
      {field.problem && (
        <p role="alert" id={field.errorId} className="field-error">
          {field.problem}
        </p>
      )}
      <p className="small">
        {assumption.basis.kind === 'assumption' ? (
          <span className="badge badge-warn">Assumption</span>
        ) : (
          <span className="badge badge-ok">Sourced</span>
        )}{' '}
        {override !== undefined && override !== assumption.value && (
          <span className="badge badge-edit">Edited (default {assumption.value})</span>
        )}{' '}
        {assumption.reasoning}
      </p>
      {ids.length > 0 && (
        <details>
          <summary>Evidence ({ids.join(', ')})</summary>
          <ul className="evidence-list">
            {ids.map((id) => {
              const row = evidence?.find((r) => r.id === id);
              return row ? (
                <li key={id}>
                  <strong>{id}</strong> “{row.quote}” ({row.publisher}, {row.asOf}){' '}
                  <a href={row.sourceUrl} target="_blank" rel="noopener noreferrer">
                    {row.sourceTitle}
                  </a>
                </li>
              ) : (
                <li key={id}>{id}</li>
              );
            })}
          </ul>
        </details>
      )}
    </li>
  );
}

export function AssumptionsTable() {
  const ensure = useDatasetStore((s) => s.ensure);
  useEffect(() => ensure('assumptionEvidence'), [ensure]);
  return (
    <>
      <ul className="assumption-list" aria-label="Time-to-power assumptions">
        {ASSUMPTIONS.map((a) => (
          <AssumptionRow key={a.id} assumption={a} />
        ))}
      </ul>
      <RegionalLeadTimes />
    </>
  );
}
