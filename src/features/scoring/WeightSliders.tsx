/** One slider per criterion (accessible name = criterion label), with its share of the total and its transform. */
import {
  CRITERIA,
  CRITERION_BOUNDS,
  defaultTransform,
  describeTransform,
  normaliseWeights,
  precisionLabel,
  type Criterion,
} from '../../domain/index.ts';
import { memo } from 'react';
import { GridAccessVoltage } from './GridAccessVoltage.tsx';
import { PopulationRadius } from './PopulationRadius.tsx';
import { useScoringStore } from './scoringStore.ts';
import { TransformEditor } from './TransformEditor.tsx';

/**
 * What a weight change leaves alone: the criterion's own settings and its transform. Memoised, so that dragging a
 * weight (which changes every row's share) re-renders only the rows' heads and sliders, not every transform editor.
 */
const WeightRowDetails = memo(function WeightRowDetails({ criterion }: { criterion: Criterion }) {
  const transform =
    useScoringStore((s) => s.config.transforms?.[criterion.id]) ?? defaultTransform(criterion.id);
  return (
    <>
      {criterion.input.kind === 'gridAccess' && <GridAccessVoltage />}
      {criterion.input.kind === 'populationReach' && <PopulationRadius />}
      <details className="transform-details">
        <summary>
          {criterion.direction === 'lower' ? 'Lower is better' : 'Higher is better'} ·{' '}
          {describeTransform(transform, criterion.unit)}
        </summary>
        <p className="small muted">
          {criterion.description} Precision: {precisionLabel(criterion.id)}.
        </p>
        <TransformEditor criterion={criterion} transform={transform} />
        <p className="small muted">{CRITERION_BOUNDS[criterion.id].reason}</p>
      </details>
    </>
  );
});

function WeightRow({ criterion, percent }: { criterion: Criterion; percent: number }) {
  const weight = useScoringStore((s) => s.config.weights[criterion.id] ?? 0);
  const setWeight = useScoringStore((s) => s.setWeight);
  return (
    <li className="weight-row">
      <div className="weight-head">
        <label htmlFor={`weight-${criterion.id}`}>{criterion.label}</label>
        <output htmlFor={`weight-${criterion.id}`} aria-label={`${criterion.label} share`}>
          {percent.toFixed(0)} %
        </output>
      </div>
      <input
        id={`weight-${criterion.id}`}
        type="range"
        min={0}
        max={100}
        step={1}
        value={weight}
        onChange={(e) => setWeight(criterion.id, Number(e.target.value))}
      />
      <WeightRowDetails criterion={criterion} />
    </li>
  );
}

export function WeightSliders() {
  const weights = useScoringStore((s) => s.config.weights);
  const percents = normaliseWeights(weights);
  return (
    <ul className="weight-list" aria-label="Criterion weights">
      {CRITERIA.map((c) => (
        <WeightRow key={c.id} criterion={c} percent={percents[c.id]} />
      ))}
    </ul>
  );
}
