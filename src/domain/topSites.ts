/**
 * "Find best sites": the top N scored cells under the current config, at least D km apart.
 * Greedy: cells in descending exact score (ties: faster time to power, then lower cell index) are taken
 * when they are at least D km (great circle) from every site already taken.
 */
import { distanceKm, KM_PER_DEG_LAT } from './geo.ts';
import { cellCentre, type ScoringGrid } from './grid.ts';
import { percentileRank, stageCodeMonths, type GridScoreResult } from './gridScorer.ts';
import { stageOfCode } from './gridStageCodes.ts';
import type { PowerStage } from './timeToPower.ts';

export interface TopSitesOptions {
  /** How many sites (N). */
  count: number;
  /** Minimum great-circle distance between any two sites, km (D). 0 = no spacing. */
  minDistanceKm: number;
}

export interface TopSite {
  rank: number;
  cellIndex: number;
  cellId: number;
  /** Cell centre. */
  lat: number;
  lon: number;
  /** 0–100, as drawn on the map. */
  score: number;
  exactScore: number;
  percentile: number | null;
  stage: PowerStage | null;
  timeToPowerMonths: number | null;
}

export function topSites(grid: ScoringGrid, result: GridScoreResult, options: TopSitesOptions): TopSite[] {
  const count = Math.max(0, Math.floor(options.count));
  const minKm = Math.max(0, options.minDistanceKm);
  if (count === 0 || result.scoredCount === 0) return [];
  const { scores, exact, stages, histogram } = result;

  // Counting sort of scored cells by rounded score, best bucket first.
  const start = new Int32Array(102);
  for (let s = 100; s >= 0; s--) start[100 - s + 1] = start[100 - s] + histogram[s];
  const fill = start.slice();
  const order = new Int32Array(result.scoredCount);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s <= 100) order[fill[100 - s]++] = i;
  }

  const chosen: TopSite[] = [];
  const monthsOf = (i: number) => stageCodeMonths(stages[i], result.stageTable) ?? Infinity;
  for (let b = 0; b <= 100 && chosen.length < count; b++) {
    const bucket = Array.from(order.subarray(start[b], start[b + 1]));
    bucket.sort((x, y) => exact[y] - exact[x] || monthsOf(x) - monthsOf(y) || x - y);
    for (const i of bucket) {
      const id = grid.cells[i];
      const { lat, lon } = cellCentre(grid.manifest, id);
      if (minKm > 0 && tooClose(chosen, lat, lon, minKm)) continue;
      const code = stages[i];
      chosen.push({
        rank: chosen.length + 1,
        cellIndex: i,
        cellId: id,
        lat,
        lon,
        score: scores[i],
        exactScore: exact[i],
        percentile: percentileRank(histogram, scores[i]),
        stage: stageOfCode(code),
        timeToPowerMonths: stageCodeMonths(code, result.stageTable),
      });
      if (chosen.length >= count) break;
    }
  }
  return chosen;
}

function tooClose(chosen: readonly TopSite[], lat: number, lon: number, minKm: number): boolean {
  const latBand = minKm / KM_PER_DEG_LAT;
  for (const c of chosen) {
    if (Math.abs(c.lat - lat) >= latBand) continue; // farther apart in latitude alone
    if (distanceKm([c.lon, c.lat], [lon, lat]) < minKm) return true;
  }
  return false;
}
