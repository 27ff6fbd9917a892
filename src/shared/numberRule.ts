/**
 * A numeric field's allowed values and the check of typed text against them: the value, or a message naming the
 * field and the allowed range. Pure (no React); `useNumberField` wraps it for inputs.
 */

export interface NumberRule {
  /** Lowest allowed value (inclusive unless `minExclusive`). */
  min?: number;
  minExclusive?: boolean;
  /** Highest allowed value (inclusive unless `maxExclusive`). */
  max?: number;
  maxExclusive?: boolean;
  /** Whole numbers only. */
  integer?: boolean;
  /** Unit for messages, e.g. "USD/kWh". */
  unit?: string;
  /** An empty field is allowed and means "no value" (null). */
  optional?: boolean;
  /** How a bound is written in messages (default: up to 6 significant digits, US grouping). */
  format?: (n: number) => string;
}

export type NumberCheck = { value: number | null } | { problem: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const defaultFormat = (n: number) => n.toLocaleString('en-US', { maximumSignificantDigits: 6 });

/** The allowed range in words, e.g. "between 0 and 10 USD/kWh", "above 0", "below 0.2 USD/kWh". */
export function describeRange(rule: NumberRule): string {
  const f = rule.format ?? defaultFormat;
  const unit = rule.unit ? ` ${rule.unit}` : '';
  const whole = rule.integer ? 'a whole number ' : 'a number ';
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) {
    if (!rule.minExclusive && !rule.maxExclusive) return `${whole}between ${f(min)} and ${f(max)}${unit}`;
    return `${whole}${rule.minExclusive ? 'above' : 'from'} ${f(min)} and ${rule.maxExclusive ? 'below' : 'up to'} ${f(max)}${unit}`;
  }
  if (min !== undefined) return `${whole}${rule.minExclusive ? 'above' : 'of at least'} ${f(min)}${unit}`;
  if (max !== undefined) return `${whole}${rule.maxExclusive ? 'below' : 'of at most'} ${f(max)}${unit}`;
  return whole.trim();
}

/** Checks typed text (`badInput`: the browser could not read it as a number) against a rule. */
export function checkNumber(label: string, text: string, rule: NumberRule, badInput = false): NumberCheck {
  const typed = text.trim();
  const must = `${label}: must be ${describeRange(rule)}`;
  if (typed === '' && !badInput) return rule.optional ? { value: null } : { problem: `${must} (empty)` };
  const shown = typed.length > 20 ? `${typed.slice(0, 20)}…` : typed;
  if (badInput || !NUMBER.test(typed)) return { problem: `${must}; “${shown || 'that'}” is not a number` };
  const n = Number(typed);
  if (!Number.isFinite(n)) return { problem: `${must}; “${shown}” is not a number` };
  const { min, max } = rule;
  const low = min !== undefined && (rule.minExclusive ? n <= min : n < min);
  const high = max !== undefined && (rule.maxExclusive ? n >= max : n > max);
  if (low || high || (rule.integer && !Number.isInteger(n))) return { problem: `${must}, not ${shown}` };
  return { value: n };
}
