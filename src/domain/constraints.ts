/**
 * Hard constraints: a place that breaks one is excluded (not scored lower), and the UI names the constraint(s).
 * A constraint whose input is missing can neither exclude nor pass the place: the place is incomplete.
 */
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
}

export const LIMITS: readonly LimitDef[] = [
  {
    id: 'maxPowerPrice',
    label: 'Max power price',
    bound: 'max',
    reads: 'power_price',
    quantity: 'Power price',
    unit: 'USD/kWh',
  },
  {
    id: 'minGridCapacity',
    label: 'Min operating generation within 50 km',
    bound: 'min',
    reads: 'grid_capacity_mw',
    quantity: 'Operating generation within 50 km',
    unit: 'MW',
  },
  {
    id: 'minStrandedPower',
    label: 'Min stranded power',
    bound: 'min',
    reads: 'stranded_power',
    quantity: 'Stranded power',
    unit: 'MW per 1,000 people',
  },
  {
    id: 'maxTimeToPower',
    label: 'Max time to power',
    bound: 'max',
    reads: 'time_to_power',
    quantity: 'Time to power',
    unit: 'months',
  },
  {
    id: 'maxTemperature',
    label: 'Max mean temperature',
    bound: 'max',
    reads: 'temperature_mean',
    quantity: 'Mean temperature',
    unit: '°C',
  },
  {
    id: 'maxCarbon',
    label: 'Max grid carbon',
    bound: 'max',
    reads: 'carbon',
    quantity: 'Grid carbon',
    unit: 'gCO2/kWh',
  },
  {
    id: 'maxWaterStress',
    label: 'Max water stress',
    bound: 'max',
    reads: 'water_stress',
    quantity: 'Water stress',
    unit: 'Aqueduct 0–5',
  },
  {
    id: 'maxHazard',
    label: 'Max disaster risk',
    bound: 'max',
    reads: 'hazard',
    quantity: 'Disaster risk',
    unit: 'WorldRiskIndex',
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

/** Why constraints are unusable, or null. */
export function validateConstraints(c: Constraints): string | null {
  for (const [key, value] of Object.entries(c)) {
    if (key === 'excludedCountries') {
      if (value !== undefined && !Array.isArray(value))
        return 'excludedCountries must be a list of ISO3 codes';
      continue;
    }
    if (!LIMIT_BY_ID.has(key as LimitId)) return `unknown constraint ${key}`;
    if (value !== null && value !== undefined && !(typeof value === 'number' && Number.isFinite(value))) {
      return `${getLimit(key as LimitId).label}: must be a number`;
    }
  }
  return null;
}
