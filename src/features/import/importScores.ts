/** Live scores of imported sites under the current configuration (pure + a React hook), keyed by row. */
import { useEffect, useMemo } from 'react';
import type { ScoringConfig, ScoringGrid } from '../../domain/index.ts';
import { useGridStore } from '../scoring/gridStore.ts';
import { scorePlace, type PlaceScore } from '../scoring/placeScore.ts';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { useSurfaceStore } from '../scoring/surfaceStore.ts';
import type { ImportedSite } from './importTypes.ts';

/** Score per row; null for a place outside the land grid. */
export type SiteScores = Map<number, PlaceScore | null>;

export function scoreImportedSites(
  grid: ScoringGrid,
  config: ScoringConfig,
  sites: readonly Pick<ImportedSite, 'row' | 'lon' | 'lat'>[],
  histogram: Uint32Array | null,
): SiteScores {
  const out: SiteScores = new Map();
  for (const s of sites) out.set(s.row, scorePlace(grid, config, s.lon, s.lat, histogram));
  return out;
}

/** Scores of the given sites, recomputed when the configuration changes; null until the grid is loaded. */
export function useImportedScores(sites: readonly ImportedSite[]): SiteScores | null {
  const grid = useGridStore((s) => s.grid);
  const load = useGridStore((s) => s.load);
  const config = useScoringStore((s) => s.config);
  const histogram = useSurfaceStore((s) => s.summary?.histogram ?? null);
  useEffect(() => void load(), [load]);
  return useMemo(
    () => (grid ? scoreImportedSites(grid, config, sites, histogram) : null),
    [grid, config, sites, histogram],
  );
}
