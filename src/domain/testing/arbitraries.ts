/** fast-check arbitraries for places and configs. */
import fc from 'fast-check';
import type { ScoringConfig } from '../config.ts';
import { CRITERION_IDS, type CriterionId } from '../criteria.ts';
import { GRID_ACCESS_VOLTAGES } from '../gridAccess.ts';
import { POPULATION_RADII } from '../populationReach.ts';
import type { LeadTime } from '../leadTimes.ts';
import type { PlaceValues } from '../layerIds.ts';

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const maybe = <T>(arb: fc.Arbitrary<T>, missing: boolean) =>
  missing ? fc.option(arb, { nil: null, freq: 8 }) : arb;

/** A place with plausible values; with `missing`, any value may be null. */
export function arbPlace(missing = false): fc.Arbitrary<PlaceValues> {
  return fc.record({
    country: maybe(fc.constantFrom('USA', 'CAN', 'NOR', 'IRL', 'KAZ'), missing),
    power_price: maybe(num(0.005, 0.8), missing),
    power_price_basis: fc.constantFrom('subnational', 'country', 'worldbank_2019'),
    grid_capacity_mw: maybe(num(0, 40000), missing),
    stranded_power: maybe(num(0, 500), missing),
    energized_site_km: maybe(num(0, 2000), missing),
    energized_site_mw: maybe(num(0, 1000), missing),
    energized_site_status: fc.constantFrom('mining', 'converting_to_ai', 'ai_hpc'),
    temperature_mean: maybe(num(-30, 32), missing),
    temperature_warmest: maybe(num(-20, 45), missing),
    carbon: maybe(num(0, 1300), missing),
    water_stress: maybe(num(0, 5), missing),
    hazard: maybe(num(0, 50), missing),
    landing_km: maybe(num(0, 4000), missing),
    population_100km: maybe(num(0, 40e6), missing),
    population_300km: maybe(num(0, 200e6), missing),
    cloud_region_km: maybe(num(0, 5000), missing),
    substation_110_km: maybe(num(0, 300), missing),
    substation_220_km: maybe(num(0, 400), missing),
    substation_345_km: maybe(num(0, 600), missing),
    substation_kv: maybe(fc.constantFrom(110, 132, 220, 345, 400), missing),
    queue_region: fc.option(fc.constantFrom('PJM', 'ERCOT', 'MISO', 'CAISO'), { nil: null, freq: 2 }),
  });
}

/** Weights: integers 0..100, at least one positive. */
export function arbWeights(): fc.Arbitrary<Record<CriterionId, number>> {
  return fc
    .tuple(...CRITERION_IDS.map(() => fc.integer({ min: 0, max: 100 })))
    .filter((ws) => ws.some((w) => w > 0))
    .map(
      (ws) => Object.fromEntries(CRITERION_IDS.map((id, k) => [id, ws[k]])) as Record<CriterionId, number>,
    );
}

/** A config with random weights, optional limits and population radius. */
export function arbConfig(): fc.Arbitrary<ScoringConfig> {
  return fc.record({
    weights: arbWeights(),
    populationRadius: fc.constantFrom(...POPULATION_RADII),
    gridAccessVoltage: fc.constantFrom(...GRID_ACCESS_VOLTAGES),
    constraints: fc.record({
      maxPowerPrice: fc.option(num(0.03, 0.3), { nil: undefined, freq: 3 }),
      minGridCapacity: fc.option(num(0, 2000), { nil: undefined, freq: 3 }),
      maxWaterStress: fc.option(num(0, 5), { nil: undefined, freq: 3 }),
      maxTimeToPower: fc.option(num(6, 72), { nil: undefined, freq: 3 }),
      excludedCountries: fc.option(fc.subarray(['USA', 'CAN', 'NOR', 'AAB', 'AAC']), {
        nil: undefined,
        freq: 3,
      }),
    }),
    assumptions: fc.record({
      energised_reach_km: fc.option(num(0, 100), { nil: undefined, freq: 3 }),
      block_it_mw: fc.option(num(5, 300), { nil: undefined, freq: 3 }),
      hv_substation_months: fc.option(num(6, 80), { nil: undefined, freq: 3 }),
      hv_substation_reach_km: fc.option(num(0, 100), { nil: undefined, freq: 3 }),
      hv_substation_min_kv: fc.option(fc.constantFrom(110, 150, 220, 300, 345), { nil: undefined, freq: 3 }),
      strong_generation_min_mw: fc.option(num(0, 5000), { nil: undefined, freq: 3 }),
      strong_generation_months: fc.option(num(6, 80), { nil: undefined, freq: 3 }),
      regional_lead_time_min_n: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined, freq: 3 }),
    }),
  });
}

/**
 * Synthetic lead-time evidence in the shape of data/queues.json (values plausible, not real): regions with many,
 * few and no projects, and a measure that does not end at energisation. Use with arbLeadTimeSet for properties.
 */
export function syntheticLeadTimes(): LeadTime[] {
  const row = (region: string, measure: string, median: number | null, n: number): LeadTime => ({
    region,
    measure,
    median,
    p25: median === null ? null : median * 0.6,
    p75: median === null ? null : median * 1.5,
    n,
    excluded: {},
    period: n ? '2001-01 … 2020-12' : 'n/a',
    sourceId: `SYNTHETIC_${region}`,
    caveat: 'generation interconnection queue, not large-load (synthetic)',
  });
  return [
    row('PJM', 'queue_date → actual_in_service_date (Completed sheet)', 33, 900),
    row('ERCOT', 'fis_requested → approved_for_energization (GIS report)', 50, 80),
    row('MISO', 'queue_date → actual_in_service_date (Completed sheet)', null, 0),
    row('MISO', 'queue_date → done_date (Completed sheet)', 20, 500),
    row('CAISO', 'queue_date → actual_in_service_date (Completed sheet)', 70, 12),
  ];
}

/** A random subset of synthetic lead times with random medians (so stage order can change per region). */
export function arbLeadTimes(): fc.Arbitrary<LeadTime[]> {
  return fc
    .subarray(syntheticLeadTimes())
    .chain((rows) =>
      fc
        .tuple(...rows.map(() => num(1, 120)))
        .map((medians) => rows.map((r, k) => (r.median === null ? r : { ...r, median: medians[k] }))),
    );
}
