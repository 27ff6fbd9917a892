/**
 * The criteria registry: what each criterion reads, which way is better, its default weight and transform.
 * Default transform bounds live in criterionBounds.ts (one table, each with a reason).
 */
import type { GridManifest } from '../contract/index.ts';
import { CRITERION_BOUNDS } from './criterionBounds.ts';
import type { CriterionId } from './criterionIds.ts';
import type { LayerId, NumericLayerId } from './layerIds.ts';
import type { Direction, Transform } from './transforms.ts';

/** Source id of the time-to-power assumptions table (data/assumptions.json, data/sources.json). */
export const TIME_TO_POWER_SOURCE_ID = 'GRIDSCOUT_TIME_TO_POWER_ASSUMPTIONS';

export { CRITERION_IDS, type CriterionId } from './criterionIds.ts';

/** How a criterion's raw value comes out of a place's layer values. */
export type CriterionInput =
  /** The decoded value of one numeric layer. */
  | { kind: 'layer'; layer: NumericLayerId }
  /** People within the radius of ScoringConfig.populationRadius: population_100km or population_300km. */
  | { kind: 'populationReach' }
  /** MW of the nearest energised site when within reach (assumption energised_reach_km), else 0 MW (energisedMw.ts). */
  | { kind: 'energizedSite' }
  /** Months to first power from the time-to-power model. */
  | { kind: 'timeToPower' }
  /** km to the nearest substation of the voltage class ScoringConfig.gridAccessVoltage (null = no coverage). */
  | { kind: 'gridAccess' };

export interface Criterion {
  id: CriterionId;
  /** Human label; also the accessible name of the weight slider. */
  label: string;
  unit: string;
  direction: Direction;
  defaultWeight: number;
  input: CriterionInput;
  /** Grid layers the criterion reads. */
  layers: readonly LayerId[];
  /** Sources beyond the grid layers' own (added to the layers' sourceIds, which are read at runtime). */
  declaredSourceIds: readonly string[];
  description: string;
}

export const CRITERIA: readonly Criterion[] = [
  {
    id: 'power_price',
    label: 'Power price',
    unit: 'USD/kWh',
    direction: 'lower',
    defaultWeight: 20,
    input: { kind: 'layer', layer: 'power_price' },
    layers: ['power_price', 'power_price_basis'],
    declaredSourceIds: [],
    description:
      'Industrial electricity price, subnational where known (else country; World Bank 2019 small-business price as a labelled last resort).',
  },
  {
    id: 'grid_capacity',
    label: 'Operating generation within 50 km',
    unit: 'MW',
    direction: 'higher',
    defaultWeight: 5,
    input: { kind: 'layer', layer: 'grid_capacity_mw' },
    layers: ['grid_capacity_mw'],
    declaredSourceIds: [],
    description:
      'MW of operating power-plant units within 50 km (GEM, EIA-860M and GPPD, de-duplicated). Under construction and ' +
      'planned units are not counted. Generation nearby, not spare capacity or a connection.',
  },
  {
    id: 'grid_access',
    label: 'Grid access',
    unit: 'km',
    direction: 'lower',
    defaultWeight: 10,
    input: { kind: 'gridAccess' },
    layers: [
      'substation_110_km',
      'substation_220_km',
      'substation_345_km',
      'substation_kv',
      'transmission_coverage',
    ],
    declaredSourceIds: [],
    description:
      'Distance to the nearest high-voltage substation of the chosen voltage (≥ 110, 220 or 345 kV). No data where no ' +
      'substation source covers the place (never counted as near or far).',
  },
  {
    id: 'stranded_power',
    label: 'Stranded power',
    unit: 'MW per 1,000 people',
    direction: 'higher',
    defaultWeight: 5,
    input: { kind: 'layer', layer: 'stranded_power' },
    layers: ['stranded_power'],
    declaredSourceIds: [],
    description: "Generation near per people near: a surplus proxy, the miners' favourite.",
  },
  {
    id: 'energized_site',
    label: 'Energised site',
    unit: 'MW',
    direction: 'higher',
    defaultWeight: 10,
    input: { kind: 'energizedSite' },
    layers: [
      'energized_site_km',
      'energized_site_mw',
      'energized_site_mw_planned',
      'energized_site_mw_basis',
      'energized_site_status',
    ],
    declaredSourceIds: [],
    description:
      'MW of the nearest energised mining/HPC site within reach (0 MW when none is within reach): its current MW, else ' +
      'its planned MW, else the "MW not published" assumption (the card names the rule that applied).',
  },
  {
    id: 'time_to_power',
    label: 'Time to power',
    unit: 'months',
    direction: 'lower',
    defaultWeight: 15,
    input: { kind: 'timeToPower' },
    layers: [
      'energized_site_km',
      'energized_site_mw',
      'energized_site_mw_planned',
      'energized_site_status',
      'substation_110_km',
      'substation_220_km',
      'substation_345_km',
      'grid_capacity_mw',
      'queue_region',
    ],
    declaredSourceIds: [TIME_TO_POWER_SOURCE_ID],
    description:
      'Months until a first large block of power: energised site, HV substation within reach (US ISO queue median where ' +
      'measured), strong generation nearby, or greenfield (assumptions table).',
  },
  {
    id: 'cooling',
    label: 'Cooling climate',
    unit: '°C',
    direction: 'lower',
    defaultWeight: 10,
    input: { kind: 'layer', layer: 'temperature_mean' },
    layers: ['temperature_mean'],
    declaredSourceIds: [],
    description: 'Mean annual air temperature: cooler air means more free cooling.',
  },
  {
    id: 'carbon',
    label: 'Grid carbon',
    unit: 'gCO2/kWh',
    direction: 'lower',
    defaultWeight: 5,
    input: { kind: 'layer', layer: 'carbon' },
    layers: ['carbon'],
    declaredSourceIds: [],
    description: 'Carbon intensity of the country grid.',
  },
  {
    id: 'water_stress',
    label: 'Water stress',
    unit: 'Aqueduct 0–5',
    direction: 'lower',
    defaultWeight: 5,
    input: { kind: 'layer', layer: 'water_stress' },
    layers: ['water_stress'],
    declaredSourceIds: [],
    description: 'Baseline water stress of the country (Aqueduct 4.0).',
  },
  {
    id: 'population_reach',
    label: 'People within reach',
    unit: 'people',
    direction: 'higher',
    defaultWeight: 5,
    input: { kind: 'populationReach' },
    layers: ['population_100km', 'population_300km'],
    declaredSourceIds: [],
    description:
      'People within 100 km (or 300 km, by choice) of the place: the sum of GeoNames settlements of 1,000 people or more, ' +
      'not a census count (years vary; rural people are missing).',
  },
  {
    id: 'cloud_region',
    label: 'Distance to a cloud region',
    unit: 'km',
    direction: 'lower',
    defaultWeight: 5,
    input: { kind: 'layer', layer: 'cloud_region_km' },
    layers: ['cloud_region_km'],
    declaredSourceIds: [],
    description:
      'Great-circle distance to the nearest AWS, Azure, Google Cloud or Oracle region (July 2022; city-level ' +
      'locations, a latency proxy).',
  },
  {
    id: 'landing',
    label: 'Distance to a cable landing',
    unit: 'km',
    direction: 'lower',
    defaultWeight: 0,
    input: { kind: 'layer', layer: 'landing_km' },
    layers: ['landing_km'],
    declaredSourceIds: [],
    description:
      'Great-circle distance to the nearest submarine-cable landing (TeleGeography 2021): international bandwidth.',
  },
  {
    id: 'hazard',
    label: 'Disaster risk',
    unit: 'WorldRiskIndex',
    direction: 'lower',
    defaultWeight: 5,
    input: { kind: 'layer', layer: 'hazard' },
    layers: ['hazard'],
    declaredSourceIds: [],
    description: 'WorldRiskIndex of the country (exposure and vulnerability to natural hazards).',
  },
];

const BY_ID = new Map<CriterionId, Criterion>(CRITERIA.map((c) => [c.id, c]));

export function isCriterionId(id: string): id is CriterionId {
  return BY_ID.has(id as CriterionId);
}

export function getCriterion(id: CriterionId): Criterion {
  const c = BY_ID.get(id);
  if (!c) throw new Error(`unknown criterion ${id}`);
  return c;
}

export function defaultTransform(id: CriterionId): Transform {
  return CRITERION_BOUNDS[id].transform;
}

/** Default weights of all criteria. */
export function defaultWeights(): Record<CriterionId, number> {
  const out = {} as Record<CriterionId, number>;
  for (const c of CRITERIA) out[c.id] = c.defaultWeight;
  return out;
}

/** Sources behind a criterion: its layers' sourceIds in the manifest (when given) plus its declared ones. */
export function criterionSourceIds(id: CriterionId, manifest?: Pick<GridManifest, 'layers'>): string[] {
  const c = getCriterion(id);
  const ids = new Set<string>();
  for (const layer of manifest?.layers ?? []) {
    if ((c.layers as readonly string[]).includes(layer.id)) for (const s of layer.sourceIds) ids.add(s);
  }
  for (const s of c.declaredSourceIds) ids.add(s);
  return [...ids];
}

/** Criteria whose layers are all present in the manifest (others can only be scored as missing). */
export function availableCriteria(manifest: Pick<GridManifest, 'layers'>): CriterionId[] {
  const present = new Set(manifest.layers.map((l) => l.id));
  return CRITERIA.filter((c) => requiredLayers(c).every((l) => present.has(l))).map((c) => c.id);
}

/** Layers that only add information (a criterion is computed without them). */
const INFORMATIVE_LAYERS: readonly LayerId[] = [
  'energized_site_status',
  'energized_site_mw_planned',
  'energized_site_mw_basis',
  'power_price_basis',
  'substation_kv',
  'transmission_coverage',
  'queue_region',
];

/** Layers a criterion cannot be computed without (status, basis, kV, coverage and region layers are informative). */
export function requiredLayers(c: Criterion): LayerId[] {
  return c.layers.filter((l) => !INFORMATIVE_LAYERS.includes(l));
}
