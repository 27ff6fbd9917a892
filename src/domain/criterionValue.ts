/**
 * A criterion's raw value (in its unit) at one place, from the place's decoded layer values.
 * The grid scorer compiles the same rules into lookup tables (gridScorer.ts); keep both in step.
 */
import type { ResolvedConfig } from './config.ts';
import type { Criterion } from './criteria.ts';
import { energisedSiteMw } from './energisedMw.ts';
import { formatNumber } from './format.ts';
import { substationLayer } from './gridAccess.ts';
import { populationLayer } from './populationReach.ts';
import type { PlaceValues } from './layerIds.ts';
import { powerPriceValue, type PriceUsed } from './price.ts';
import { and3, atMost, energisedStatusOk, NO, UNKNOWN, type TimeToPowerResult } from './timeToPower.ts';

export interface CriterionValue {
  /** null = missing. */
  value: number | null;
  /** Caveats shown next to the value (e.g. the World Bank 2019 tariff label). */
  notes: string[];
  /** The sources this value used, where the criterion knows them per place (power price); else the layers'. */
  sourceIds?: string[];
  /** Power price only: which price was used (own figure / wholesale / retail). */
  price?: PriceUsed;
}

export function criterionValue(
  c: Criterion,
  v: PlaceValues,
  config: ResolvedConfig,
  ttp: TimeToPowerResult,
): CriterionValue {
  switch (c.input.kind) {
    case 'layer':
      if (c.id === 'power_price') return powerPriceValue(v, config);
      return { value: v[c.input.layer] ?? null, notes: [] };
    case 'populationReach': {
      const radius = config.populationRadius;
      return {
        value: v[populationLayer(radius)] ?? null,
        notes: [`within ${radius} km (sum of settlements, not a census count)`],
      };
    }
    case 'energizedSite': {
      const reach = config.assumptions.energised_reach_km;
      const gate = energisedGate(v, reach);
      if (gate === UNKNOWN) return { value: null, notes: [] };
      if (gate === NO) return { value: 0, notes: [`no energised site within ${formatNumber(reach)} km`] };
      const status = v.energized_site_status;
      const site = energisedSiteMw(v, config.assumptions);
      return {
        value: site.mw,
        notes: [
          `site ${formatNumber(v.energized_site_km ?? 0)} km away${status ? ` (${status})` : ''}; ${site.rule}`,
        ],
      };
    }
    case 'timeToPower':
      return { value: ttp.months, notes: ttp.stage ? [ttp.stage] : [] };
    case 'gridAccess': {
      const kv = config.gridAccessVoltage;
      const km = v[substationLayer(kv)] ?? null;
      if (km === null) return { value: null, notes: ['no substation data here'] };
      const nearestKv = v.substation_kv;
      return {
        value: km,
        notes: [
          `to the nearest substation of ≥ ${kv} kV` +
            (kv === 110 && nearestKv !== null && nearestKv !== undefined
              ? ` (${formatNumber(nearestKv)} kV)`
              : ''),
        ],
      };
    }
  }
}

/** Whether the nearest energised site is within reach (missing distance = unknown). */
export function energisedGate(v: PlaceValues, reachKm: number) {
  return and3(atMost(v.energized_site_km, reachKm), energisedStatusOk(v.energized_site_status));
}
