/**
 * The grid scorer's incremental path. A full rescore keeps everything but the weights' values (codes per
 * criterion, flags, counts) under a key; while the key stays the same, a new score only re-sums the scored cells
 * (gathered once into compact arrays), in the same order with the same products, so it equals a full rescore.
 */
import type { ResolvedConfig } from './config.ts';
import type { ConstraintId } from './constraints.ts';
import type { CriterionId } from './criteria.ts';
import { flaggedCodes, gatherScores, liveCells, scatterScores, sumWeightedScores } from './gridKernels.ts';
import type { GridScoreResult } from './gridResult.ts';
import type { Term } from './gridTerms.ts';
import type { StageCodeTable } from './gridStageCodes.ts';

/** What score() keeps between calls: everything that does not depend on the weights' values. */
export interface Prepared {
  key: string;
  terms: Term[];
  /** MISSING / EXCLUDED per cell (the scorer's flag buffer). */
  flags: Uint8Array;
  cellStages: Uint8Array;
  stageTable: StageCodeTable;
  excludedByCount: Partial<Record<ConstraintId, number>>;
  missingByCriterion: Partial<Record<CriterionId, number>>;
  /** Counts from the first score() under this key (null before it). */
  counts: { excludedCount: number; incompleteCount: number } | null;
  /** Built on the first reuse (a weight drag) or by GridScorer.warm (the worker, while idle). */
  compact: Compact | null;
}

/** The cells that get a score (no flag), with each term's scores gathered for them: no skips, no flags to test. */
interface Compact {
  live: Uint32Array;
  /** Per term, the unweighted score of each live cell (table[codes[live[j]]]). */
  scores: Float64Array[];
  sum: Float64Array;
  /** SCORE_EXCLUDED / SCORE_INCOMPLETE where flagged (live cells are overwritten). */
  codesOfFlagged: Uint8Array;
}

/** Everything a score depends on but the weights' values (the price basis and own prices change the price codes). */
export function preparedKey(r: ResolvedConfig): string {
  return JSON.stringify([
    r.weighted,
    r.weighted.map((id) => r.transforms[id]),
    r.constraints,
    r.assumptions,
    r.populationRadius,
    r.gridAccessVoltage,
    r.regionalLeadTimes.map((lt) => [lt.region, lt.median]),
    r.priceBasis,
    r.priceOverrides.map((o) => [o.code, o.usdPerKwh]),
  ]);
}

/** Weight-only change: the same sums over the scored cells only (compact arrays), the other cells' codes kept. */
export function reweigh(
  r: ResolvedConfig,
  p: Prepared,
  counts: { excludedCount: number; incompleteCount: number },
  buffers: { n: number; exact: Float64Array },
): GridScoreResult {
  const { n, exact } = buffers;
  const c = compactOf(p, n, counts);
  const sum = c.sum;
  sumWeightedScores(
    c.scores,
    p.terms.map((t) => r.weightFraction[t.id]),
    sum,
  );
  const scores = c.codesOfFlagged.slice();
  const histogram = new Uint32Array(101);
  scatterScores(sum, c.live, exact, scores, histogram);
  return {
    scores,
    exact,
    stages: p.cellStages,
    stageTable: p.stageTable,
    histogram,
    scoredCount: c.live.length,
    ...counts,
    excludedByCount: { ...p.excludedByCount },
    missingByCriterion: { ...p.missingByCriterion },
    config: r,
  };
}

/** The scored cells' gathered scores under `p`, built on first use (a weight drag, or GridScorer.warm). */
export function compactOf(
  p: Prepared,
  n: number,
  counts: { excludedCount: number; incompleteCount: number },
): Compact {
  return (p.compact ??= compactTerms(p, n - counts.excludedCount - counts.incompleteCount));
}

function compactTerms(p: Prepared, scoredCount: number): Compact {
  const live = liveCells(p.flags, scoredCount);
  return {
    live,
    scores: p.terms.map((t) => gatherScores(t.codes, t.table, live, new Float64Array(live.length))),
    sum: new Float64Array(live.length),
    codesOfFlagged: flaggedCodes(p.flags),
  };
}
