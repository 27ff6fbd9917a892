/** What the grid scorer returns, how a full rescore assembles it, and reading it: percentile ranks, stage months. */
import type { AssumptionValues } from './assumptions.ts';
import type { ResolvedConfig, ScoringConfig } from './config.ts';
import type { ConstraintId } from './constraints.ts';
import type { CriterionId } from './criteria.ts';
import type { ScoringGrid } from './grid.ts';
import { encodeScores } from './gridKernels.ts';
import { codeMonths, type StageCodeTable } from './gridStageCodes.ts';
import type { RegionalLeadTime } from './leadTimes.ts';

export interface GridScoreResult {
  /** Per land cell: 0–100, SCORE_INCOMPLETE (also when no criterion is weighted) or SCORE_EXCLUDED. */
  scores: Uint8Array;
  /**
   * Per land cell: unrounded score (meaningful only where scores[i] <= 100).
   * Owned by the scorer and overwritten by its next score() call: copy it to keep it.
   */
  exact: Float64Array;
  /**
   * Per land cell: time-to-power code (stage + region slot, gridStageCodes.ts), or STAGE_UNKNOWN. Read with
   * stageOfCode / stageCodeMonths. Shared, read-only.
   */
  stages: Uint8Array;
  /** Months (and region) of each code under this config. */
  stageTable: StageCodeTable;
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
  /** Time-to-power code per cell (cached per assumption set and regional lead times). */
  stages(assumptions: AssumptionValues, regional?: readonly RegionalLeadTime[]): Uint8Array;
  /** Forgets what the last score() kept, so the next one rescores from scratch (bench, tests). */
  resetCache(): void;
  /**
   * Builds what a weight-only rescore under the last score()'s key needs (the scored cells' gathered scores), so the
   * first slider drag after a full rescore is as fast as the next ones. Idempotent; a no-op before any score().
   */
  warm(): void;
}

/** The result of a full rescore: codes, histogram and counts from the summed cells and their flags. */
export function finish(
  r: ResolvedConfig,
  sum: Float64Array,
  flags: Uint8Array,
  stages: Uint8Array,
  stageTable: StageCodeTable,
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
    stageTable,
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

/** Months to power of a cell from its time-to-power code, or null when unknown. */
export function stageCodeMonths(code: number, table: StageCodeTable): number | null {
  return codeMonths(code, table);
}
