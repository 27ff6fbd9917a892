/**
 * Scoring Web Worker (comlink). Holds the grid, rescoring it and drawing the surface off the main thread.
 * All logic lives in src/domain; this file only keeps state and moves buffers.
 */
// First: zod must not compile parsers with eval under the CSP (see src/zodConfig.ts).
import '../../zodConfig.ts';
import * as Comlink from 'comlink';
import type { GridManifest } from '../../data/schemas.ts';
import {
  availableCriteria,
  buildPalette,
  cellCentre,
  createGridScorer,
  createMercatorRaster,
  createScoringGrid,
  findCellIndex,
  MERCATOR_IMAGE_COORDINATES,
  percentileRank,
  placeValuesAt,
  premultiplyPalette,
  renderMercator,
  resolveConfig,
  scorePoint,
  topSites,
  type ConstraintId,
  type CriterionId,
  type GridScoreResult,
  type GridScorer,
  type MercatorRaster,
  type PlaceValues,
  type PointScore,
  type PointStatus,
  type PowerStage,
  type ResolvedConfig,
  type ScoringConfig,
  type ScoringGrid,
  type TopSite,
  type TopSitesOptions,
} from '../../domain/index.ts';

export interface ScoringInit {
  manifest: GridManifest;
  /** cells.bin */
  cells: ArrayBuffer;
  /** One buffer per layer id. */
  layers: Record<string, ArrayBuffer>;
  /** Mercator image size; default 1440 × 1440. */
  image?: { width: number; height: number };
}

export interface ScoringInitResult {
  cellCount: number;
  /** Criteria whose layers are all in the grid. */
  availableCriteria: CriterionId[];
  image: { width: number; height: number; coordinates: typeof MERCATOR_IMAGE_COORDINATES };
}

export interface RescoreOptions {
  /**
   * Draw the image with colours premultiplied by alpha (exactly as MapLibre premultiplies a straight-alpha image),
   * for uploading straight into the map's texture with premultiply off. Default false: straight alpha, as ImageData.
   */
  premultiplied?: boolean;
}

/** The grid scorer's result as it crosses to the main thread (buffers copied or transferred), plus the image. */
export type RescoreResult = Pick<
  GridScoreResult,
  | 'scores'
  | 'histogram'
  | 'scoredCount'
  | 'excludedCount'
  | 'incompleteCount'
  | 'excludedByCount'
  | 'missingByCriterion'
  | 'stageMonths'
> & {
  /** RGBA pixels of the surface in Web Mercator (wrap in ImageData). Transferred. */
  image: { width: number; height: number; data: Uint8ClampedArray; premultiplied: boolean };
  timings: { scoreMs: number; renderMs: number };
};

export interface PointAtResult {
  cellIndex: number;
  cellId: number;
  /** Centre of the cell that was scored. */
  lat: number;
  lon: number;
  values: PlaceValues;
  point: PointScore;
  /** Percentile of the score among scored cells under the last rescore's config (null if not scored). */
  percentile: number | null;
}

export interface LocationScore {
  cellIndex: number;
  status: PointStatus;
  score: number | null;
  rounded: number | null;
  timeToPowerMonths: number | null;
  stage: PowerStage | null;
  excludedBy: ConstraintId[];
  missing: CriterionId[];
}

interface State {
  grid: ScoringGrid;
  scorer: GridScorer;
  raster: MercatorRaster;
  palette: Uint32Array;
  /** The palette premultiplied by alpha (RescoreOptions.premultiplied). */
  premultipliedPalette: Uint32Array;
  /** Image buffers handed back by the main thread (recycleImage), reused instead of allocating 8 MB per redraw. */
  spareImages: Uint8ClampedArray[];
  last: { config: ResolvedConfig; result: GridScoreResult } | null;
}

let state: State | null = null;

function ready(): State {
  if (!state) throw new Error('scoring worker: call init() first');
  return state;
}

/** The result under `config`, reusing the last rescore when no config is given. */
function resultFor(s: State, config?: ScoringConfig): GridScoreResult {
  if (!config) {
    if (!s.last) throw new Error('scoring worker: call rescore() first or pass a config');
    return s.last.result;
  }
  return s.scorer.score(resolveConfig(config));
}

const api = {
  init(input: ScoringInit): ScoringInitResult {
    const grid = createScoringGrid(input.manifest, input.cells, input.layers);
    const palette = buildPalette();
    const width = input.image?.width ?? 1440;
    const height = input.image?.height ?? 1440;
    state = {
      grid,
      scorer: createGridScorer(grid),
      raster: createMercatorRaster(grid.manifest, grid.cells, width, height),
      palette,
      premultipliedPalette: premultiplyPalette(palette),
      spareImages: [],
      last: null,
    };
    return {
      cellCount: grid.cells.length,
      availableCriteria: availableCriteria(grid.manifest),
      image: { width, height, coordinates: MERCATOR_IMAGE_COORDINATES },
    };
  },

  /** Rescores the whole grid and redraws the surface. Rejects with a readable message on an invalid config. */
  rescore(config: ScoringConfig, options: RescoreOptions = {}): RescoreResult {
    const s = ready();
    const resolved = resolveConfig(config);
    const t0 = performance.now();
    const result = s.scorer.score(resolved);
    const t1 = performance.now();
    const palette = options.premultiplied ? s.premultipliedPalette : s.palette;
    const data = renderMercator(s.raster, result.scores, palette, s.spareImages.pop());
    const t2 = performance.now();
    s.last = { config: resolved, result };
    const scores = result.scores.slice(); // the worker keeps its own copy for scoreAt/topSites
    const out: RescoreResult = {
      scores,
      image: {
        width: s.raster.width,
        height: s.raster.height,
        data,
        premultiplied: options.premultiplied === true,
      },
      histogram: result.histogram.slice(),
      scoredCount: result.scoredCount,
      excludedCount: result.excludedCount,
      incompleteCount: result.incompleteCount,
      excludedByCount: result.excludedByCount,
      missingByCriterion: result.missingByCriterion,
      stageMonths: result.stageMonths,
      timings: { scoreMs: t1 - t0, renderMs: t2 - t1 },
    };
    return Comlink.transfer(out, [scores.buffer, data.buffer]);
  },

  /** Scores the land cell containing a point; null over the ocean. Uses the last rescore's config by default. */
  scoreAt(lat: number, lon: number, config?: ScoringConfig): PointAtResult | null {
    const s = ready();
    const index = findCellIndex(s.grid, lat, lon);
    if (index < 0) return null;
    const resolved = config ? resolveConfig(config) : s.last?.config;
    if (!resolved) throw new Error('scoring worker: call rescore() first or pass a config');
    const values = placeValuesAt(s.grid, index);
    const point = scorePoint(values, resolved, s.grid.manifest);
    const cellId = s.grid.cells[index];
    const histogram = s.last?.result.histogram;
    return {
      cellIndex: index,
      cellId,
      ...cellCentre(s.grid.manifest, cellId),
      values,
      point,
      percentile: point.rounded !== null && histogram ? percentileRank(histogram, point.rounded) : null,
    };
  },

  /** Scores a place from its own values (e.g. an imported candidate with known price). */
  scoreValues(values: PlaceValues, config?: ScoringConfig): PointScore {
    const s = ready();
    const resolved = config ? resolveConfig(config) : s.last?.config;
    if (!resolved) throw new Error('scoring worker: call rescore() first or pass a config');
    return scorePoint(values, resolved, s.grid.manifest);
  },

  /** Scores many locations (imported candidates) by the cell they fall in; null for points off land. */
  scoreLocations(
    points: ReadonlyArray<{ lat: number; lon: number }>,
    config?: ScoringConfig,
  ): Array<LocationScore | null> {
    const s = ready();
    const resolved = config ? resolveConfig(config) : s.last?.config;
    if (!resolved) throw new Error('scoring worker: call rescore() first or pass a config');
    return points.map(({ lat, lon }) => {
      const index = findCellIndex(s.grid, lat, lon);
      if (index < 0) return null;
      const p = scorePoint(placeValuesAt(s.grid, index), resolved);
      return {
        cellIndex: index,
        status: p.status,
        score: p.score,
        rounded: p.rounded,
        timeToPowerMonths: p.timeToPower.months,
        stage: p.timeToPower.stage,
        excludedBy: p.excludedBy.map((v) => v.id),
        missing: p.missing,
      };
    });
  },

  /** Best N cells at least D km apart, under the last rescore's config (or the given one). */
  topSites(options: TopSitesOptions, config?: ScoringConfig): TopSite[] {
    const s = ready();
    const sites = topSites(s.grid, resultFor(s, config), options);
    // Scoring another config overwrote the scorer's exact-score buffer: restore the last rescore's.
    if (config && s.last) s.last.result = s.scorer.score(s.last.config);
    return sites;
  },

  /**
   * Hands a drawn image's pixels back (transfer them) once the map has copied them, so the next rescore draws
   * into them: a fresh 8 MB buffer per redraw costs more than scoring. Optional.
   */
  recycleImage(data: Uint8ClampedArray): void {
    const s = ready();
    if (data.length === s.raster.width * s.raster.height * 4 && s.spareImages.length < 2)
      s.spareImages.push(data);
  },

  /** Percentile (0–100) of a score among the last rescore's scored cells. */
  percentileOf(score: number): number | null {
    const s = ready();
    return s.last ? percentileRank(s.last.result.histogram, score) : null;
  },
};

export type ScoringWorkerApi = typeof api;

Comlink.expose(api);
