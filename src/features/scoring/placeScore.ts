/**
 * Scores one place on the main thread from the loaded grid (a clicked point, a mining site, a
 * shortlisted or imported site). Synchronous and cheap: one cell lookup and one scorePoint call for the
 * 0.25° cell; with the point datasets loaded, also the exact point (pointValues, then the same scorePoint).
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
  type LayerId,
} from '../../domain/index.ts';
import type { PointSources } from '../../domain/pointValues.ts';
import { INTERPOLATED_LAYERS, interpolatedCellValues } from '../../domain/fineSurfaceSmooth.ts';
import { measure } from '../../shared/userTiming.ts';

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

/** How the point was scored: its values from pointValues, scored by the same scorePoint as the cell. */
export interface PointEvaluation {
  /** Layers derived at the point; the others are the 0.25° cell's. */
  exact: ReadonlySet<LayerId>;
  /** Layers interpolated between 0.25° cell centres at the point (INTERPOLATED_NOTE), not derived there. */
  interpolated: ReadonlySet<LayerId>;
  /** True when the point's score or status differs from the cell's. */
  differs: boolean;
}

export interface PlaceScore {
  /** Index of the land cell the place was scored at. */
  cellIndex: number;
  /** True when the place's own cell is sea and the nearest land cell was scored instead. */
  snapped: boolean;
  /** Centre of that cell. */
  cell: { lat: number; lon: number };
  /**
   * The place's score as shown, reported and exported: at the exact point once the point datasets are loaded
   * (`point` set), else the 0.25° cell's (then equal to `cellResult`).
   */
  result: PointScore;
  /** Share (0–100) of scored land cells that score lower than `result`; null without a surface or a score. */
  percentile: number | null;
  /** The 0.25° cell's score (the map's colour). */
  cellResult: PointScore;
  cellPercentile: number | null;
  /** Set when `result` is the exact point's; null until the point datasets are loaded (or without them). */
  point: PointEvaluation | null;
}

export function scorePlace(
  grid: ScoringGrid,
  config: ScoringConfig,
  lon: number,
  lat: number,
  histogram?: Uint32Array | null,
  /** Measured queue lead times (data/queues.json); without them the global assumptions apply. */
  leadTimes: readonly LeadTime[] = [],
  /** Prepared point datasets (usePointSources); without them only the cell is scored. */
  pointSources: PointSources | null = null,
): PlaceScore | null {
  const t0 = performance.now();
  const { index: cellIndex, snapped } = landCellNear(grid, lat, lon);
  if (cellIndex < 0) return null;
  const cellValues = placeValuesAt(grid, cellIndex);
  const cellResult = scorePoint(cellValues, config, grid.manifest, { leadTimes });
  const rank = (r: PointScore) => (histogram && r.score !== null ? percentileRank(histogram, r.score) : null);
  measure('gridscout:score-point', { start: t0, detail: { lon, lat } });
  let point: PointEvaluation | null = null;
  let result = cellResult;
  if (pointSources) {
    const t1 = performance.now();
    // Smooth layers interpolated between cell centres, as the fine surface reads them (fineSurfaceSmooth.ts).
    const pv = pointSources.evaluate([lon, lat], interpolatedCellValues(grid, cellIndex, [lon, lat]));
    const pr = scorePoint(pv.values, config, grid.manifest, { leadTimes }, { layerSources: pv.layerSources });
    point = {
      exact: pv.exact,
      interpolated: new Set(INTERPOLATED_LAYERS.filter((id) => !pv.exact.has(id) && grid.layers.has(id))),
      differs: pr.status !== cellResult.status || pr.rounded !== cellResult.rounded,
    };
    result = pr;
    measure('gridscout:point-score', { start: t1, detail: { lon, lat } });
  }
  return {
    cellIndex,
    snapped,
    cell: cellCentre(grid.manifest, grid.cells[cellIndex]),
    result,
    percentile: rank(result),
    cellResult,
    cellPercentile: rank(cellResult),
    point,
  };
}
