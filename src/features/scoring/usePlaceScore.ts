/** React hook: the live score of a place under the current weights, constraints and assumptions. */
import { useEffect, useMemo } from 'react';
import { useGridStore } from './gridStore.ts';
import { scorePlace, type PlaceScore } from './placeScore.ts';
import { useScoringStore } from './scoringStore.ts';
import { useSurfaceStore } from './surfaceStore.ts';

export function usePlaceScore(lon: number, lat: number): { score: PlaceScore | null; loading: boolean } {
  const grid = useGridStore((s) => s.grid);
  const load = useGridStore((s) => s.load);
  const config = useScoringStore((s) => s.config);
  const histogram = useSurfaceStore((s) => s.summary?.histogram ?? null);
  useEffect(() => void load(), [load]);
  const score = useMemo(
    () => (grid ? scorePlace(grid, config, lon, lat, histogram) : null),
    [grid, config, lon, lat, histogram],
  );
  return { score, loading: !grid };
}
