/**
 * Scores one place on the main thread from the loaded grid (a clicked point, a mining site, a
 * shortlisted or imported site). Synchronous and cheap: one cell lookup and one scorePoint call.
 */
import {
  cellCentre,
  cellIdAt,
  distanceKm,
  findCellIndex,
  indexOfCellId,
  percentileRank,
  placeValuesAt,
  scorePoint,
  type LeadTime,
  type PointScore,
  type ScoringConfig,
  type ScoringGrid,
} from '../../domain/index.ts';

/**
 * Index of the land cell containing a point or, for a coastal point whose own cell is sea (a harbour
 * city, a landing point), the nearest land cell among its eight neighbours; -1 when there is none.
 */
export function landCellNear(
  grid: ScoringGrid,
  lat: number,
  lon: number,
): { index: number; snapped: boolean } {
  const own = findCellIndex(grid, lat, lon);
  if (own >= 0) return { index: own, snapped: false };
  const res = grid.manifest.resolutionDeg;
  let best = { index: -1, km: Infinity };
  for (const dy of [-1, 0, 1])
    for (const dx of [-1, 0, 1]) {
      const id = cellIdAt(grid.manifest, lat + dy * res, lon + dx * res);
      const index = id === null ? -1 : indexOfCellId(grid.cells, id);
      if (index < 0) continue;
      const c = cellCentre(grid.manifest, grid.cells[index]);
      const km = distanceKm([lon, lat], [c.lon, c.lat]);
      if (km < best.km) best = { index, km };
    }
  return { index: best.index, snapped: best.index >= 0 };
}

export interface PlaceScore {
  /** Index of the land cell the place was scored at. */
  cellIndex: number;
  /** True when the place's own cell is sea and the nearest land cell was scored instead. */
  snapped: boolean;
  /** Centre of that cell. */
  cell: { lat: number; lon: number };
  result: PointScore;
  /** Share (0–100) of scored land cells that score lower; null without a surface or a score. */
  percentile: number | null;
}

export function scorePlace(
  grid: ScoringGrid,
  config: ScoringConfig,
  lon: number,
  lat: number,
  histogram?: Uint32Array | null,
  /** Measured queue lead times (data/queues.json); without them the global assumptions apply. */
  leadTimes: readonly LeadTime[] = [],
): PlaceScore | null {
  const t0 = performance.now();
  const { index: cellIndex, snapped } = landCellNear(grid, lat, lon);
  if (cellIndex < 0) return null;
  const result = scorePoint(placeValuesAt(grid, cellIndex), config, grid.manifest, { leadTimes });
  const percentile = histogram && result.score !== null ? percentileRank(histogram, result.score) : null;
  performance.measure('gridscout:score-point', { start: t0, detail: { lon, lat } });
  return { cellIndex, snapped, cell: cellCentre(grid.manifest, grid.cells[cellIndex]), result, percentile };
}
