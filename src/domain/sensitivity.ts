/**
 * Weight sensitivity of a shortlist: perturb every positive weight at random (±jitter, multiplicative) many times
 * and report how each site's score and rank within the shortlist move. Sites that are not scored (incomplete,
 * excluded) get no rank.
 */
import { resolveConfig, type ResolvedConfig, type ScoringConfig } from './config.ts';
import type { CriterionId } from './criteria.ts';
import type { PlaceValues } from './layerIds.ts';
import { scorePoint } from './score.ts';
import { mulberry32 } from './random.ts';

export interface SensitivityOptions {
  /** Number of perturbed weight sets; default 200. */
  trials?: number;
  /** Each weight is multiplied by a factor uniform in [1 - jitter, 1 + jitter]; default 0.25. */
  jitter?: number;
  seed?: number;
}

export interface SiteSensitivity {
  /** Rank (1 = best) under the unperturbed weights; null when not scored. */
  baseRank: number | null;
  baseScore: number | null;
  /** Best and worst rank seen over the trials. */
  rankRange: [number, number] | null;
  /** Share (0–1) of trials in which the rank equals baseRank. */
  rankStability: number | null;
  /** 5th and 95th percentile of the score over the trials. */
  scoreRange: [number, number] | null;
}

function ranks(scores: Array<number | null>): Array<number | null> {
  const order = scores
    .map((s, i) => ({ s, i }))
    .filter((x): x is { s: number; i: number } => x.s !== null)
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const out: Array<number | null> = scores.map(() => null);
  order.forEach(({ i }, k) => (out[i] = k + 1));
  return out;
}

export function weightSensitivity(
  sites: readonly PlaceValues[],
  config: ScoringConfig | ResolvedConfig,
  options: SensitivityOptions = {},
): SiteSensitivity[] {
  const base = resolveConfig(config);
  const trials = options.trials ?? 200;
  const jitter = options.jitter ?? 0.25;
  const rand = mulberry32(options.seed ?? 1);
  const baseScores = sites.map((v) => scorePoint(v, base).score);
  const baseRanks = ranks(baseScores);
  const seenRanks = sites.map(() => [] as number[]);
  const seenScores = sites.map(() => [] as number[]);
  for (let t = 0; t < trials; t++) {
    const weights: Partial<Record<CriterionId, number>> = {};
    for (const id of base.weighted)
      weights[id] = base.weightFraction[id] * (1 - jitter + 2 * jitter * rand());
    const trial = resolveConfig({
      weights,
      transforms: base.transforms,
      constraints: base.constraints,
      assumptions: base.assumptions,
      connectivity: base.connectivity,
    });
    const scores = sites.map((v) => scorePoint(v, trial).score);
    ranks(scores).forEach((r, i) => {
      if (r !== null) seenRanks[i].push(r);
      const s = scores[i];
      if (s !== null) seenScores[i].push(s);
    });
  }
  return sites.map((_, i) => {
    const rs = seenRanks[i];
    const ss = [...seenScores[i]].sort((a, b) => a - b);
    const baseRank = baseRanks[i];
    return {
      baseRank,
      baseScore: baseScores[i],
      rankRange: rs.length ? [Math.min(...rs), Math.max(...rs)] : null,
      rankStability:
        rs.length && baseRank !== null ? rs.filter((r) => r === baseRank).length / rs.length : null,
      scoreRange: ss.length
        ? [ss[Math.floor(0.05 * (ss.length - 1))], ss[Math.floor(0.95 * (ss.length - 1))]]
        : null,
    };
  });
}
