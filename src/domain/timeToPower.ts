/**
 * Time to power: months until a place can draw a first large block of power (block_it_mw of IT load, in gross MW).
 * Stages, fastest first: energised mining/HPC site -> approved capacity -> in study -> greenfield.
 *
 * What the grid can tell per cell, and what is inferred (all thresholds in assumptions.ts):
 * - energised_site: an energised site within energised_reach_km whose MW covers the block in gross MW. Data.
 * - approved: NO per-cell data on contracted capacity exists. INFERRED (assumption): large generation nearby
 *   (grid_capacity_mw >= approved_min_grid_mw) with a local surplus (stranded_power >= approved_min_stranded).
 * - in_study: INFERRED (assumption): a strong grid nearby (grid_capacity_mw >= in_study_min_grid_mw).
 * - greenfield: always possible.
 * A place gets the fastest stage it qualifies for (min over qualifying stages, so overriding one lead time can never
 * make an energised site slower than greenfield). Stages needing a new substation (in study, greenfield) are never
 * faster than the transformer lead time. When missing data could decide between stages, the result is unknown.
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
import { formatNumber } from './format.ts';
import { isEnergisedStatus, type PlaceValues } from './layerIds.ts';
import { STAGE_UNKNOWN } from './scoreCodes.ts';

export const POWER_STAGES = ['energised_site', 'approved', 'in_study', 'greenfield'] as const;
export type PowerStage = (typeof POWER_STAGES)[number];

export const STAGE_LABELS: Record<PowerStage, string> = {
  energised_site: 'Energised mining/HPC site',
  approved: 'Approved capacity (inferred: surplus generation nearby)',
  in_study: 'In study (inferred: strong grid nearby)',
  greenfield: 'Greenfield connection',
};

/** Three-valued logic for stage checks: 0 = no, 1 = yes, 2 = unknown (missing data). */
export type Tri = 0 | 1 | 2;
export const NO: Tri = 0;
export const YES: Tri = 1;
export const UNKNOWN: Tri = 2;

export function and3(a: Tri, b: Tri): Tri {
  if (a === NO || b === NO) return NO;
  return a === YES && b === YES ? YES : UNKNOWN;
}
export function atLeast(value: number | null | undefined, threshold: number): Tri {
  if (value === null || value === undefined) return UNKNOWN;
  return value >= threshold ? YES : NO;
}
export function atMost(value: number | null | undefined, threshold: number): Tri {
  if (value === null || value === undefined) return UNKNOWN;
  return value <= threshold ? YES : NO;
}
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

/** Months per stage; stages that need a new substation are floored at the transformer lead time. */
export function stageMonths(a: AssumptionValues): Record<PowerStage, number> {
  const transformer = monthsFromWeeks(a.transformer_lead_weeks);
  return {
    energised_site: a.energised_site_months,
    approved: a.approved_months,
    in_study: Math.max(a.in_study_months, transformer),
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
    atLeast(values.energized_site_mw, blockGrossMw(a)),
  );
  return {
    energised_site: energised,
    approved: and3(
      atLeast(values.grid_capacity_mw, a.approved_min_grid_mw),
      atLeast(values.stranded_power, a.approved_min_stranded),
    ),
    in_study: atLeast(values.grid_capacity_mw, a.in_study_min_grid_mw),
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

/**
 * Stage code (index in POWER_STAGES, or STAGE_UNKNOWN) for every combination of the three inferred checks,
 * indexed energised * 9 + approved * 3 + inStudy. Used by the grid scorer.
 */
export function stageLookup(order: readonly PowerStage[]): Uint8Array {
  const lut = new Uint8Array(27);
  for (let e = 0; e < 3; e++) {
    for (let ap = 0; ap < 3; ap++) {
      for (let s = 0; s < 3; s++) {
        const stage = pickStage(
          { energised_site: e as Tri, approved: ap as Tri, in_study: s as Tri, greenfield: YES },
          order,
        );
        lut[e * 9 + ap * 3 + s] = stage === null ? STAGE_UNKNOWN : POWER_STAGES.indexOf(stage);
      }
    }
  }
  return lut;
}

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
}

const STAGE_MONTHS_ID: Record<PowerStage, AssumptionId> = {
  energised_site: 'energised_site_months',
  approved: 'approved_months',
  in_study: 'in_study_months',
  greenfield: 'greenfield_months',
};
const STAGE_CHECK_IDS: Record<PowerStage, AssumptionId[]> = {
  energised_site: ['energised_reach_km', 'block_it_mw', 'it_to_gross_ratio'],
  approved: ['approved_min_grid_mw', 'approved_min_stranded'],
  in_study: ['in_study_min_grid_mw'],
  greenfield: [],
};

/** Time to power of a place. `assumptions`: overrides of the table, or a full resolved set. */
export function timeToPower(values: PlaceValues, assumptions: AssumptionOverrides = {}): TimeToPowerResult {
  return timeToPowerResolved(values, resolveAssumptions(assumptions));
}

export function timeToPowerResolved(values: PlaceValues, a: AssumptionValues): TimeToPowerResult {
  const months = stageMonths(a);
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
  if (stage !== null) {
    ids.add(STAGE_MONTHS_ID[stage]);
    if (stage === 'in_study' || stage === 'greenfield') ids.add('transformer_lead_weeks');
    const floored = months[stage] > a[STAGE_MONTHS_ID[stage]];
    notes.push(
      `${STAGE_LABELS[stage]}: ${formatNumber(months[stage])} months` +
        (floored ? ' (transformer lead time is the floor)' : '') +
        '.',
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
        `(${f(a.block_it_mw)} MW IT × ${f(a.it_to_gross_ratio)}): ${verdict}` +
        ` (nearest ${show(v.energized_site_km, 'km')}, ${show(v.energized_site_mw, 'MW')}` +
        `${v.energized_site_status ? `, ${v.energized_site_status}` : ''}).`
      );
    case 'approved':
      return (
        `Surplus generation nearby (≥ ${f(a.approved_min_grid_mw)} MW within 50 km and ≥ ${f(a.approved_min_stranded)} ` +
        `MW per 1,000 people; inferred, not a contract): ${verdict} (${show(v.grid_capacity_mw, 'MW')}, ` +
        `${show(v.stranded_power, 'MW per 1,000 people')}).`
      );
    case 'in_study':
      return (
        `Strong grid nearby (≥ ${f(a.in_study_min_grid_mw)} MW within 50 km; inferred): ${verdict} ` +
        `(${show(v.grid_capacity_mw, 'MW')}).`
      );
    case 'greenfield':
      return 'Greenfield is always possible.';
  }
}

function show(value: number | null | undefined, unit: string): string {
  return value === null || value === undefined ? 'no data' : `${formatNumber(value)} ${unit}`;
}
