/**
 * Time-to-power codes of the grid scorer. A cell's code is its stage index plus STAGE_COUNT × its region slot:
 * slot 0 holds the global months, slot k the months under the k-th applicable regional lead time
 * (ResolvedConfig.regionalLeadTimes), since a regional median changes the HV-substation stage's months and can
 * change which stage is fastest. STAGE_UNKNOWN where missing data leaves the stage undecided.
 */
import type { AssumptionValues } from './assumptions.ts';
import { queueRegionOf, type RegionalLeadTime } from './leadTimes.ts';
import { STAGE_UNKNOWN } from './scoreCodes.ts';
import {
  pickStage,
  POWER_STAGES,
  stageMonths,
  stageOrder,
  YES,
  type PowerStage,
  type Tri,
} from './timeToPower.ts';

export const STAGE_COUNT = POWER_STAGES.length;
/** Region slots that fit below STAGE_UNKNOWN (slot 0 = global). */
export const MAX_REGION_SLOTS = Math.floor(STAGE_UNKNOWN / STAGE_COUNT);

export interface StageCodeTable {
  /** Months per code (256 entries; NaN for unused codes and STAGE_UNKNOWN). */
  months: Float64Array;
  /** Region of each slot (slot 0: null, the global assumption). */
  regions: (string | null)[];
  /** Code per combination of checks, indexed slot * 27 + energised * 9 + hvSubstation * 3 + strongGeneration. */
  lut: Uint8Array;
}

export function stageCodeTable(a: AssumptionValues, regional: readonly RegionalLeadTime[]): StageCodeTable {
  const slots: (RegionalLeadTime | null)[] = [null, ...regional];
  if (slots.length > MAX_REGION_SLOTS) throw new Error(`at most ${MAX_REGION_SLOTS - 1} regional lead times`);
  const months = new Float64Array(256).fill(NaN);
  const lut = new Uint8Array(27 * slots.length);
  slots.forEach((lt, slot) => {
    const m = stageMonths(a, lt);
    POWER_STAGES.forEach((stage, k) => {
      months[slot * STAGE_COUNT + k] = m[stage];
    });
    const order = stageOrder(m);
    for (let e = 0; e < 3; e++)
      for (let h = 0; h < 3; h++)
        for (let g = 0; g < 3; g++) {
          const stage = pickStage(
            {
              energised_site: e as Tri,
              hv_substation: h as Tri,
              strong_generation: g as Tri,
              greenfield: YES,
            },
            order,
          );
          lut[slot * 27 + e * 9 + h * 3 + g] =
            stage === null ? STAGE_UNKNOWN : slot * STAGE_COUNT + POWER_STAGES.indexOf(stage);
        }
  });
  return { months, regions: slots.map((lt) => lt?.region ?? null), lut };
}

/** The stage of a code, or null when unknown. */
export function stageOfCode(code: number): PowerStage | null {
  return code === STAGE_UNKNOWN ? null : (POWER_STAGES[code % STAGE_COUNT] ?? null);
}

/** Months to power of a code, or null when unknown. */
export function codeMonths(code: number, table: StageCodeTable): number | null {
  const m = table.months[code];
  return Number.isNaN(m) ? null : m;
}

/** Region slot of a queue-region label (0 = no applicable regional lead time). */
export function regionSlot(label: string | null, table: StageCodeTable): number {
  const region = queueRegionOf(label);
  if (region === null) return 0;
  const slot = table.regions.indexOf(region);
  return slot > 0 ? slot : 0;
}
