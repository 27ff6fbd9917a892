/** The latest whole-grid scoring result the worker reported: score histogram and counts, for ranks and legends. */
import { create } from 'zustand';
import type { GridScoreResult, TopSite, TopSitesOptions } from '../../domain/index.ts';

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
  setFindBest: (findBest: FindBest | null) => void;
  setSummary: (summary: SurfaceSummary) => void;
  setError: (error: string | null) => void;
}

export const useSurfaceStore = create<SurfaceState>((set) => ({
  summary: null,
  error: null,
  findBest: null,
  setFindBest: (findBest) => set({ findBest }),
  setSummary: (summary) => set({ summary, error: null }),
  setError: (error) => set({ error }),
}));
