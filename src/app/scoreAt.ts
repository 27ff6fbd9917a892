/**
 * The live suitability score of a place, for the suitability overlay's hover read-out. The scoring feature
 * sits above the overlays, so the app hands this to the inspector rather than the overlay importing it.
 */
import { useGridStore } from '../data/gridStore.ts';
import type { PointScore } from '../domain/index.ts';
import { scorePlace } from '../features/scoring/placeScore.ts';
import { useScoringStore } from '../features/scoring/scoringStore.ts';
import { useSurfaceStore } from '../features/scoring/surfaceStore.ts';
import { currentLeadTimes } from '../features/scoring/useLeadTimes.ts';

export function scoreAt(lon: number, lat: number): PointScore | null {
  const grid = useGridStore.getState().grid;
  if (!grid) return null;
  const place = scorePlace(
    grid,
    useScoringStore.getState().config,
    lon,
    lat,
    useSurfaceStore.getState().summary?.histogram,
    currentLeadTimes(),
  );
  return place?.result ?? null;
}
