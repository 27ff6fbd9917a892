/**
 * One full pass of the grid scorer: each weighted criterion added to the per-cell sum (and kept as codes into its
 * score table for weight-only rescoring), then the constraints flagging excluded cells.
 */
import type { ResolvedConfig } from './config.ts';
import { activeLimits, limitFails, type ConstraintId } from './constraints.ts';
import { getCriterion, type CriterionId } from './criteria.ts';
import {
  addEnergizedTerm,
  addLayerTerm,
  addStageTerm,
  applyFailTable,
  applyStageFail,
  type CodeArray,
} from './gridKernels.ts';
import { checkTable, labelCheckTable } from './gridLuts.ts';
import type { GridTables } from './gridTables.ts';
import type { NumericLayerId } from './layerIds.ts';
import { substationLayer } from './gridAccess.ts';
import { populationLayer } from './populationReach.ts';
import { addPriceTerm, applyPriceLimit } from './priceGrid.ts';
import { codeMonths, type StageCodeTable } from './gridStageCodes.ts';
import { NO, UNKNOWN, YES } from './timeToPower.ts';
import { transformScore } from './transforms.ts';

/** One weighted criterion reduced to codes: a scored cell's score is table[codes[i]] (other cells' codes are unused). */
export interface Term {
  id: CriterionId;
  codes: CodeArray;
  /** Unweighted 0–100 score per code. */
  table: Float64Array;
}

export interface TermContext {
  tables: GridTables;
  /** score × weight per code of a table, in the scorer's scratch buffer. */
  weigh(table: Float64Array, w: number): Float64Array;
  /** The code array kept for criterion `id` (reused across configurations), with room for `size` codes. */
  codes(id: CriterionId, size: number): CodeArray;
}

/** Adds one weighted criterion to `sum` (flagging missing data) and keeps it as codes into its score table. */
export function addTerm(
  ctx: TermContext,
  id: CriterionId,
  r: ResolvedConfig,
  sum: Float64Array,
  flags: Uint8Array,
): { term: Term; missing: number } {
  const { tables, weigh } = ctx;
  const { layer, scoreLut, atMostLut, statusLut, stages } = tables;
  const c = getCriterion(id);
  const w = r.weightFraction[id];
  const layerTerm = (layerId: NumericLayerId) => {
    const l = layer(layerId);
    const table = scoreLut(layerId, id, r);
    const missing = addLayerTerm(l, weigh(table, w), sum, flags);
    return { term: { id, codes: l.raw, table }, missing };
  };
  switch (c.input.kind) {
    case 'layer':
      // Power price under a wholesale basis or the user's own prices: per-cell choice (priceGrid.ts).
      if (id === 'power_price' && (r.priceBasis !== 'retail' || r.priceOverrides.length > 0))
        return addPriceTerm(ctx, r, sum, flags);
      return layerTerm(c.input.layer);
    case 'populationReach':
      return layerTerm(populationLayer(r.populationRadius));
    case 'energizedSite': {
      // Codes: current MW raw | planned MW raw (offset) | 0 MW (no site within reach) | MW not published.
      const km = layer('energized_site_km');
      const mwTable = scoreLut('energized_site_mw', id, r);
      const plannedTable = scoreLut('energized_site_mw_planned', id, r);
      const offset = mwTable.length;
      const zeroCode = offset + plannedTable.length;
      const table = new Float64Array(zeroCode + 2);
      table.set(mwTable);
      table.set(plannedTable, offset);
      table[zeroCode] = transformScore(r.transforms[id], c.direction, 0);
      table[zeroCode + 1] = transformScore(
        r.transforms[id],
        c.direction,
        r.assumptions.energised_mw_not_published,
      );
      const codes = ctx.codes(id, table.length + 1);
      const missing = addEnergizedTerm(
        km,
        atMostLut(km.id, r.assumptions.energised_reach_km),
        layer('energized_site_status'),
        statusLut(),
        layer('energized_site_mw'),
        layer('energized_site_mw_planned'),
        offset,
        zeroCode,
        weigh(table, w),
        codes,
        sum,
        flags,
      );
      return { term: { id, codes, table }, missing };
    }
    case 'gridAccess':
      return layerTerm(substationLayer(r.gridAccessVoltage));
    case 'timeToPower': {
      const { codes: cellStages, table: stageTable } = stages(r.assumptions, r.regionalLeadTimes);
      const byStage = new Float64Array(256).fill(-1);
      for (let code = 0; code < 256; code++) {
        const months = codeMonths(code, stageTable);
        if (months !== null) byStage[code] = transformScore(r.transforms[id], c.direction, months);
      }
      // Stages without a score keep -1 (× weight, still < 0): their cells are incomplete and never summed.
      const missing = addStageTerm(cellStages, weigh(byStage, w), sum, flags);
      return { term: { id, codes: cellStages, table: byStage }, missing };
    }
  }
}

export function applyConstraints(
  tables: GridTables,
  countries: readonly string[],
  r: ResolvedConfig,
  stageTable: StageCodeTable,
  cellStages: Uint8Array,
  flags: Uint8Array,
): Partial<Record<ConstraintId, number>> {
  const counts: Partial<Record<ConstraintId, number>> = {};
  const excluded = r.constraints.excludedCountries ?? [];
  if (excluded.length > 0) {
    const country = tables.layer('country');
    const lut = labelCheckTable(
      country,
      (raw) => countries[raw] ?? null,
      (iso3) => (iso3 !== null && excluded.includes(iso3.toUpperCase()) ? YES : NO),
    );
    counts.excludedCountries = applyFailTable(country, lut, flags);
  }
  for (const { def, limit } of activeLimits(r.constraints)) {
    if (def.reads === 'time_to_power') {
      const fail = new Uint8Array(256).fill(UNKNOWN);
      for (let code = 0; code < 256; code++) {
        const months = codeMonths(code, stageTable);
        if (months !== null) fail[code] = limitFails(def, limit, months) ? YES : NO;
      }
      counts[def.id] = applyStageFail(cellStages, fail, flags);
    } else if (def.reads === 'power_price' && (r.priceBasis !== 'retail' || r.priceOverrides.length > 0)) {
      // On the price each cell is scored with (wholesale basis, own prices), as scorePoint checks it.
      counts[def.id] = applyPriceLimit(tables, r, (v) => limitFails(def, limit, v), flags);
    } else {
      const l = tables.layer(def.reads);
      const lut = tables.checkLut(`${l.id}|fail|${def.bound}|${limit}`, () =>
        checkTable(l, (v) => (limitFails(def, limit, v) ? YES : NO)),
      );
      counts[def.id] = applyFailTable(l, lut, flags);
    }
  }
  return counts;
}
