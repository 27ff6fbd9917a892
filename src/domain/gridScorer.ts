/**
 * Whole-grid scoring over typed arrays. Per criterion, a lookup table maps a layer's raw quantised value to its
 * 0–100 score (built once per transform, cached), so rescoring after a weight change is Σ w_i · LUT_i[code_i] per cell.
 * Everything but the weights (codes per criterion, missing/excluded flags, counts) is kept from the last score() and
 * reused while transforms, constraints, assumptions, population radius and the set of weighted criteria stay the same:
 * dragging a weight slider then costs one pass per weighted criterion, with results identical to a full rescore.
 * The rules are those of scorePoint (score.ts): same transforms, same summation order, same missing/constraint
 * precedence, so a cell's code equals scorePoint(placeValuesAt(cell)).rounded.
 */
import type { AssumptionValues } from './assumptions.ts';
import { resolveConfig, type ResolvedConfig, type ScoringConfig, type ScoringEvidence } from './config.ts';
import type { CriterionId } from './criteria.ts';
import type { ScoringGrid } from './grid.ts';
import { codeArray, weighTable, type CodeArray } from './gridKernels.ts';
import { finish, type GridScoreResult, type GridScorer } from './gridResult.ts';
import { compactOf, preparedKey, reweigh, type Prepared } from './gridReweigh.ts';
import { createGridTables } from './gridTables.ts';
import { addTerm, applyConstraints, type Term, type TermContext } from './gridTerms.ts';

export { percentileRank, stageCodeMonths, type GridScoreResult, type GridScorer } from './gridResult.ts';

/** `evidence`: measured lead times, used for configs not resolved yet (a resolved config carries its own). */
export function createGridScorer(grid: ScoringGrid, evidence: ScoringEvidence = {}): GridScorer {
  const n = grid.cells.length;
  const tables = createGridTables(grid);
  const sumBuffer = new Float64Array(n);
  const flagBuffer = new Uint8Array(n);

  /** Code arrays built per criterion (energised site), reused across configurations. */
  const codeBuffers = new Map<CriterionId, CodeArray>();
  let weightScratch = new Float64Array(256);
  let last: Prepared | null = null;

  const ctx: TermContext = {
    tables,
    weigh: (table, w) => {
      if (table.length > weightScratch.length) weightScratch = new Float64Array(table.length);
      return weighTable(table, w, weightScratch);
    },
    codes: (id, size) => {
      const codes = codeArray(size, n, codeBuffers.get(id));
      codeBuffers.set(id, codes);
      return codes;
    },
  };

  /** A full rescore into `sum`: every term, flags and counts, kept for weight-only changes. */
  function prepare(r: ResolvedConfig, key: string, sum: Float64Array): Prepared {
    last = null; // the flag buffer is about to change
    const flags = flagBuffer.fill(0);
    const missingByCriterion: Partial<Record<CriterionId, number>> = {};
    const { codes: cellStages, table: stageTable } = tables.stages(r.assumptions, r.regionalLeadTimes);
    const terms: Term[] = [];
    // Summed in r.weighted order, as scorePoint does.
    for (const id of r.weighted) {
      const t = addTerm(ctx, id, r, sum, flags);
      terms.push(t.term);
      missingByCriterion[id] = t.missing;
    }
    const excludedByCount = applyConstraints(
      tables,
      grid.manifest.countries,
      r,
      stageTable,
      cellStages,
      flags,
    );
    return {
      key,
      terms,
      flags,
      cellStages,
      stageTable,
      excludedByCount,
      missingByCriterion,
      counts: null,
      compact: null,
    };
  }

  function score(config: ScoringConfig | ResolvedConfig): GridScoreResult {
    const r = resolveConfig(config, evidence);
    const key = preparedKey(r);
    if (last?.key === key && last.counts && last.terms.length > 0)
      return reweigh(r, last, last.counts, { n, exact: sumBuffer });
    // Reused between calls: fresh 2 MB arrays cost more in page faults than the scoring itself.
    const sum = sumBuffer.fill(0);
    const p = prepare(r, key, sum);
    const result = finish(
      r,
      sum,
      p.flags,
      p.cellStages,
      p.stageTable,
      { ...p.excludedByCount },
      { ...p.missingByCriterion },
    );
    p.counts = { excludedCount: result.excludedCount, incompleteCount: result.incompleteCount };
    last = p;
    return result;
  }

  return {
    grid,
    cellCount: n,
    score,
    stages: (a: AssumptionValues, regional = []) => tables.stages(a, regional).codes,
    resetCache: () => {
      last = null;
    },
    warm: () => {
      if (last?.counts && last.terms.length > 0) compactOf(last, n, last.counts);
    },
  };
}
