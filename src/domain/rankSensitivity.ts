/**
 * Weight sensitivity: how stable each compared site's rank is when every positive weight is perturbed at random
 * (by up to ±spread, seeded, so a result can be reproduced). Criterion scores do not depend on weights, so a
 * site's score under new weights is Σ score × weight / Σ weight over the weighted criteria. Sites without a
 * score (excluded, incomplete, outside the grid) are not ranked.
 */
import type { CriterionId } from './criteria.ts';
import { mulberry32 } from './random.ts';

export interface SensitivitySite {
  id: string;
  /** Criterion scores 0–100 (null = no data); null overall when the site has no score. */
  criterionScores: Partial<Record<CriterionId, number | null>> | null;
}

export interface SensitivityOptions {
  draws?: number;
  /** Relative perturbation, 0.2 = ±20 %. */
  spread?: number;
  seed?: number;
}

export interface SiteRanks {
  id: string;
  /** Rank under the current weights (1 = best); null when not ranked. */
  baseRank: number | null;
  /** counts[k] = draws in which the site ranked k + 1. */
  counts: number[];
  /** Share of draws in which the site kept its base rank. */
  stability: number | null;
}

export interface SensitivityResult {
  draws: number;
  spread: number;
  seed: number;
  sites: SiteRanks[];
}

export function weightedScore(
  scores: Partial<Record<CriterionId, number | null>>,
  weights: Partial<Record<CriterionId, number>>,
): number | null {
  let sum = 0;
  let total = 0;
  for (const [id, w] of Object.entries(weights) as [CriterionId, number][]) {
    if (!(w > 0)) continue;
    const s = scores[id];
    if (s === null || s === undefined) return null;
    sum += s * w;
    total += w;
  }
  return total > 0 ? sum / total : null;
}

/** Competition ranks (1 = highest; ties share a rank); null for null scores. */
export function ranksOf(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s).length));
}

export function rankSensitivity(
  sites: readonly SensitivitySite[],
  weights: Partial<Record<CriterionId, number>>,
  { draws = 200, spread = 0.2, seed = 1 }: SensitivityOptions = {},
): SensitivityResult {
  const random = mulberry32(seed);
  const scoreAll = (w: Partial<Record<CriterionId, number>>) =>
    sites.map((s) => (s.criterionScores ? weightedScore(s.criterionScores, w) : null));
  const base = ranksOf(scoreAll(weights));
  const counts = sites.map(() => new Array<number>(sites.length).fill(0));
  const positive = (Object.entries(weights) as [CriterionId, number][]).filter(([, w]) => w > 0);
  for (let d = 0; d < draws; d++) {
    const perturbed: Partial<Record<CriterionId, number>> = {};
    for (const [id, w] of positive) perturbed[id] = w * (1 + spread * (2 * random() - 1));
    ranksOf(scoreAll(perturbed)).forEach((rank, i) => {
      if (rank !== null) counts[i][rank - 1]++;
    });
  }
  return {
    draws,
    spread,
    seed,
    sites: sites.map((s, i) => ({
      id: s.id,
      baseRank: base[i],
      counts: counts[i],
      stability: base[i] === null || draws === 0 ? null : counts[i][base[i]! - 1] / draws,
    })),
  };
}
