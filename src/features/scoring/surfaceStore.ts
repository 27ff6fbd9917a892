/** The latest whole-grid scoring result the worker reported: score histogram and counts, for ranks and legends. */
import { create } from 'zustand';
import type { GridScoreResult, ScoringConfig, TopSite, TopSitesOptions } from '../../domain/index.ts';

/** Shown in the Score tab and on the map when every weight is 0 (then no surface is drawn). */
export const NOTHING_WEIGHTED = 'Nothing is weighted: set a weight to see scores';

/** True when no criterion has a positive weight: every place would be unweighted, the surface flat. */
export function isNothingWeighted(config: Pick<ScoringConfig, 'weights'>): boolean {
  return !Object.values(config.weights).some((w) => typeof w === 'number' && w > 0);
}

export type FindBest = (options: TopSitesOptions) => Promise<TopSite[]>;

/** The parts of the worker's result the panels read, plus the measured redraw time. */
export type SurfaceSummary = Pick<
  GridScoreResult,
  'histogram' | 'scoredCount' | 'excludedCount' | 'incompleteCount' | 'excludedByCount' | 'missingByCriterion'
> & {
  /** Milliseconds the last rescore + redraw took. */
  millis: number;
};

interface SurfaceState {
  summary: SurfaceSummary | null;
  error: string | null;
  /** Best sites under the last rescore's config; null until the worker is ready. */
  findBest: FindBest | null;
  /** Every weight is 0: no surface is drawn (SurfaceController) and the panels say so. */
  nothingWeighted: boolean;
  setNothingWeighted: (nothingWeighted: boolean) => void;
  setFindBest: (findBest: FindBest | null) => void;
  setSummary: (summary: SurfaceSummary) => void;
  setError: (error: string | null) => void;
}

export const useSurfaceStore = create<SurfaceState>((set) => ({
  summary: null,
  error: null,
  findBest: null,
  nothingWeighted: false,
  setNothingWeighted: (nothingWeighted) => set({ nothingWeighted }),
  setFindBest: (findBest) => set({ findBest }),
  setSummary: (summary) => set({ summary, error: null }),
  setError: (error) => set({ error }),
}));
