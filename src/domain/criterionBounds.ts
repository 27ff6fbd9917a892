/**
 * Default transform bounds of every criterion: ASSUMPTIONS, each with its reason.
 * This is the only place default bounds live; the UI lets users edit them (ScoringConfig.transforms).
 * Ranges quoted for the raw data were read from ../shared/data (tariffs.csv, owid_energy_2015plus.csv,
 * water_aqueduct40_country_bws.csv, hazard_worldriskindex_2024.csv, mining_sites.csv).
 */
import type { CriterionId } from './criterionIds.ts';
import type { Transform } from './transforms.ts';

export interface CriterionBounds {
  transform: Transform;
  /** Always an assumption: why these bounds. */
  reason: string;
}

export const CRITERION_BOUNDS: Record<CriterionId, CriterionBounds> = {
  power_price: {
    transform: { kind: 'linear', min: 0.03, max: 0.2 },
    reason:
      'Assumption. 0.03 USD/kWh is about the cheapest industrial power miners secure (the cheapest tariff rows are ~0.04), so ' +
      'anything below earns no extra credit; 0.20 is near the 95th percentile of industrial tariffs in the raw table (0.22), ' +
      'where power cost alone rules out AI compute.',
  },
  grid_capacity: {
    transform: { kind: 'log', min: 100, max: 10000 },
    reason:
      'Assumption. Log scale because capacity spans orders of magnitude. 100 MW of operating generation within 50 km is ' +
      'barely one 50 MW IT block (~68 MW gross, see assumptions it_to_gross_ratio); 10 GW within 50 km is a major ' +
      'generation hub.',
  },
  grid_access: {
    transform: { kind: 'log', min: 5, max: 100 },
    reason:
      'Assumption. Log scale: the first km of new high-voltage line matter most (each needs its own right of way). ' +
      'Within 5 km scores 100: distances are from the centre of a ~28 km cell, so finer differences are not real; 100 km ' +
      'of new line (5× the time-to-power reach hv_substation_reach_km) is a transmission project of its own and scores 0.',
  },
  stranded_power: {
    transform: { kind: 'log', min: 1, max: 100 },
    reason:
      'Assumption. Log scale. ~1 MW per 1,000 people is about the world average installed capacity per person (~1 kW), i.e. ' +
      'no local surplus; 100 MW per 1,000 people is a remote generation pocket (large hydro, gas field) of the kind miners seek.',
  },
  energized_site: {
    transform: { kind: 'log', min: 10, max: 300 },
    reason:
      'Assumption. Log scale. Sites under 10 MW matter little for AI; 300 MW is the top of the 50–300 MW first-block range the ' +
      'time-to-power evidence was collected for (mining sites in the raw table: median 50 MW, 95th percentile 300 MW). ' +
      'No energised site within reach (assumption energised_reach_km) counts as 0 MW.',
  },
  time_to_power: {
    transform: { kind: 'linear', min: 12, max: 60 },
    reason:
      'Assumption. 12 months is the fastest modelled stage (energised site, SL-01) and scores 100; 60 months (5 years, the ' +
      'modelled greenfield time, within the 4–7 years of SL-02..SL-06) scores 0. Regional queue medians above it score 0.',
  },
  cooling: {
    transform: { kind: 'linear', min: 5, max: 30 },
    reason:
      'Assumption. At a mean annual air temperature of 5 °C or less, free (air-side/economiser) cooling works nearly all year; ' +
      '30 °C is about the hottest inhabited annual means (Gulf, Sahel), where chillers run all year.',
  },
  carbon: {
    transform: { kind: 'linear', min: 50, max: 800 },
    reason:
      'Assumption. 50 gCO2/kWh or less is a hydro/nuclear grid (OWID: 5th percentile of countries ~36); 800 is a coal-heavy ' +
      'grid (95th percentile ~784).',
  },
  water_stress: {
    transform: { kind: 'breaks', breaks: [1, 2, 3, 4] },
    reason:
      "Aqueduct's own baseline-water-stress categories: low (<1), low–medium (1–2), medium–high (2–3), high (3–4), " +
      'extremely high (4–5), scored 100, 75, 50, 25, 0.',
  },
  population_reach: {
    transform: { kind: 'log', min: 100_000, max: 30_000_000 },
    reason:
      'Assumption. Log scale: each tenfold more people is one step of market size. 100,000 people (a small town and its ' +
      'surroundings) or fewer scores 0: too few users for latency to them to matter; 30 million (about the largest urban ' +
      'regions of the world, e.g. Tokyo or Delhi) or more scores 100. The same bounds for both radii: a wider radius ' +
      'reaches more people and scores higher, which is what choosing it means.',
  },
  cloud_region: {
    transform: { kind: 'log', min: 25, max: 1000 },
    reason:
      'Assumption. Log scale: the first hundreds of km matter most. Region locations are city-level (the source geocodes ' +
      'names such as "London"), so within 25 km counts as in the region and scores 100; 1,000 km adds roughly 10 ms of ' +
      'round-trip fibre latency (~1 ms per 100 km), another latency zone, and scores 0.',
  },
  landing: {
    transform: { kind: 'log', min: 10, max: 1000 },
    reason:
      'Assumption. Log scale: the first hundreds of km matter most. Within 10 km of a cable landing is as good as it gets; ' +
      '1,000 km adds roughly 10 ms of round-trip fibre latency (~1 ms per 100 km) to international traffic.',
  },
  hazard: {
    transform: { kind: 'log', min: 1, max: 40 },
    reason:
      'Assumption. WorldRiskIndex 2024 is skewed (countries: median 4.1, 95th percentile 27, max 46.9); log bounds 1–40 spread ' +
      'the low-risk majority instead of crowding them near 100.',
  },
};
