/**
 * Scores one place on the main thread from the loaded grid (a clicked point, a mining site, a
 * shortlisted or imported site). Synchronous and cheap: one cell lookup and one scorePoint call.
 */
import {
  cellCentre,
  findCellIndex,
  percentileRank,
  placeValuesAt,
  scorePoint,
  type PointScore,
  type ScoringConfig,
  type ScoringGrid,
} from '../../domain/index.ts';

export interface PlaceScore {
  /** Index of the land cell containing the place. */
  cellIndex: number;
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
): PlaceScore | null {
  const t0 = performance.now();
  const cellIndex = findCellIndex(grid, lat, lon);
  if (cellIndex < 0) return null;
  const result = scorePoint(placeValuesAt(grid, cellIndex), config, grid.manifest);
  const percentile = histogram && result.score !== null ? percentileRank(histogram, result.score) : null;
  performance.measure('gridscout:score-point', { start: t0, detail: { lon, lat } });
  return { cellIndex, cell: cellCentre(grid.manifest, grid.cells[cellIndex]), result, percentile };
}
