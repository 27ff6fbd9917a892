/** Edits a criterion's transform bounds; invalid bounds are shown, not applied. */
import { useState } from 'react';
import { validateTransform, type Criterion, type Transform } from '../../domain/index.ts';
import { useScoringStore } from './scoringStore.ts';

export function TransformEditor({ criterion, transform }: { criterion: Criterion; transform: Transform }) {
  const setTransform = useScoringStore((s) => s.setTransform);
  const [error, setError] = useState<string | null>(null);
  if (transform.kind === 'breaks') {
    return (
      <p className="small muted">
        Class breaks: {transform.breaks.join(', ')} {criterion.unit}
      </p>
    );
  }
  const update = (key: 'min' | 'max', raw: string) => {
    const next: Transform = { ...transform, [key]: Number(raw) };
    const problem = raw.trim() === '' ? 'a bound is required' : validateTransform(next);
    setError(problem);
    if (!problem) setTransform(criterion.id, next);
  };
  const bound = (key: 'min' | 'max', label: string) => (
    <label>
      {label}
      <input
        type="number"
        step="any"
        defaultValue={transform[key]}
        aria-label={`${criterion.label} ${label.toLowerCase()}`}
        onChange={(e) => update(key, e.target.value)}
      />
    </label>
  );
  return (
    <div className="transform-editor small">
      <span>{transform.kind === 'log' ? 'Log scale' : 'Linear'} between</span>
      {bound('min', 'Lower bound')}
      {bound('max', 'Upper bound')}
      <span>{criterion.unit}</span>
      <button type="button" onClick={() => setTransform(criterion.id, undefined)}>
        Default
      </button>
      {error && (
        <p role="alert" className="field-error">
          {criterion.label}: {error}
        </p>
      )}
    </div>
  );
}
