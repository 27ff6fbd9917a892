/**
 * The ONE table of time-to-power figures: lead times, reach distance, block size, IT/gross ratio and the
 * thresholds used to infer a stage from grid layers. Each entry cites evidence ids of
 * ../shared/data/assumptions/time_to_power.csv (data/assumptions.json in the app) and explains the value
 * chosen, or is labelled an assumption with its reasoning. Users override values by id.
 */

export type AssumptionId =
  | 'energised_site_months'
  | 'hv_substation_months'
  | 'strong_generation_months'
  | 'greenfield_months'
  | 'transformer_lead_weeks'
  | 'energised_reach_km'
  | 'energised_mw_not_published'
  | 'block_it_mw'
  | 'it_to_gross_ratio'
  | 'hv_substation_reach_km'
  | 'hv_substation_min_kv'
  | 'strong_generation_min_mw'
  | 'regional_lead_time_min_n';

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
    id: 'hv_substation_months',
    label: 'HV substation within reach: large-load connection at an existing substation to first power',
    value: 42,
    unit: 'months',
    basis: { kind: 'evidence', evidenceIds: ['SL-04', 'CC-06', 'SL-06', 'SL-08'] },
    reasoning:
      'SL-04: a large-customer connection to the existing transmission network "has previously taken" 3–4 years ' +
      '(Dominion); 42 months is its midpoint. CC-06 took ~30–33 months from a signed connection agreement (no study ' +
      'left), SL-06 4–6 years for ERCOT transmission-level service including the study, SL-08 54 months of facilities ' +
      "build after a study (NY). Where the place's US ISO has measured queue lead times with enough projects " +
      '(regional_lead_time_min_n), their median replaces this figure.',
    min: 1,
    max: 180,
  },
  {
    id: 'strong_generation_months',
    label: 'Strong generation nearby, no HV substation within reach: new line or substation to a strong grid',
    value: 48,
    unit: 'months',
    basis: { kind: 'evidence', evidenceIds: ['SL-02', 'SL-05', 'SL-10'] },
    reasoning:
      'A strong grid is nearby but the connection needs new HV line or a new substation: the typical new-connection ' +
      'figure applies, 4 years: SL-02 "4+ years" (greenfield, North America), SL-05 "four-year grid connection delays" ' +
      '(JLL, major markets), SL-10 up to 4 years (Frankfurt). Faster than greenfield (no new supply or long ' +
      'transmission), slower than an existing substation within reach.',
    min: 1,
    max: 240,
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
      'starts while the study runs. Every stage that needs new substation equipment (HV substation, strong generation, ' +
      'greenfield; regional lead times too) cannot be shorter than this (~27.6 months).',
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
    id: 'energised_mw_not_published',
    label: 'Energised site without a published MW: MW counted by the "Energised site" criterion',
    value: 71.5,
    unit: 'MW',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. The median current MW of the energised sites that publish one (66 of the 119 energised sites in ' +
      'data/mining_sites.json; the energized_site_mw_basis layer description prints the figure the pipeline computes). ' +
      'A site whose sources give neither a current nor a planned MW is energised by its status, so it is scored as a ' +
      'typical site rather than dropped. Listed operators publish most, so the median may overstate small unlisted ' +
      'sites: set 10 MW (the criterion’s lower bound, score 0) to give them no credit. Such a site still counts for the ' +
      'energised-site stage of time to power by its status and distance.',
    min: 0,
    max: 5000,
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
    id: 'hv_substation_reach_km',
    label: 'HV substation stage: max distance from a cell centre to the substation',
    value: 20,
    unit: 'km',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. As for energised_reach_km: a 0.25° cell is ~28 km wide at the equator, its half-diagonal ~20 km, so a ' +
      'substation inside the cell qualifies. Farther, the connection needs a dedicated HV line with its own route and ' +
      'permits, i.e. the strong-generation or greenfield stage.',
    min: 0,
    max: 200,
  },
  {
    id: 'hv_substation_min_kv',
    label: 'HV substation stage: min substation voltage for the first block',
    value: 110,
    unit: 'kV',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. A first block of 50 MW IT (~68 MW gross) is a transmission-level load: utilities connect loads of this ' +
      'size at 110–138 kV (110/132 kV in Europe, 115/138 kV in the US), below that the distribution network cannot carry ' +
      'it. The grid holds distances per voltage class (≥ 110, ≥ 220, ≥ 345 kV); a value between classes uses the next ' +
      'class up. Raise it for larger first blocks.',
    min: 110,
    max: 345,
  },
  {
    id: 'strong_generation_min_mw',
    label: 'Strong-generation stage: min operating generation within 50 km',
    value: 1000,
    unit: 'MW',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. At least 1 GW of operating generation within 50 km (~15× a first block in gross MW): the block is a ' +
      'small share of local supply and the transmission around it is built for GW-scale flows, so a new connection can ' +
      'be studied against a strong network. Under construction and planned plants are not counted.',
    min: 0,
    max: 100000,
  },
  {
    id: 'regional_lead_time_min_n',
    label: 'Regional queue lead time: min completed projects for its median to apply',
    value: 30,
    unit: 'projects',
    basis: { kind: 'assumption' },
    reasoning:
      'Assumption. With n ≥ 30 the median of measured lead times is stable: its standard error is about 1.25 σ/√n, ' +
      'i.e. ±⅓ of the interquartile range for a 95 % interval at n = 30 (normal approximation). Below it, or where the ' +
      'measure does not end at energisation, the global HV-substation figure applies. These are generation ' +
      'interconnection queues, not large-load connections.',
    min: 1,
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
