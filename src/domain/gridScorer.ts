/**
 * Whole-grid scoring over typed arrays. Per criterion, a lookup table maps a layer's raw quantised value to its
 * 0–100 score (built once per transform, cached), so rescoring after a weight change is Σ w_i · LUT_i[code_i] per cell.
 * Everything but the weights (codes per criterion, missing/excluded flags, counts) is kept from the last score() and
 * reused while transforms, constraints, assumptions, connectivity and the set of weighted criteria stay the same:
 * dragging a weight slider then costs one pass per weighted criterion, with results identical to a full rescore.
 * The rules are those of scorePoint (score.ts): same transforms, same summation order, same missing/constraint
 * precedence, so a cell's code equals scorePoint(placeValuesAt(cell)).rounded.
 */
import type { AssumptionValues } from './assumptions.ts';
import { resolveConfig, type ResolvedConfig, type ScoringConfig } from './config.ts';
import { activeLimits, limitFails, type ConstraintId } from './constraints.ts';
import { getCriterion, type CriterionId } from './criteria.ts';
import type { ScoringGrid } from './grid.ts';
import {
  absentLayer,
  checkTable,
  labelCheckTable,
  prepareLayer,
  scoreTable,
  TableCache,
  type PreparedLayer,
} from './gridLuts.ts';
import type { LayerId, NumericLayerId } from './layerIds.ts';
import {
  addEnergizedTerm,
  addLayerTerm,
  addNearestTerm,
  addStageTerm,
  addWeightedCompact,
  applyFailTable,
  applyStageFail,
  codeArray,
  encodeScores,
  flaggedCodes,
  gatherCodes,
  liveCells,
  scatterScores,
  weighTable,
  stageCodes,
  type CodeArray,
} from './gridKernels.ts';
import {
  atLeast,
  atMost,
  blockGrossMw,
  energisedStatusOk,
  NO,
  POWER_STAGES,
  stageLookup,
  stageMonths,
  stageOrder,
  UNKNOWN,
  YES,
  type PowerStage,
} from './timeToPower.ts';
import { transformScore } from './transforms.ts';

export interface GridScoreResult {
  /** Per land cell: 0–100, SCORE_INCOMPLETE (also when no criterion is weighted) or SCORE_EXCLUDED. */
  scores: Uint8Array;
  /**
   * Per land cell: unrounded score (meaningful only where scores[i] <= 100).
   * Owned by the scorer and overwritten by its next score() call: copy it to keep it.
   */
  exact: Float64Array;
  /** Per land cell: time-to-power stage index into POWER_STAGES, or STAGE_UNKNOWN. Shared, read-only. */
  stages: Uint8Array;
  /** Months of each stage under this config. */
  stageMonths: Record<PowerStage, number>;
  /** Count of scored cells per score 0..100. */
  histogram: Uint32Array;
  scoredCount: number;
  excludedCount: number;
  incompleteCount: number;
  /** Cells failing each active constraint (a cell can fail several). */
  excludedByCount: Partial<Record<ConstraintId, number>>;
  /** Cells with no data for each weighted criterion. */
  missingByCriterion: Partial<Record<CriterionId, number>>;
  config: ResolvedConfig;
}

export interface GridScorer {
  readonly grid: ScoringGrid;
  readonly cellCount: number;
  /** Scores every cell; only re-weights when nothing but the weights changed since the last call (same result). */
  score(config: ScoringConfig | ResolvedConfig): GridScoreResult;
  /** Time-to-power stage per cell (cached per assumption set). */
  stages(assumptions: AssumptionValues): Uint8Array;
  /** Forgets what the last score() kept, so the next one rescores from scratch (bench, tests). */
  resetCache(): void;
}

/** One weighted criterion reduced to codes: a scored cell's score is table[codes[i]] (other cells' codes are unused). */
interface Term {
  id: CriterionId;
  codes: CodeArray;
  /** Unweighted 0–100 score per code. */
  table: Float64Array;
}

/** What score() keeps between calls: everything that does not depend on the weights' values. */
interface Prepared {
  key: string;
  terms: Term[];
  /** MISSING / EXCLUDED per cell (the scorer's flag buffer). */
  flags: Uint8Array;
  cellStages: Uint8Array;
  months: Record<PowerStage, number>;
  excludedByCount: Partial<Record<ConstraintId, number>>;
  missingByCriterion: Partial<Record<CriterionId, number>>;
  /** Counts from the first score() under this key (null before it). */
  counts: { excludedCount: number; incompleteCount: number } | null;
  /** Built on the first reuse (a weight drag), not for one-off edits. */
  compact: Compact | null;
}

/** The cells that get a score (no flag), with each term's codes gathered for them: no skips, no flags to test. */
interface Compact {
  live: Uint32Array;
  codes: CodeArray[];
  sum: Float64Array;
  /** SCORE_EXCLUDED / SCORE_INCOMPLETE where flagged (live cells are overwritten). */
  codesOfFlagged: Uint8Array;
}

/** Everything a score depends on but the weights' values. */
function preparedKey(r: ResolvedConfig): string {
  return JSON.stringify([
    r.weighted,
    r.weighted.map((id) => r.transforms[id]),
    r.constraints,
    r.assumptions,
    r.connectivity,
  ]);
}

export function createGridScorer(grid: ScoringGrid): GridScorer {
  const n = grid.cells.length;
  const prepared = new Map<string, PreparedLayer>();
  const layer = (id: LayerId): PreparedLayer => {
    let p = prepared.get(id);
    if (!p) {
      const raw = grid.layers.get(id);
      const info = grid.layerInfo.get(id);
      p = raw && info ? prepareLayer(id, raw, info) : absentLayer(id, n);
      prepared.set(id, p);
    }
    return p;
  };
  const scoreTables = new TableCache<Float64Array>();
  const checkTables = new TableCache<Uint8Array>();
  const stageCache = new TableCache<Uint8Array>(4);
  const sumBuffer = new Float64Array(n);
  const flagBuffer = new Uint8Array(n);

  const statusLabel = (raw: number): string | null => {
    const info = layer('energized_site_status').info;
    return info.categories?.[String(raw)] ?? String(raw);
  };

  const scoreLut = (layerId: NumericLayerId, criterion: CriterionId, r: ResolvedConfig): Float64Array => {
    const t = r.transforms[criterion];
    const dir = getCriterion(criterion).direction;
    return scoreTables.get(`${layerId}|${dir}|${JSON.stringify(t)}`, () =>
      scoreTable(layer(layerId), t, dir),
    );
  };
  const atMostLut = (layerId: LayerId, limit: number) =>
    checkTables.get(`${layerId}|<=|${limit}`, () => checkTable(layer(layerId), (v) => atMost(v, limit)));
  const atLeastLut = (layerId: LayerId, limit: number) =>
    checkTables.get(`${layerId}|>=|${limit}`, () => checkTable(layer(layerId), (v) => atLeast(v, limit)));
  const statusLut = () =>
    checkTables.get('status|energised', () =>
      labelCheckTable(layer('energized_site_status'), statusLabel, (label) => energisedStatusOk(label)),
    );

  function stages(a: AssumptionValues): Uint8Array {
    const order = stageOrder(stageMonths(a));
    const gross = blockGrossMw(a);
    const key = [
      a.energised_reach_km,
      gross,
      a.approved_min_grid_mw,
      a.approved_min_stranded,
      a.in_study_min_grid_mw,
      order.join(),
    ].join('|');
    return stageCache.get(key, () => {
      const km = layer('energized_site_km');
      const mw = layer('energized_site_mw');
      const st = layer('energized_site_status');
      const cap = layer('grid_capacity_mw');
      const stranded = layer('stranded_power');
      const kmLut = atMostLut(km.id, a.energised_reach_km);
      const mwLut = atLeastLut(mw.id, gross);
      const stLut = statusLut();
      const apLut = atLeastLut(cap.id, a.approved_min_grid_mw);
      const strLut = atLeastLut(stranded.id, a.approved_min_stranded);
      const studyLut = atLeastLut(cap.id, a.in_study_min_grid_mw);
      const stageLut = stageLookup(order);
      const out = new Uint8Array(n);
      stageCodes(
        {
          km,
          kmLut,
          st,
          stLut,
          mw,
          mwLut,
          cap,
          approvedLut: apLut,
          studyLut,
          stranded,
          strandedLut: strLut,
          stageLut,
        },
        out,
      );
      return out;
    });
  }

  /** Code arrays built per criterion (connectivity, energised site), reused across configurations. */
  const codeBuffers = new Map<CriterionId, CodeArray>();
  let weightScratch = new Float64Array(256);
  let last: Prepared | null = null;

  /** score × weight per code of a table, in the scorer's scratch buffer. */
  const weigh = (table: Float64Array, w: number): Float64Array => {
    if (table.length > weightScratch.length) weightScratch = new Float64Array(table.length);
    return weighTable(table, w, weightScratch);
  };

  /** Adds one weighted criterion to `sum` (flagging missing data) and keeps it as codes into its score table. */
  function addTerm(
    id: CriterionId,
    r: ResolvedConfig,
    sum: Float64Array,
    flags: Uint8Array,
  ): { term: Term; missing: number } {
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
        return layerTerm(c.input.layer);
      case 'connectivity': {
        if (r.connectivity !== 'nearest')
          return layerTerm(r.connectivity === 'landing' ? 'landing_km' : 'metro_km');
        const ta = scoreLut('landing_km', id, r);
        const tb = scoreLut('metro_km', id, r);
        const table = new Float64Array(ta.length + tb.length);
        table.set(ta);
        table.set(tb, ta.length);
        const codes = codeArray(table.length, n, codeBuffers.get(id));
        codeBuffers.set(id, codes);
        const missing = addNearestTerm(
          layer('landing_km'),
          ta,
          layer('metro_km'),
          tb,
          weigh(table, w),
          codes,
          sum,
          flags,
        );
        return { term: { id, codes, table }, missing };
      }
      case 'energizedSite': {
        const km = layer('energized_site_km');
        const mwTable = scoreLut('energized_site_mw', id, r);
        const table = new Float64Array(mwTable.length + 1);
        table.set(mwTable);
        table[mwTable.length] = transformScore(r.transforms[id], c.direction, 0);
        const codes = codeArray(table.length, n, codeBuffers.get(id));
        codeBuffers.set(id, codes);
        const missing = addEnergizedTerm(
          km,
          atMostLut(km.id, r.assumptions.energised_reach_km),
          layer('energized_site_status'),
          statusLut(),
          layer('energized_site_mw'),
          mwTable.length,
          weigh(table, w),
          codes,
          sum,
          flags,
        );
        return { term: { id, codes, table }, missing };
      }
      case 'timeToPower': {
        const months = stageMonths(r.assumptions);
        const byStage = new Float64Array(256).fill(-1);
        POWER_STAGES.forEach((stage, k) => {
          byStage[k] = transformScore(r.transforms[id], c.direction, months[stage]);
        });
        const cellStages = stages(r.assumptions);
        // Stages without a score keep -1 (× weight, still < 0): their cells are incomplete and never summed.
        const missing = addStageTerm(cellStages, weigh(byStage, w), sum, flags);
        return { term: { id, codes: cellStages, table: byStage }, missing };
      }
    }
  }

  /** A full rescore into `sum`: every term, flags and counts, kept for weight-only changes. */
  function prepare(r: ResolvedConfig, key: string, sum: Float64Array): Prepared {
    last = null; // the flag buffer is about to change
    const flags = flagBuffer.fill(0);
    const missingByCriterion: Partial<Record<CriterionId, number>> = {};
    const months = stageMonths(r.assumptions);
    const cellStages = stages(r.assumptions);
    const terms: Term[] = [];
    // Summed in r.weighted order, as scorePoint does.
    for (const id of r.weighted) {
      const t = addTerm(id, r, sum, flags);
      terms.push(t.term);
      missingByCriterion[id] = t.missing;
    }
    const excludedByCount = applyConstraints(r, months, cellStages, flags);
    return {
      key,
      terms,
      flags,
      cellStages,
      months,
      excludedByCount,
      missingByCriterion,
      counts: null,
      compact: null,
    };
  }

  function score(config: ScoringConfig | ResolvedConfig): GridScoreResult {
    const r = resolveConfig(config);
    const key = preparedKey(r);
    if (last?.key === key && last.counts && last.terms.length > 0) return reweigh(r, last, last.counts);
    // Reused between calls: fresh 2 MB arrays cost more in page faults than the scoring itself.
    const sum = sumBuffer.fill(0);
    const p = prepare(r, key, sum);
    const result = finish(
      r,
      sum,
      p.flags,
      p.cellStages,
      p.months,
      { ...p.excludedByCount },
      { ...p.missingByCriterion },
    );
    p.counts = { excludedCount: result.excludedCount, incompleteCount: result.incompleteCount };
    last = p;
    return result;
  }

  /** Weight-only change: the same sums over the scored cells only (compact arrays), the other cells' codes kept. */
  function reweigh(
    r: ResolvedConfig,
    p: Prepared,
    counts: { excludedCount: number; incompleteCount: number },
  ): GridScoreResult {
    const c = (p.compact ??= compactTerms(p, n - counts.excludedCount - counts.incompleteCount));
    const sum = c.sum;
    p.terms.forEach((t, k) =>
      addWeightedCompact(c.codes[k], t.table, r.weightFraction[t.id], weightScratch, sum, k === 0),
    );
    const scores = c.codesOfFlagged.slice();
    const histogram = new Uint32Array(101);
    scatterScores(sum, c.live, sumBuffer, scores, histogram);
    return {
      scores,
      exact: sumBuffer,
      stages: p.cellStages,
      stageMonths: p.months,
      histogram,
      scoredCount: c.live.length,
      ...counts,
      excludedByCount: { ...p.excludedByCount },
      missingByCriterion: { ...p.missingByCriterion },
      config: r,
    };
  }

  function compactTerms(p: Prepared, scoredCount: number): Compact {
    const live = liveCells(p.flags, scoredCount);
    return {
      live,
      codes: p.terms.map((t) => gatherCodes(t.codes, live, codeArray(t.table.length, live.length))),
      sum: new Float64Array(live.length),
      codesOfFlagged: flaggedCodes(p.flags),
    };
  }

  function applyConstraints(
    r: ResolvedConfig,
    months: Record<PowerStage, number>,
    cellStages: Uint8Array,
    flags: Uint8Array,
  ): Partial<Record<ConstraintId, number>> {
    const counts: Partial<Record<ConstraintId, number>> = {};
    const excluded = r.constraints.excludedCountries ?? [];
    if (excluded.length > 0) {
      const country = layer('country');
      const lut = labelCheckTable(
        country,
        (raw) => grid.manifest.countries[raw] ?? null,
        (iso3) => (iso3 !== null && excluded.includes(iso3.toUpperCase()) ? YES : NO),
      );
      counts.excludedCountries = applyFailTable(country, lut, flags);
    }
    for (const { def, limit } of activeLimits(r.constraints)) {
      if (def.reads === 'time_to_power') {
        const fail = new Uint8Array(256).fill(UNKNOWN);
        POWER_STAGES.forEach((stage, k) => {
          fail[k] = limitFails(def, limit, months[stage]) ? YES : NO;
        });
        counts[def.id] = applyStageFail(cellStages, fail, flags);
      } else {
        const l = layer(def.reads);
        const lut = checkTables.get(`${l.id}|fail|${def.bound}|${limit}`, () =>
          checkTable(l, (v) => (limitFails(def, limit, v) ? YES : NO)),
        );
        counts[def.id] = applyFailTable(l, lut, flags);
      }
    }
    return counts;
  }

  return {
    grid,
    cellCount: n,
    score,
    stages,
    resetCache: () => {
      last = null;
    },
  };
}

function finish(
  r: ResolvedConfig,
  sum: Float64Array,
  flags: Uint8Array,
  stages: Uint8Array,
  stageMonthsByStage: Record<PowerStage, number>,
  excludedByCount: Partial<Record<ConstraintId, number>>,
  missingByCriterion: Partial<Record<CriterionId, number>>,
): GridScoreResult {
  const n = sum.length;
  const scores = new Uint8Array(n);
  const histogram = new Uint32Array(101);
  const { excludedCount, incompleteCount } = encodeScores(
    sum,
    flags,
    r.weighted.length > 0,
    scores,
    histogram,
  );
  return {
    scores,
    exact: sum,
    stages,
    stageMonths: stageMonthsByStage,
    histogram,
    scoredCount: n - excludedCount - incompleteCount,
    excludedCount,
    incompleteCount,
    excludedByCount,
    missingByCriterion,
    config: r,
  };
}

/** Percentile rank (0–100) of a score among scored cells: share below plus half the share equal. Null if none scored. */
export function percentileRank(histogram: Uint32Array, score: number): number | null {
  let total = 0;
  let below = 0;
  const s = Math.max(0, Math.min(100, Math.round(score)));
  for (let k = 0; k <= 100; k++) {
    total += histogram[k];
    if (k < s) below += histogram[k];
  }
  if (total === 0) return null;
  return (100 * (below + histogram[s] / 2)) / total;
}

/** Months to power of a cell from its stage code, or null when unknown. */
export function stageCodeMonths(code: number, months: Record<PowerStage, number>): number | null {
  const stage = POWER_STAGES[code];
  return stage === undefined ? null : months[stage];
}
