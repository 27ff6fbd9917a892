/** Live scores of shortlisted places under the current configuration (pure + a React hook). */
import { useEffect, useMemo } from 'react';
import type { ScoringConfig, ScoringGrid } from '../../domain/index.ts';
import { useGridStore } from '../scoring/gridStore.ts';
import { scorePlace, type PlaceScore } from '../scoring/placeScore.ts';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { useSurfaceStore } from '../scoring/surfaceStore.ts';
import type { ShortlistEntry } from './shortlistTypes.ts';

/** Score per entry id; null for a place outside the land grid. */
export type EntryScores = Map<string, PlaceScore | null>;

export function scoreEntries(
  grid: ScoringGrid,
  config: ScoringConfig,
  entries: readonly Pick<ShortlistEntry, 'id' | 'lon' | 'lat'>[],
  histogram: Uint32Array | null,
): EntryScores {
  const out: EntryScores = new Map();
  for (const e of entries) out.set(e.id, scorePlace(grid, config, e.lon, e.lat, histogram));
  return out;
}

/** Scores of the given entries, re-computed when weights, constraints or assumptions change; null until the grid is loaded. */
export function useEntryScores(entries: readonly ShortlistEntry[]): EntryScores | null {
  const grid = useGridStore((s) => s.grid);
  const load = useGridStore((s) => s.load);
  const config = useScoringStore((s) => s.config);
  const histogram = useSurfaceStore((s) => s.summary?.histogram ?? null);
  useEffect(() => void load(), [load]);
  return useMemo(
    () => (grid ? scoreEntries(grid, config, entries, histogram) : null),
    [grid, config, entries, histogram],
  );
}
