/**
 * Weight presets (plus optional constraints), each with a one-line rationale. No preset puts a hard limit on a
 * country average (carbon, water stress, disaster risk: criterionPrecision.ts): those are weighted instead.
 * Weights are relative numbers; scoring normalises them to percentages.
 */
import type { Constraints } from './constraints.ts';
import type { CriterionId } from './criteria.ts';
import type { ScoringConfig } from './config.ts';

export type PresetId = 'miner_playbook' | 'fastest_to_power' | 'cheapest_power' | 'low_carbon' | 'near_users';

export interface Preset {
  id: PresetId;
  label: string;
  rationale: string;
  weights: Partial<Record<CriterionId, number>>;
  constraints?: Constraints;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'miner_playbook',
    label: 'Miner playbook',
    rationale:
      'What bitcoin miners optimised for: cheap, stranded power at sites already energised or beside a high-voltage ' +
      'substation, brought online fast.',
    weights: {
      power_price: 30,
      stranded_power: 15,
      energized_site: 15,
      time_to_power: 20,
      grid_access: 10,
      grid_capacity: 5,
      cooling: 5,
    },
  },
  {
    id: 'fastest_to_power',
    label: 'Fastest to power',
    rationale:
      'Power in months, not years: energised sites and high-voltage substations within reach first, then strong ' +
      'generation nearby; places slower than 4 years are out.',
    weights: { time_to_power: 50, energized_site: 20, grid_access: 15, grid_capacity: 10, stranded_power: 5 },
    constraints: { maxTimeToPower: 48 },
  },
  {
    id: 'cheapest_power',
    label: 'Cheapest power',
    rationale:
      'Lowest running cost: power price dominates, with surplus and capacity to keep it cheap at scale.',
    weights: { power_price: 70, stranded_power: 15, grid_capacity: 15 },
    constraints: { maxPowerPrice: 0.1 },
  },
  {
    id: 'low_carbon',
    label: 'Low carbon',
    rationale:
      'Clean grids first, then cost, speed, cool air and water: for buyers with emissions targets. Carbon is weighted, ' +
      'not a hard limit: it is a country average, so a limit would remove whole countries, hydro-powered regions of ' +
      'fossil-heavy ones included (a 300 g limit removed every US place, Washington and Oregon too).',
    weights: { carbon: 50, power_price: 15, time_to_power: 15, cooling: 10, water_stress: 10 },
  },
  {
    id: 'near_users',
    label: 'Near users (inference)',
    rationale:
      'Inference needs low latency to people: many people within reach (most weight: users are where the latency counts) ' +
      'and a hyperscale cloud region close by (interconnection with the clouds users already reach); then a high-voltage ' +
      'substation, a sane price, soon and safe. Cable landings stay out: they serve international transit, not users.',
    weights: {
      population_reach: 25,
      cloud_region: 15,
      power_price: 15,
      time_to_power: 15,
      grid_access: 10,
      hazard: 10,
      grid_capacity: 5,
      carbon: 5,
    },
  },
];

export function getPreset(id: PresetId): Preset {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown preset ${id}`);
  return p;
}

/**
 * A config with the preset's weights and limits on top of a base config. The base's transforms, assumptions,
 * population radius, grid access voltage and excluded countries are kept; its other limits are replaced by the preset's.
 */
export function applyPreset(preset: Preset, base: ScoringConfig = { weights: {} }): ScoringConfig {
  const excludedCountries = base.constraints?.excludedCountries;
  return {
    ...base,
    weights: { ...preset.weights },
    constraints: {
      ...(excludedCountries ? { excludedCountries: [...excludedCountries] } : {}),
      ...(preset.constraints ?? {}),
    },
  };
}
