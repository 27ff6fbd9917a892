/**
 * Scoring configuration: weights, transform overrides, constraints, time-to-power assumption overrides.
 * resolveConfig() validates a config and fills defaults once, so the point scorer and the grid scorer use the
 * exact same numbers.
 */
import { resolveAssumptions, type AssumptionOverrides, type AssumptionValues } from './assumptions.ts';
import { normaliseCountries, validateConstraints, type Constraints } from './constraints.ts';
import { CRITERIA, defaultTransform, defaultWeights, isCriterionId, type CriterionId } from './criteria.ts';
import { DEFAULT_GRID_ACCESS_VOLTAGE, isGridAccessVoltage, type GridAccessVoltage } from './gridAccess.ts';
import { applicableLeadTimes, type LeadTime, type RegionalLeadTime } from './leadTimes.ts';
import { DEFAULT_POPULATION_RADIUS, isPopulationRadius, type PopulationRadius } from './populationReach.ts';
import { validateTransform, type Transform } from './transforms.ts';
import {
  DEFAULT_PRICE_BASIS,
  isPriceBasis,
  validatePriceOverrides,
  type PriceBasis,
  type PriceOverride,
} from './priceConfig.ts';

export interface ScoringConfig {
  /** Any non-negative numbers; normalised to percentages over criteria with weight > 0. Absent = 0. */
  weights: Partial<Record<CriterionId, number>>;
  /** Edited transforms (bounds); absent = the default in criterionBounds.ts. */
  transforms?: Partial<Record<CriterionId, Transform>>;
  constraints?: Constraints;
  /** Overrides of the time-to-power assumptions table. */
  assumptions?: AssumptionOverrides;
  /** Radius of the "People within reach" criterion, km; default DEFAULT_POPULATION_RADIUS (reason in populationReach.ts). */
  populationRadius?: PopulationRadius;
  /** Voltage class of the "Grid access" criterion; default DEFAULT_GRID_ACCESS_VOLTAGE (reason in gridAccess.ts). */
  gridAccessVoltage?: GridAccessVoltage;
  /** Price basis of the Power price criterion; default DEFAULT_PRICE_BASIS ('retail'). */
  priceBasis?: PriceBasis;
  /** The user's own prices by region or country ("your figure"); absent = none. */
  priceOverrides?: readonly PriceOverride[];
}

/** Data the scoring reads besides the grid: measured lead times (data/queues.json), never fetched here. */
export interface ScoringEvidence {
  leadTimes?: readonly LeadTime[];
}

export interface ResolvedConfig {
  readonly resolved: true;
  /** Criteria with weight > 0, in registry order (the order scores are summed in). */
  weighted: CriterionId[];
  /** weight / sum of positive weights; 0 for unweighted criteria. */
  weightFraction: Record<CriterionId, number>;
  /** weightFraction × 100. */
  weightPercent: Record<CriterionId, number>;
  transforms: Record<CriterionId, Transform>;
  constraints: Constraints;
  assumptions: AssumptionValues;
  populationRadius: PopulationRadius;
  gridAccessVoltage: GridAccessVoltage;
  priceBasis: PriceBasis;
  /** Validated, sorted by code. */
  priceOverrides: readonly PriceOverride[];
  /** Every measured lead time given (for explanations). */
  leadTimes: readonly LeadTime[];
  /** The ones that apply (ending at energisation, n >= regional_lead_time_min_n), one per region, by region. */
  regionalLeadTimes: readonly RegionalLeadTime[];
}

/** Default weights, default transforms, no constraints, no overrides. */
export function defaultConfig(): ScoringConfig {
  return {
    weights: defaultWeights(),
    constraints: {},
    assumptions: {},
    populationRadius: DEFAULT_POPULATION_RADIUS,
    gridAccessVoltage: DEFAULT_GRID_ACCESS_VOLTAGE,
  };
}

function cleanWeight(w: number | undefined): number {
  return w !== undefined && Number.isFinite(w) && w > 0 ? w : 0;
}

/** Weights as percentages over criteria with weight > 0 (they sum to 100; all 0 when no weight is positive). */
export function normaliseWeights(weights: Partial<Record<CriterionId, number>>): Record<CriterionId, number> {
  const fractions = weightFractions(weights);
  const out = {} as Record<CriterionId, number>;
  for (const c of CRITERIA) out[c.id] = fractions[c.id] * 100;
  return out;
}

function weightFractions(weights: Partial<Record<CriterionId, number>>): Record<CriterionId, number> {
  let sum = 0;
  for (const c of CRITERIA) sum += cleanWeight(weights[c.id]);
  const out = {} as Record<CriterionId, number>;
  for (const c of CRITERIA) out[c.id] = sum > 0 ? cleanWeight(weights[c.id]) / sum : 0;
  return out;
}

/**
 * Validates and fills defaults. Throws an Error naming the first problem. Idempotent on resolved configs (a resolved
 * config keeps the lead times it was resolved with).
 */
export function resolveConfig(
  config: ScoringConfig | ResolvedConfig,
  evidence: ScoringEvidence = {},
): ResolvedConfig {
  if ('resolved' in config && config.resolved === true) return config;
  const c = config as ScoringConfig;
  for (const [id, w] of Object.entries(c.weights)) {
    if (!isCriterionId(id)) throw new Error(`unknown criterion in weights: ${id}`);
    if (w !== undefined && (typeof w !== 'number' || Number.isNaN(w) || w < 0)) {
      throw new Error(`weight of ${id} must be a non-negative number`);
    }
  }
  const transforms = {} as Record<CriterionId, Transform>;
  for (const criterion of CRITERIA) transforms[criterion.id] = defaultTransform(criterion.id);
  for (const [id, t] of Object.entries(c.transforms ?? {})) {
    if (!isCriterionId(id)) throw new Error(`unknown criterion in transforms: ${id}`);
    if (!t) continue;
    const error = validateTransform(t);
    if (error) throw new Error(`transform of ${id}: ${error}`);
    transforms[id] = t;
  }
  const constraints = c.constraints ?? {};
  const constraintError = validateConstraints(constraints);
  if (constraintError) throw new Error(constraintError);
  const weightFraction = weightFractions(c.weights);
  const weightPercent = {} as Record<CriterionId, number>;
  for (const criterion of CRITERIA) weightPercent[criterion.id] = weightFraction[criterion.id] * 100;
  const populationRadius = c.populationRadius ?? DEFAULT_POPULATION_RADIUS;
  if (!isPopulationRadius(populationRadius)) {
    throw new Error(`population radius must be 100 or 300 km, got ${String(populationRadius)}`);
  }
  const gridAccessVoltage = c.gridAccessVoltage ?? DEFAULT_GRID_ACCESS_VOLTAGE;
  if (!isGridAccessVoltage(gridAccessVoltage)) {
    throw new Error(`unknown grid access voltage ${String(gridAccessVoltage)}`);
  }
  const priceBasis = c.priceBasis ?? DEFAULT_PRICE_BASIS;
  if (!isPriceBasis(priceBasis)) throw new Error(`unknown price basis ${String(priceBasis)}`);
  const priceOverrides = [...(c.priceOverrides ?? [])].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  const overrideError = validatePriceOverrides(priceOverrides);
  if (overrideError) throw new Error(overrideError);
  const assumptions = resolveAssumptions(c.assumptions ?? {});
  const leadTimes = evidence.leadTimes ?? [];
  return {
    resolved: true,
    weighted: CRITERIA.filter((cr) => weightFraction[cr.id] > 0).map((cr) => cr.id),
    weightFraction,
    weightPercent,
    transforms,
    constraints: { ...constraints, excludedCountries: normaliseCountries(constraints.excludedCountries) },
    assumptions,
    populationRadius,
    gridAccessVoltage,
    priceBasis,
    priceOverrides,
    leadTimes,
    regionalLeadTimes: applicableLeadTimes(leadTimes, assumptions.regional_lead_time_min_n),
  };
}
