/**
 * Transforms turn a criterion's raw value (in its unit) into a 0–100 score, respecting the criterion's direction.
 * All three kinds are monotonic and clamped, so a better raw value never scores lower.
 */

export type Direction = 'lower' | 'higher';

export type Transform =
  /** Linear between two bounds, clamped outside them. */
  | { kind: 'linear'; min: number; max: number }
  /** Linear in log10(value) between two positive bounds; values at or below `min` (including 0) clamp to it. */
  | { kind: 'log'; min: number; max: number }
  /**
   * Class breaks, ascending. A value v falls in class k = number of breaks <= v (0..n);
   * classes are spread evenly over 0–100 (class 0 is the worst when higher is better).
   */
  | { kind: 'breaks'; breaks: number[] };

/** The fraction 0..1 of the way from the low end to the high end of the transform's range. */
function fraction(t: Transform, value: number): number {
  switch (t.kind) {
    case 'linear': {
      if (value <= t.min) return 0;
      if (value >= t.max) return 1;
      return (value - t.min) / (t.max - t.min);
    }
    case 'log': {
      if (value <= t.min) return 0;
      if (value >= t.max) return 1;
      return (Math.log10(value) - Math.log10(t.min)) / (Math.log10(t.max) - Math.log10(t.min));
    }
    case 'breaks': {
      let k = 0;
      while (k < t.breaks.length && value >= t.breaks[k]) k++;
      return k / t.breaks.length;
    }
  }
}

/** Score 0–100 of a raw value. NaN input is a programming error upstream: missing values are null and never reach here. */
export function transformScore(t: Transform, direction: Direction, value: number): number {
  const f = fraction(t, value);
  return direction === 'higher' ? 100 * f : 100 * (1 - f);
}

/** Why a transform is unusable, or null when it is fine. */
export function validateTransform(t: Transform): string | null {
  switch (t.kind) {
    case 'linear':
      if (!Number.isFinite(t.min) || !Number.isFinite(t.max)) return 'bounds must be finite numbers';
      return t.min < t.max ? null : 'lower bound must be below upper bound';
    case 'log':
      if (!Number.isFinite(t.min) || !Number.isFinite(t.max)) return 'bounds must be finite numbers';
      if (t.min <= 0) return 'log bounds must be positive';
      return t.min < t.max ? null : 'lower bound must be below upper bound';
    case 'breaks':
      if (t.breaks.length === 0) return 'at least one class break is needed';
      for (let i = 0; i < t.breaks.length; i++) {
        if (!Number.isFinite(t.breaks[i])) return 'class breaks must be finite numbers';
        if (i > 0 && t.breaks[i] <= t.breaks[i - 1]) return 'class breaks must be strictly ascending';
      }
      return null;
    default:
      return 'unknown transform kind';
  }
}

/** Short human description, e.g. "linear 0.03–0.2 USD/kWh". */
export function describeTransform(t: Transform, unit: string): string {
  switch (t.kind) {
    case 'linear':
      return `linear ${t.min}–${t.max} ${unit}`;
    case 'log':
      return `log ${t.min}–${t.max} ${unit}`;
    case 'breaks':
      return `classes at ${t.breaks.join(', ')} ${unit}`;
  }
}
