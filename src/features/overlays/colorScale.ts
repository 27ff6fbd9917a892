/** Colour ramps as data, turned into MapLibre step expressions and legend stops. */
import type { ExpressionSpecification } from 'maplibre-gl';

export interface ColorStep {
  /** Lower bound of the class (inclusive); the first step's value is the floor label only. */
  value: number;
  color: string;
}

export function stepExpression(
  input: ExpressionSpecification,
  steps: readonly ColorStep[],
  noDataColor: string,
): ExpressionSpecification {
  const [first, ...rest] = steps;
  const step: unknown[] = ['step', input, first.color];
  for (const s of rest) step.push(s.value, s.color);
  return ['case', ['==', input, null], noDataColor, step] as unknown as ExpressionSpecification;
}

export const formatStepLabel = (
  steps: readonly ColorStep[],
  i: number,
  fmt: (v: number) => string,
): string =>
  i === steps.length - 1
    ? `≥ ${fmt(steps[i].value)}`
    : i === 0
      ? `< ${fmt(steps[1].value)}`
      : `${fmt(steps[i].value)}–${fmt(steps[i + 1].value)}`;
