/**
 * The ONE table of time-to-power figures: lead times, reach distance, block size, IT/gross ratio and the
 * thresholds used to infer a stage from grid layers. Each entry cites evidence ids of
 * ../shared/data/assumptions/time_to_power.csv (data/assumptions.json in the app) and explains the value
 * chosen, or is labelled an assumption with its reasoning. Users override values by id.
 */

export type AssumptionId =
  | 'energised_site_months'
  | 'approved_months'
  | 'in_study_months'
  | 'greenfield_months'
  | 'transformer_lead_weeks'
  | 'energised_reach_km'
  | 'block_it_mw'
  | 'it_to_gross_ratio'
  | 'approved_min_grid_mw'
  | 'approved_min_stranded'
  | 'in_study_min_grid_mw';

export type AssumptionBasis = { kind: 'evidence'; evidenceIds: readonly string[] } | { kind: 'assumption' };

export interface Assumption {
  id: AssumptionId;
  label: string;
  value: number;
  unit: string;
  basis: AssumptionBasis;
  /** Why this value: how it follows from the evidence, or the reasoning behind the assumption. */
  reasoning: string;
  /** Allowed range for user overrides. */
  min: number;
  max: number;
}

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'energised_site_months',
    label: 'Energised site: conversion to first power',
    value: 12,
    unit: 'months',
    basis: { kind: 'evidence', evidenceIds: ['SL-01', 'CC-03', 'CC-04', 'CC-02', 'CC-01'] },
    reasoning:
      'SL-01 (VanEck): suitable mining sites energise GPUs in "less than a year": 12 months is that upper bound. ' +
      'Conversion cases agree: CC-03 ~10–15 months, CC-04 ~10–16 months from lease. Slower cases exist: CC-02 took ' +
      '~18 months (incl. a ~60-day weather delay), CC-01 ~20–26 months incl. site work.',
    min: 1,
    max: 120,
  },
  {
    id: 'approved_months',
    label: 'Approved capacity: contracted connection to first power',
    value: 24,
    unit: 'months',
    basis: { kind: 'evidence', evidenceIds: ['CC-07', 'CC-08', 'CC-06', 'SL-09', 'CC-05'] },
    reasoning:
      'Sourced range 12–33 months once a connection is contracted: CC-07 ~12 months (ex-miner, power secured), CC-08 ' +
      '~16–18 months from lease, CC-06 ~30–33 months from signed agreement, SL-09 1–5 years from final design; CC-05 ' +
      'energised on schedule. 24 months sits mid-range because the per-cell "approved" stage is only a proxy (see ' +
      'approved_min_grid_mw), not a contract in hand.',
    min: 1,
    max: 180,
  },
  {
    id: 'in_study_months',
    label: 'In study: large-load study plus build near an existing strong grid',
    value: 42,
    unit: 'months',
    basis: { kind: 'evidence', evidenceIds: ['SL-04', 'SL-07', 'SL-08', 'QD-02'] },
    reasoning:
      'SL-04: a large-customer connection "has previously taken" 3–4 years (Dominion); 42 months is its midpoint. SL-07 ' +
      '(SPP 90-day study) shows studies can be short but excludes construction; SL-08 shows 54 months of facilities build ' +
      'after a study (NY). Generation-queue figures (QD-02, 55 months) are a proxy only.',
    min: 1,
    max: 180,
  },
  {
    id: 'greenfield_months',
    label: 'Greenfield: new large-load connection (new substation/transmission)',
    value: 60,
    unit: 'months',
    basis: { kind: 'evidence', evidenceIds: ['SL-02', 'SL-05', 'SL-06', 'SL-03', 'SL-04'] },
    reasoning:
      'Greenfield sources give 4–7 years: SL-02 "4+ years", SL-05 four-year grid connection delays (JLL, global), SL-06 ' +
      '4–6 years (ERCOT transmission-level service), SL-03 up to 7 years and SL-04 4–7 years (Dominion). 60 months is the ' +
      'middle of that range; worst cases (SL-11 Denmark up to 10 years, EQ-05 Dutch substation 8 years) are not applied.',
    min: 1,
    max: 240,
  },
  {
    id: 'transformer_lead_weeks',
    label: 'Large power transformer lead time (floor for stages that need a new substation)',
    value: 120,
    unit: 'weeks',
    basis: { kind: 'evidence', evidenceIds: ['EQ-01', 'EQ-02', 'EQ-03'] },
    reasoning:
      'EQ-01 (NEMA/NIAC): current average 120 weeks; EQ-02: 120–210 weeks for large substation/GSU units; EQ-03: 36+ ' +
      'months for data-centre electrical gear. 120 weeks (the low end of EQ-02, the average of EQ-01) assumes ordering ' +
      'starts while the study runs. In-study and greenfield times cannot be shorter than this (~27.6 months).',
    min: 0,
    max: 520,
  },
  {
    id: 'energised_reach_km',
    label: 'Reach: max distance from a cell centre to an energised site to count as "at the site"',
    value: 20,
    unit: 'km',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. A 0.25° cell is ~28 km wide at the equator, so its half-diagonal is ~20 km: 20 km lets the cell that ' +
      'contains a site qualify while a place farther away, which would need a new line, does not. Also used by the ' +
      '"Energised site" criterion.',
    min: 0,
    max: 500,
  },
  {
    id: 'block_it_mw',
    label: 'First large power block (critical IT load)',
    value: 50,
    unit: 'MW IT',
    basis: { kind: 'evidence', evidenceIds: ['CC-09', 'CC-04'] },
    reasoning:
      'The time-to-power evidence was collected for a first block of 50–300 MW; 50 MW IT is its low end and the size of ' +
      'first phases in the cases (CC-09 first phase 50 MW IT, CC-04 phase one ~40 MW). An energised site qualifies only ' +
      'if its MW covers the block in gross MW.',
    min: 1,
    max: 2000,
  },
  {
    id: 'it_to_gross_ratio',
    label: 'Gross (utility) MW per MW of critical IT load',
    value: 1.35,
    unit: 'ratio',
    basis: { kind: 'evidence', evidenceIds: ['IR-01', 'IR-03', 'IR-04', 'IR-02', 'IR-05'] },
    reasoning:
      'Median of the cleanest gross/IT statements: IR-01 1.25, IR-03 1.35, IR-04 1.43. IR-02 (1.45) includes site headroom ' +
      'and IR-05 (PUE 1.25) is an energy ratio, a floor; both are left out of the median.',
    min: 1,
    max: 3,
  },
  {
    id: 'approved_min_grid_mw',
    label: 'Approved-capacity proxy: min generation within 50 km',
    value: 1000,
    unit: 'MW',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. The grid holds no per-cell record of contracted capacity, so "approved" is inferred: at least 1 GW of ' +
      'generation within 50 km (≥15× a block in gross MW) AND a local surplus (approved_min_stranded). Such places can ' +
      'usually offer a block from existing capacity, as miners found at curtailed hydro, wind and gas sites.',
    min: 0,
    max: 100000,
  },
  {
    id: 'approved_min_stranded',
    label: 'Approved-capacity proxy: min generation per 1,000 people within 50 km',
    value: 5,
    unit: 'MW per 1,000 people',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. About 5× the world-average installed capacity per person (~1 kW per person): generation well beyond ' +
      'local demand, likely exported or curtailed, i.e. stranded power.',
    min: 0,
    max: 10000,
  },
  {
    id: 'in_study_min_grid_mw',
    label: 'In-study proxy: min generation within 50 km',
    value: 300,
    unit: 'MW',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. With ≥300 MW of generation within 50 km (~4× a block in gross MW) there is a high-voltage network to ' +
      'study a connection against; below it a new substation and transmission are likely, i.e. greenfield.',
    min: 0,
    max: 100000,
  },
];

export type AssumptionValues = Record<AssumptionId, number>;
export type AssumptionOverrides = Partial<Record<AssumptionId, number>>;

const BY_ID = new Map<AssumptionId, Assumption>(ASSUMPTIONS.map((a) => [a.id, a]));

export function isAssumptionId(id: string): id is AssumptionId {
  return BY_ID.has(id as AssumptionId);
}

export function getAssumption(id: AssumptionId): Assumption {
  const a = BY_ID.get(id);
  if (!a) throw new Error(`unknown assumption ${id}`);
  return a;
}

/** Why an override is invalid, or null. */
export function validateAssumptionOverride(id: AssumptionId, value: number): string | null {
  const a = getAssumption(id);
  if (!Number.isFinite(value)) return `${a.label}: must be a number`;
  if (value < a.min || value > a.max) return `${a.label}: must be between ${a.min} and ${a.max} ${a.unit}`;
  return null;
}

/** Default values with overrides applied. Throws on unknown ids or out-of-range values. */
export function resolveAssumptions(overrides: AssumptionOverrides = {}): AssumptionValues {
  const out = {} as AssumptionValues;
  for (const a of ASSUMPTIONS) out[a.id] = a.value;
  for (const [id, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!isAssumptionId(id)) throw new Error(`unknown assumption ${id}`);
    const error = validateAssumptionOverride(id, value);
    if (error) throw new Error(error);
    out[id] = value;
  }
  return out;
}

/** Evidence ids behind some assumptions (deduplicated, in table order). */
export function evidenceIdsOf(ids: readonly AssumptionId[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    const basis = getAssumption(id).basis;
    if (basis.kind === 'evidence') for (const e of basis.evidenceIds) out.add(e);
  }
  return [...out];
}

/** Gross (utility) MW needed for an IT load. Gross and IT MW are never mixed elsewhere. */
export function grossMwFromItMw(itMw: number, itToGrossRatio: number): number {
  return itMw * itToGrossRatio;
}

/** Critical IT MW a gross (utility) MW supply supports. */
export function itMwFromGrossMw(grossMw: number, itToGrossRatio: number): number {
  return grossMw / itToGrossRatio;
}

/** Average weeks per month (365.25 / 7 / 12). */
export const WEEKS_PER_MONTH = 365.25 / 7 / 12;

export function monthsFromWeeks(weeks: number): number {
  return weeks / WEEKS_PER_MONTH;
}
