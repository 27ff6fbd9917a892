/**
 * Scoring one place: weighted linear combination of 0–100 criterion scores, hard constraints, time to power.
 *
 * Status, in precedence order:
 * - 'excluded': a constraint fails on known data (excludedBy names each one). score = null.
 * - 'incomplete': a weighted criterion, or the input of an active constraint, has no data. score = null:
 *   an incomplete place is never given a score that could pass for a complete one (missing lists what is absent).
 * - 'unweighted': no criterion has a positive weight. score = null.
 * - 'scored': score = Σ criterion score × weight fraction, 0–100.
 */
import type { GridManifest } from '../contract/index.ts';
import { resolveConfig, type ResolvedConfig, type ScoringConfig, type ScoringEvidence } from './config.ts';
import { checkConstraints, type ConstraintId, type ConstraintViolation } from './constraints.ts';
import { CRITERIA, type CriterionId } from './criteria.ts';
import { criterionValue } from './criterionValue.ts';
import { rowSourceIds, type LayerSources } from './rowSources.ts';
import { roundScore } from './scoreCodes.ts';
import type { PlaceValues } from './layerIds.ts';
import type { PriceUsed } from './price.ts';
import { timeToPowerResolved, type TimeToPowerResult } from './timeToPower.ts';
import { transformScore, type Direction } from './transforms.ts';

export type PointStatus = 'scored' | 'excluded' | 'incomplete' | 'unweighted';

export interface CriterionBreakdown {
  id: CriterionId;
  label: string;
  unit: string;
  direction: Direction;
  /** Raw value in `unit`; null = no data. */
  value: number | null;
  /** 0–100; null = no data. Shown for unweighted criteria too. */
  score: number | null;
  weightPercent: number;
  /** score × weight fraction, in points of the total; 0 when unweighted, null when missing. */
  contribution: number | null;
  weighted: boolean;
  sourceIds: string[];
  notes: string[];
  /** Power price only: which price was used (the user's figure, wholesale or retail) and on which basis. */
  price?: PriceUsed;
}

export interface PointScore {
  status: PointStatus;
  /** 0–100, unrounded; null unless status === 'scored'. */
  score: number | null;
  /** roundScore(score) (half up): the integer the map draws; null unless scored. */
  rounded: number | null;
  /** For an excluded place with complete data: what it would score without constraints. */
  unconstrainedScore: number | null;
  /** Every criterion, registry order. */
  breakdown: CriterionBreakdown[];
  excludedBy: ConstraintViolation[];
  /** Weighted criteria without data. */
  missing: CriterionId[];
  /** Active constraints that could not be checked for lack of data. */
  uncheckedConstraints: ConstraintId[];
  timeToPower: TimeToPowerResult;
}

/**
 * Scores one place. `values`: decoded layer values (placeValuesAt for a grid cell, or a candidate's own values).
 * `manifest` (optional) supplies source ids per layer. `evidence`: measured lead times, used when `config` is not
 * resolved yet (a resolved config carries its own). `provenance.layerSources`: the sources actually used per layer
 * at this place (pointValues); each row then cites only those (else its layers' declared sources).
 */
export function scorePoint(
  values: PlaceValues,
  config: ScoringConfig | ResolvedConfig,
  manifest?: Pick<GridManifest, 'layers'>,
  evidence?: ScoringEvidence,
  provenance?: { layerSources?: LayerSources },
): PointScore {
  const r = resolveConfig(config, evidence);
  const ttp = timeToPowerResolved(values, r.assumptions, r.regionalLeadTimes, r.leadTimes);
  const breakdown: CriterionBreakdown[] = [];
  const byId = new Map<CriterionId, CriterionBreakdown>();
  for (const c of CRITERIA) {
    const { value, notes, sourceIds, price } = criterionValue(c, values, r, ttp);
    const score = value === null ? null : transformScore(r.transforms[c.id], c.direction, value);
    const weighted = r.weightFraction[c.id] > 0;
    const row: CriterionBreakdown = {
      id: c.id,
      label: c.label,
      unit: c.unit,
      direction: c.direction,
      value,
      score,
      weightPercent: r.weightPercent[c.id],
      contribution: score === null ? null : weighted ? score * r.weightFraction[c.id] : 0,
      weighted,
      sourceIds: sourceIds ?? rowSourceIds(c.id, manifest, provenance?.layerSources),
      notes,
      ...(price ? { price } : {}),
    };
    breakdown.push(row);
    byId.set(c.id, row);
  }

  // Sum in r.weighted order: the grid scorer adds in the same order, so both give identical numbers.
  let total = 0;
  const missing: CriterionId[] = [];
  for (const id of r.weighted) {
    const contribution = byId.get(id)?.contribution ?? null;
    if (contribution === null) missing.push(id);
    else total += contribution;
  }

  // Max power price reads the price the place is scored with (own figure / wholesale / retail).
  const price = byId.get('power_price')?.value ?? null;
  const { violations, unknown } = checkConstraints(
    { ...values, power_price: price },
    ttp.months,
    r.constraints,
  );
  const complete = missing.length === 0 && r.weighted.length > 0;
  let status: PointStatus;
  if (violations.length > 0) status = 'excluded';
  else if (missing.length > 0 || unknown.length > 0) status = 'incomplete';
  else if (r.weighted.length === 0) status = 'unweighted';
  else status = 'scored';

  const score = status === 'scored' ? total : null;
  return {
    status,
    score,
    rounded: score === null ? null : roundScore(score),
    unconstrainedScore: status === 'excluded' && complete ? total : null,
    breakdown,
    excludedBy: violations,
    missing,
    uncheckedConstraints: unknown,
    timeToPower: ttp,
  };
}
