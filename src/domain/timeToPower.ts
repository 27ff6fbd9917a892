/**
 * Time to power: months until a place can draw a first large block of power (block_it_mw of IT load, in gross MW).
 * Stages, fastest first by default: energised mining/HPC site -> HV substation within reach -> strong generation
 * nearby -> greenfield. What the grid tells per cell (all thresholds in assumptions.ts):
 * - energised_site: an energised site within energised_reach_km whose published MW (current, else planned) covers the
 *   block in gross MW; a site publishing neither qualifies by its status and distance (energisedMw.ts).
 * - hv_substation: a substation of at least hv_substation_min_kv (its voltage class) within hv_substation_reach_km.
 *   Months: the place's US ISO queue median where it applies (leadTimes.ts), else hv_substation_months.
 * - strong_generation: operating generation within 50 km >= strong_generation_min_mw.
 * - greenfield: always possible.
 * A place gets the fastest stage it qualifies for (min over qualifying stages, so overriding one lead time can never
 * make an energised site slower than greenfield). Every stage but the energised site is floored at the transformer
 * lead time. When missing data (e.g. no substation source covers the place) could decide, the result is unknown.
 */
import {
  evidenceIdsOf,
  grossMwFromItMw,
  monthsFromWeeks,
  resolveAssumptions,
  type AssumptionId,
  type AssumptionOverrides,
  type AssumptionValues,
} from './assumptions.ts';
import { energisedMwCovers, energisedSiteMw } from './energisedMw.ts';
import { formatNumber } from './format.ts';
import { substationLayer, voltageClassAtLeast } from './gridAccess.ts';
import { isEnergisedStatus, type NumericLayerId, type PlaceValues } from './layerIds.ts';
import {
  applicableLeadTimes,
  leadTimeText,
  NO_REGIONAL_EVIDENCE,
  queueRegionOf,
  whyNoRegionalEvidence,
  type LeadTime,
  type RegionalLeadTime,
} from './leadTimes.ts';
import { and3, atLeast, atMost, NO, UNKNOWN, YES, type Tri } from './tri.ts';

export const POWER_STAGES = ['energised_site', 'hv_substation', 'strong_generation', 'greenfield'] as const;
export type PowerStage = (typeof POWER_STAGES)[number];

export const STAGE_LABELS: Record<PowerStage, string> = {
  energised_site: 'Energised mining/HPC site',
  hv_substation: 'HV substation within reach',
  strong_generation: 'Strong generation nearby (new line or substation)',
  greenfield: 'Greenfield connection',
};

export { and3, atLeast, atMost, NO, UNKNOWN, YES, type Tri } from './tri.ts';

/** The site layer holds energised sites by contract, so a missing status does not block; another label does. */
export function energisedStatusOk(status: string | null | undefined): Tri {
  if (status === null || status === undefined) return YES;
  return isEnergisedStatus(status) ? YES : NO;
}

export type StageStates = Record<PowerStage, Tri>;

/** Gross MW of the first block (block_it_mw × it_to_gross_ratio). */
export function blockGrossMw(a: AssumptionValues): number {
  return grossMwFromItMw(a.block_it_mw, a.it_to_gross_ratio);
}

/** The substation-distance layer the HV-substation stage reads (the class of hv_substation_min_kv). */
export function hvStageLayer(a: AssumptionValues): NumericLayerId {
  return substationLayer(voltageClassAtLeast(a.hv_substation_min_kv));
}

/**
 * Months per stage, with the HV-substation stage from a regional median when one applies. Every stage but the
 * energised site is floored at the transformer lead time.
 */
export function stageMonths(
  a: AssumptionValues,
  regional: RegionalLeadTime | null = null,
): Record<PowerStage, number> {
  const transformer = monthsFromWeeks(a.transformer_lead_weeks);
  return {
    energised_site: a.energised_site_months,
    hv_substation: Math.max(regional?.median ?? a.hv_substation_months, transformer),
    strong_generation: Math.max(a.strong_generation_months, transformer),
    greenfield: Math.max(a.greenfield_months, transformer),
  };
}

/** Stages ordered by months (fastest first; ties keep the canonical order). */
export function stageOrder(months: Record<PowerStage, number>): PowerStage[] {
  return [...POWER_STAGES].sort((x, y) => months[x] - months[y]);
}

export function stageStates(values: PlaceValues, a: AssumptionValues): StageStates {
  const energised = and3(
    and3(
      atMost(values.energized_site_km, a.energised_reach_km),
      energisedStatusOk(values.energized_site_status),
    ),
    energisedMwCovers(values, blockGrossMw(a)),
  );
  return {
    energised_site: energised,
    hv_substation: atMost(values[hvStageLayer(a)], a.hv_substation_reach_km),
    strong_generation: atLeast(values.grid_capacity_mw, a.strong_generation_min_mw),
    greenfield: YES,
  };
}

/** Fastest qualifying stage, or null when missing data leaves a faster stage undecided. */
export function pickStage(states: StageStates, order: readonly PowerStage[]): PowerStage | null {
  for (const stage of order) {
    if (states[stage] === YES) return stage;
    if (states[stage] === UNKNOWN) return null;
  }
  return 'greenfield';
}

/** Which lead time the HV-substation stage uses at a place, and what it says. */
export type LeadTimeRule =
  | ({ kind: 'regional'; text: string } & RegionalLeadTime)
  | { kind: 'global'; region: string | null; text: string; detail: string };

export interface TimeToPowerResult {
  /** Months to first power; null when missing data leaves it undecided. */
  months: number | null;
  stage: PowerStage | null;
  explanation: string;
  /** Assumption ids the result depends on (see assumptions.ts). */
  assumptionIds: AssumptionId[];
  /** Evidence ids (time_to_power.csv) behind those assumptions. */
  evidenceIds: string[];
  blockItMw: number;
  blockGrossMw: number;
  /** The HV-substation stage's lead time here: the regional queue median, or the global assumption. */
  leadTime: LeadTimeRule;
  /** Whether that rule set the months (the place got the HV-substation stage). */
  leadTimeApplied: boolean;
}

const STAGE_MONTHS_ID: Record<PowerStage, AssumptionId> = {
  energised_site: 'energised_site_months',
  hv_substation: 'hv_substation_months',
  strong_generation: 'strong_generation_months',
  greenfield: 'greenfield_months',
};
const STAGE_CHECK_IDS: Record<PowerStage, AssumptionId[]> = {
  energised_site: ['energised_reach_km', 'block_it_mw', 'it_to_gross_ratio'],
  hv_substation: ['hv_substation_reach_km', 'hv_substation_min_kv'],
  strong_generation: ['strong_generation_min_mw'],
  greenfield: [],
};

/** The applicable lead time of a place's queue region, if any. */
export function regionalLeadTimeAt(
  values: PlaceValues,
  regional: readonly RegionalLeadTime[],
): RegionalLeadTime | null {
  const region = queueRegionOf(values.queue_region);
  return region ? (regional.find((lt) => lt.region === region) ?? null) : null;
}

/**
 * Time to power of a place. `assumptions`: overrides of the table. `leadTimes`: measured queue lead times
 * (data/queues.json), filtered here by regional_lead_time_min_n.
 */
export function timeToPower(
  values: PlaceValues,
  assumptions: AssumptionOverrides = {},
  leadTimes: readonly LeadTime[] = [],
): TimeToPowerResult {
  const a = resolveAssumptions(assumptions);
  return timeToPowerResolved(
    values,
    a,
    applicableLeadTimes(leadTimes, a.regional_lead_time_min_n),
    leadTimes,
  );
}

/** `regional`: the applicable lead times (ResolvedConfig.regionalLeadTimes); `all`: every measured one (for notes). */
export function timeToPowerResolved(
  values: PlaceValues,
  a: AssumptionValues,
  regional: readonly RegionalLeadTime[] = [],
  all: readonly LeadTime[] = regional,
): TimeToPowerResult {
  const lt = regionalLeadTimeAt(values, regional);
  const months = stageMonths(a, lt);
  const order = stageOrder(months);
  const states = stageStates(values, a);
  const stage = pickStage(states, order);
  const gross = blockGrossMw(a);
  const ids = new Set<AssumptionId>();
  const notes: string[] = [];
  for (const s of order) {
    if (s !== 'greenfield') for (const id of STAGE_CHECK_IDS[s]) ids.add(id);
    notes.push(describeCheck(s, states[s], values, a, gross));
    if (s === stage || states[s] === UNKNOWN) break;
  }
  const rule: LeadTimeRule = lt
    ? { kind: 'regional', ...lt, text: leadTimeText(lt) }
    : {
        kind: 'global',
        region: queueRegionOf(values.queue_region),
        text: NO_REGIONAL_EVIDENCE,
        detail: whyNoRegionalEvidence(values.queue_region, all, a.regional_lead_time_min_n),
      };
  const applied = stage === 'hv_substation';
  if (stage !== null) {
    const regionalHv = applied && lt !== null;
    ids.add(regionalHv ? 'regional_lead_time_min_n' : STAGE_MONTHS_ID[stage]);
    if (stage !== 'energised_site') ids.add('transformer_lead_weeks');
    const base = regionalHv ? lt.median : a[STAGE_MONTHS_ID[stage]];
    notes.push(
      `${STAGE_LABELS[stage]}: ${formatNumber(months[stage])} months` +
        (months[stage] > base ? ' (transformer lead time is the floor)' : '') +
        (applied ? ` (${rule.text}).` : '.'),
    );
  } else {
    notes.push('Time to power unknown: missing data could make a faster stage apply.');
  }
  const assumptionIds = [...ids];
  return {
    months: stage === null ? null : months[stage],
    stage,
    explanation: notes.join(' '),
    assumptionIds,
    evidenceIds: evidenceIdsOf(assumptionIds),
    blockItMw: a.block_it_mw,
    blockGrossMw: gross,
    leadTime: rule,
    leadTimeApplied: applied,
  };
}

function describeCheck(
  stage: PowerStage,
  state: Tri,
  v: PlaceValues,
  a: AssumptionValues,
  gross: number,
): string {
  const f = formatNumber;
  const verdict = state === YES ? 'yes' : state === NO ? 'no' : 'unknown (missing data)';
  switch (stage) {
    case 'energised_site':
      return (
        `Energised site within ${f(a.energised_reach_km)} km with ≥ ${f(gross)} MW gross ` +
        `(${f(a.block_it_mw)} MW IT × ${f(a.it_to_gross_ratio)}; a site without a published MW counts by its ` +
        `status): ${verdict} (nearest ${show(v.energized_site_km, 'km')}, ${siteMwText(v, a)}` +
        `${v.energized_site_status ? `, ${v.energized_site_status}` : ''}).`
      );
    case 'hv_substation': {
      const kv = voltageClassAtLeast(a.hv_substation_min_kv);
      const km = v[hvStageLayer(a)];
      return (
        `Substation of ≥ ${kv} kV within ${f(a.hv_substation_reach_km)} km: ${verdict} ` +
        `(${km === null || km === undefined ? 'no substation data here' : `nearest ${f(km)} km`}).`
      );
    }
    case 'strong_generation':
      return (
        `Strong generation nearby (≥ ${f(a.strong_generation_min_mw)} MW operating within 50 km): ${verdict} ` +
        `(${show(v.grid_capacity_mw, 'MW')}).`
      );
    case 'greenfield':
      return 'Greenfield is always possible.';
  }
}

function siteMwText(v: PlaceValues, a: AssumptionValues): string {
  const m = energisedSiteMw(v, a);
  if (m.basis === 'current') return `${formatNumber(m.mw)} MW`;
  if (m.basis === 'planned') return `${formatNumber(m.mw)} MW planned, not yet energised`;
  return 'MW not published';
}

function show(value: number | null | undefined, unit: string): string {
  return value === null || value === undefined ? 'no data' : `${formatNumber(value)} ${unit}`;
}
