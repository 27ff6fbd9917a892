/**
 * React hooks for live scores of places (a clicked point, shortlisted or imported sites) under the
 * current weights, constraints and assumptions, recomputed whenever any of them changes. Each place is
 * scored at its 0.25° cell and, once the point datasets are loaded (pointSourcesLoader.ts), at the exact point.
 */
import { useEffect, useMemo } from 'react';
import type { LeadTime, ScoringConfig, ScoringGrid } from '../../domain/index.ts';
import type { PointSources } from '../../domain/pointValues.ts';
import { useGridStore } from '../../data/gridStore.ts';
import { scorePlace, type PlaceScore } from './placeScore.ts';
import { usePointSources, type PointSourcesState } from './pointSourcesLoader.ts';
import { useScoringStore } from './scoringStore.ts';
import { useSurfaceStore } from './surfaceStore.ts';
import { useLeadTimes } from './useLeadTimes.ts';

/** Score per key; null for a place outside the land grid. */
export type PlaceScores<K> = Map<K, PlaceScore | null>;

/** Scores many places, keyed by `keyOf` (pure). */
export function scorePlaces<T extends { lon: number; lat: number }, K>(
  grid: ScoringGrid,
  config: ScoringConfig,
  places: readonly T[],
  keyOf: (place: T) => K,
  histogram: Uint32Array | null,
  leadTimes: readonly LeadTime[] = [],
  pointSources: PointSources | null = null,
): PlaceScores<K> {
  const out: PlaceScores<K> = new Map();
  for (const p of places)
    out.set(keyOf(p), scorePlace(grid, config, p.lon, p.lat, histogram, leadTimes, pointSources));
  return out;
}

/** What scoring a place needs: the grid (loaded on first use), the config, the histogram and the lead times. */
function useScoringInputs(pointsWanted: boolean) {
  const grid = useGridStore((s) => s.grid);
  const load = useGridStore((s) => s.load);
  const config = useScoringStore((s) => s.config);
  const histogram = useSurfaceStore((s) => s.summary?.histogram ?? null);
  const leadTimes = useLeadTimes();
  const points = usePointSources(grid, pointsWanted);
  useEffect(() => void load(), [load]);
  return { grid, config, histogram, leadTimes, points };
}

/** `keyOf` must be a stable (module-level) function. Null until the grid is loaded. */
export function usePlaceScores<T extends { lon: number; lat: number }, K>(
  places: readonly T[],
  keyOf: (place: T) => K,
): PlaceScores<K> | null {
  const { grid, config, histogram, leadTimes, points } = useScoringInputs(places.length > 0);
  const sources = points.sources;
  return useMemo(
    () => (grid ? scorePlaces(grid, config, places, keyOf, histogram, leadTimes, sources) : null),
    [grid, config, places, keyOf, histogram, leadTimes, sources],
  );
}

export function usePlaceScore(
  lon: number,
  lat: number,
): { score: PlaceScore | null; loading: boolean; points: PointSourcesState } {
  const { grid, config, histogram, leadTimes, points } = useScoringInputs(true);
  const sources = points.sources;
  const score = useMemo(
    () => (grid ? scorePlace(grid, config, lon, lat, histogram, leadTimes, sources) : null),
    [grid, config, lon, lat, histogram, leadTimes, sources],
  );
  return { score, loading: !grid, points };
}
