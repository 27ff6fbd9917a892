/**
 * Hard constraints: a place that breaks one is excluded (not scored lower), and the UI names the constraint(s).
 * A constraint whose input is missing can neither exclude nor pass the place: the place is incomplete.
 */
import type { CriterionId } from './criterionIds.ts';
import { isCountryLevel } from './criterionPrecision.ts';
import { formatNumber } from './format.ts';
import type { NumericLayerId, PlaceValues } from './layerIds.ts';

export type LimitId =
  | 'maxPowerPrice'
  | 'minGridCapacity'
  | 'minStrandedPower'
  | 'maxTimeToPower'
  | 'maxTemperature'
  | 'maxCarbon'
  | 'maxWaterStress'
  | 'maxHazard';
export type ConstraintId = LimitId | 'excludedCountries';

export interface LimitDef {
  id: LimitId;
  label: string;
  bound: 'max' | 'min';
  /** What the limit applies to: a grid layer, or the time-to-power model. */
  reads: NumericLayerId | 'time_to_power';
  /** Name of the quantity, for messages. */
  quantity: string;
  unit: string;
  /** The criterion measuring the same quantity: its precision (criterionPrecision.ts) is the limit's. */
  criterion: CriterionId;
  /** Values a user may enter (the quantity's own scale or physical range, not a data figure). */
  min: number;
  max: number;
}

/**
 * Allowed ranges: prices, MW, months, carbon and stranded power are not negative; water stress is Aqueduct's 0–5
 * scale and disaster risk the WorldRiskIndex 0–100 scale; the mean temperature stays within Earth's recorded
 * extremes (-90 to 60 °C); the upper ends of the others (10 USD/kWh, 10⁶ MW, 10⁵ MW per 1,000 people, 600 months,
 * 2,000 gCO2/kWh, about twice a pure-coal grid) only catch typing slips.
 */
export const LIMITS: readonly LimitDef[] = [
  {
    id: 'maxPowerPrice',
    label: 'Max power price',
    bound: 'max',
    reads: 'power_price',
    quantity: 'Power price',
    unit: 'USD/kWh',
    criterion: 'power_price',
    min: 0,
    max: 10,
  },
  {
    id: 'minGridCapacity',
    label: 'Min operating generation within 50 km',
    bound: 'min',
    reads: 'grid_capacity_mw',
    quantity: 'Operating generation within 50 km',
    unit: 'MW',
    criterion: 'grid_capacity',
    min: 0,
    max: 1000000,
  },
  {
    id: 'minStrandedPower',
    label: 'Min stranded power',
    bound: 'min',
    reads: 'stranded_power',
    quantity: 'Stranded power',
    unit: 'MW per 1,000 people',
    criterion: 'stranded_power',
    min: 0,
    max: 100000,
  },
  {
    id: 'maxTimeToPower',
    label: 'Max time to power',
    bound: 'max',
    reads: 'time_to_power',
    quantity: 'Time to power',
    unit: 'months',
    criterion: 'time_to_power',
    min: 0,
    max: 600,
  },
  {
    id: 'maxTemperature',
    label: 'Max mean temperature',
    bound: 'max',
    reads: 'temperature_mean',
    quantity: 'Mean temperature',
    unit: '°C',
    criterion: 'cooling',
    min: -90,
    max: 60,
  },
  {
    id: 'maxCarbon',
    label: 'Max grid carbon',
    bound: 'max',
    reads: 'carbon',
    quantity: 'Grid carbon',
    unit: 'gCO2/kWh',
    criterion: 'carbon',
    min: 0,
    max: 2000,
  },
  {
    id: 'maxWaterStress',
    label: 'Max water stress',
    bound: 'max',
    reads: 'water_stress',
    quantity: 'Water stress',
    unit: 'Aqueduct 0–5',
    criterion: 'water_stress',
    min: 0,
    max: 5,
  },
  {
    id: 'maxHazard',
    label: 'Max disaster risk',
    bound: 'max',
    reads: 'hazard',
    quantity: 'Disaster risk',
    unit: 'WorldRiskIndex',
    criterion: 'hazard',
    min: 0,
    max: 100,
  },
];

/** Limits (null or absent = off) plus a list of excluded ISO3 country codes. */
export type Constraints = Partial<Record<LimitId, number | null>> & { excludedCountries?: string[] };

export interface ConstraintViolation {
  id: ConstraintId;
  label: string;
  limit: number | string[];
  value: number | string;
  unit: string;
  /** E.g. "Power price 0.15 USD/kWh is above the max 0.1 USD/kWh". */
  message: string;
}

export interface ConstraintCheck {
  violations: ConstraintViolation[];
  /** Active constraints that could not be checked for lack of data. */
  unknown: ConstraintId[];
}

const LIMIT_BY_ID = new Map<LimitId, LimitDef>(LIMITS.map((d) => [d.id, d]));

export function getLimit(id: LimitId): LimitDef {
  const d = LIMIT_BY_ID.get(id);
  if (!d) throw new Error(`unknown constraint ${id}`);
  return d;
}

/** Active limits in table order. */
export function activeLimits(c: Constraints): Array<{ def: LimitDef; limit: number }> {
  const out: Array<{ def: LimitDef; limit: number }> = [];
  for (const def of LIMITS) {
    const limit = c[def.id];
    if (limit !== null && limit !== undefined) out.push({ def, limit });
  }
  return out;
}

export function limitFails(def: LimitDef, limit: number, value: number): boolean {
  return def.bound === 'max' ? value > limit : value < limit;
}

export function normaliseCountries(codes: readonly string[] | undefined): string[] {
  return [...new Set((codes ?? []).map((c) => c.trim().toUpperCase()).filter((c) => c.length > 0))];
}

/** Checks a place against the constraints; ttpMonths is the place's time to power (null = unknown). */
export function checkConstraints(
  values: PlaceValues,
  ttpMonths: number | null,
  c: Constraints,
): ConstraintCheck {
  const violations: ConstraintViolation[] = [];
  const unknown: ConstraintId[] = [];
  const excluded = normaliseCountries(c.excludedCountries);
  if (excluded.length > 0) {
    const country = values.country ?? null;
    if (country === null) unknown.push('excludedCountries');
    else if (excluded.includes(country.toUpperCase())) {
      violations.push({
        id: 'excludedCountries',
        label: 'Excluded countries',
        limit: excluded,
        value: country,
        unit: 'ISO3',
        message: `Country ${country} is excluded`,
      });
    }
  }
  for (const { def, limit } of activeLimits(c)) {
    const value = def.reads === 'time_to_power' ? ttpMonths : (values[def.reads] ?? null);
    if (value === null) unknown.push(def.id);
    else if (limitFails(def, limit, value)) {
      const side = def.bound === 'max' ? 'above the max' : 'below the min';
      violations.push({
        id: def.id,
        label: def.label,
        limit,
        value,
        unit: def.unit,
        message: `${def.quantity} ${formatNumber(value)} ${def.unit} is ${side} ${formatNumber(limit)} ${def.unit}`,
      });
    }
  }
  return { violations, unknown };
}

/** Whether a limit reads a country average (carbon, water stress, disaster risk): it removes whole countries. */
export function isCountryLevelLimit(def: LimitDef): boolean {
  return isCountryLevel(def.criterion);
}

/** Why a limit value cannot be used (not a number, out of range), or null. */
export function limitValueError(def: LimitDef, value: number): string | null {
  if (!Number.isFinite(value)) return `${def.label}: must be a number`;
  if (value < def.min || value > def.max)
    return `${def.label}: must be between ${formatNumber(def.min)} and ${formatNumber(def.max)} ${def.unit}`;
  return null;
}

/** Why constraints are unusable, or null. */
export function validateConstraints(c: Constraints): string | null {
  for (const [key, value] of Object.entries(c)) {
    if (key === 'excludedCountries') {
      if (value !== undefined && !Array.isArray(value))
        return 'excludedCountries must be a list of ISO3 codes';
      continue;
    }
    if (!LIMIT_BY_ID.has(key as LimitId)) return `unknown constraint ${key}`;
    if (value === null || value === undefined) continue;
    const def = getLimit(key as LimitId);
    if (typeof value !== 'number') return `${def.label}: must be a number`;
    const error = limitValueError(def, value);
    if (error) return error;
  }
  return null;
}
