/**
 * Edits a criterion's transform bounds. Each bound is checked against the other (lower below upper; above 0 on a
 * log scale): a refused bound is named with its allowed range, marked invalid and not applied.
 */
import { validateTransform, type Criterion, type Transform } from '../../domain/index.ts';
import type { NumberRule } from '../../shared/numberRule.ts';
import { useNumberField } from '../../shared/useNumberField.ts';
import { useScoringStore } from './scoringStore.ts';

type Bounded = Extract<Transform, { min: number; max: number }>;

function Bound({
  criterion,
  transform,
  which,
}: {
  criterion: Criterion;
  transform: Bounded;
  which: 'min' | 'max';
}) {
  const setTransform = useScoringStore((s) => s.setTransform);
  const name = which === 'min' ? 'Lower bound' : 'Upper bound';
  const rule: NumberRule =
    which === 'min'
      ? {
          max: transform.max,
          maxExclusive: true,
          ...(transform.kind === 'log' ? { min: 0, minExclusive: true } : {}),
          unit: criterion.unit,
        }
      : { min: transform.min, minExclusive: true, unit: criterion.unit };
  const field = useNumberField({
    label: `${criterion.label} ${name.toLowerCase()}`,
    value: transform[which],
    rule,
    onValid: (n) => {
      const next: Transform = { ...transform, [which]: n };
      // the rule already keeps the bounds apart; the domain check stays the one source of truth
      if (n !== null && validateTransform(next) === null) setTransform(criterion.id, next);
    },
  });
  return (
    <>
      <label>
        {name}
        <input
          type="number"
          step="any"
          aria-label={`${criterion.label} ${name.toLowerCase()}`}
          {...field.input}
        />
      </label>
      {field.problem && (
        <p role="alert" id={field.errorId} className="field-error">
          {field.problem}
        </p>
      )}
    </>
  );
}

export function TransformEditor({ criterion, transform }: { criterion: Criterion; transform: Transform }) {
  const setTransform = useScoringStore((s) => s.setTransform);
  if (transform.kind === 'breaks') {
    return (
      <p className="small muted">
        Class breaks: {transform.breaks.join(', ')} {criterion.unit}
      </p>
    );
  }
  return (
    <div className="transform-editor small">
      <span>{transform.kind === 'log' ? 'Log scale' : 'Linear'} between</span>
      <Bound criterion={criterion} transform={transform} which="min" />
      <Bound criterion={criterion} transform={transform} which="max" />
      <span>{criterion.unit}</span>
      <button type="button" onClick={() => setTransform(criterion.id, undefined)}>
        Default
      </button>
    </div>
  );
}
