/**
 * Scoring Web Worker (comlink). Holds the grid, rescoring it and drawing the surface off the main thread.
 * All logic lives in src/domain; this file only keeps state and moves buffers.
 */
import * as Comlink from 'comlink';
import type { GridManifest } from '../../data/schemas.ts';
import {
  buildPalette,
  createGridScorer,
  createMercatorRaster,
  createScoringGrid,
  premultiplyPalette,
  resolveConfig,
  topSites,
  type GridScoreResult,
  type GridScorer,
  type LeadTime,
  type LayerArray,
  type MercatorRaster,
  type ScoringConfig,
  type ScoringGrid,
  type TopSite,
  type TopSitesOptions,
} from '../../domain/index.ts';
import { renderSurfaceBand, surfaceBand, type SurfaceBand } from '../../domain/gridSurface.ts';

export interface ScoringInit {
  manifest: GridManifest;
  /** Land cell ids (cells.bin). */
  cells: Uint32Array;
  /** One array per layer id. */
  layers: Record<string, LayerArray>;
}

/** Size of the surface image in Web Mercator (the suitability overlay's image source). */
const IMAGE_SIZE = 1440;

export interface RescoreOptions {
  /**
   * Draw the image with colours premultiplied by alpha (exactly as MapLibre premultiplies a straight-alpha image),
   * for uploading straight into the map's texture with premultiply off. Default false: straight alpha, as ImageData.
   */
  premultiplied?: boolean;
  /** Measured queue lead times (data/queues.json); without them the global assumptions apply. */
  leadTimes?: readonly LeadTime[];
}

/**
 * What the main thread reads of the grid scorer's result (the surface summary), plus the image. The per-cell scores
 * stay here for topSites: the drawn image is all the map needs of them.
 */
export type RescoreResult = Pick<
  GridScoreResult,
  'histogram' | 'scoredCount' | 'excludedCount' | 'incompleteCount' | 'excludedByCount' | 'missingByCriterion'
> & {
  /**
   * RGBA pixels of the surface in Web Mercator (wrap in ImageData). Transferred. Only the rows of `band` can hold
   * colour (the rest is always transparent): a texture that already holds a surface needs only those rows.
   */
  image: {
    width: number;
    height: number;
    data: Uint8ClampedArray;
    premultiplied: boolean;
    band: SurfaceBand;
  };
  /** Worker time in ms; startedAt / endedAt on the epoch clock (performance.timeOrigin + now), to time messages. */
  timings: { resolveMs: number; scoreMs: number; renderMs: number; startedAt: number; endedAt: number };
};

interface State {
  grid: ScoringGrid;
  scorer: GridScorer;
  raster: MercatorRaster;
  /** The image rows with land (the only ones a redraw writes). */
  band: SurfaceBand;
  palette: Uint32Array;
  /** The palette premultiplied by alpha (RescoreOptions.premultiplied). */
  premultipliedPalette: Uint32Array;
  /** Image buffers handed back by the main thread (recycleImage), reused instead of allocating 8 MB per redraw. */
  spareImages: Uint8ClampedArray[];
  /** The last rescore's result, for topSites. */
  last: GridScoreResult | null;
}

let state: State | null = null;

function ready(): State {
  if (!state) throw new Error('scoring worker: call init() first');
  return state;
}

const api = {
  init(input: ScoringInit): void {
    const grid = createScoringGrid(input.manifest, input.cells, input.layers);
    const palette = buildPalette();
    const raster = createMercatorRaster(grid.manifest, grid.cells, IMAGE_SIZE, IMAGE_SIZE);
    state = {
      grid,
      scorer: createGridScorer(grid),
      raster,
      band: surfaceBand(raster),
      palette,
      premultipliedPalette: premultiplyPalette(palette),
      spareImages: [],
      last: null,
    };
  },

  /** Rescores the whole grid and redraws the surface. Rejects with a readable message on an invalid config. */
  rescore(config: ScoringConfig, options: RescoreOptions = {}): RescoreResult {
    const s = ready();
    const started = performance.now();
    const resolved = resolveConfig(config, { leadTimes: options.leadTimes ?? [] });
    const t0 = performance.now();
    const result = s.scorer.score(resolved);
    const t1 = performance.now();
    const palette = options.premultiplied ? s.premultipliedPalette : s.palette;
    // Spare buffers were drawn by this function before (or are fresh): their rows outside the band are transparent.
    const data = renderSurfaceBand(s.raster, s.band, result.scores, palette, s.spareImages.pop());
    const t2 = performance.now();
    s.last = result;
    // After the reply is posted: gather what the first weight drag needs (a no-op once built).
    setTimeout(() => state?.scorer.warm(), 0);
    const out: RescoreResult = {
      image: {
        width: s.raster.width,
        height: s.raster.height,
        data,
        premultiplied: options.premultiplied === true,
        band: s.band,
      },
      histogram: result.histogram.slice(),
      scoredCount: result.scoredCount,
      excludedCount: result.excludedCount,
      incompleteCount: result.incompleteCount,
      excludedByCount: result.excludedByCount,
      missingByCriterion: result.missingByCriterion,
      timings: {
        resolveMs: t0 - started,
        scoreMs: t1 - t0,
        renderMs: t2 - t1,
        startedAt: performance.timeOrigin + started,
        endedAt: performance.timeOrigin + performance.now(),
      },
    };
    return Comlink.transfer(out, [data.buffer]);
  },

  /** Best N cells at least D km apart, under the last rescore's config. */
  topSites(options: TopSitesOptions): TopSite[] {
    const s = ready();
    if (!s.last) throw new Error('scoring worker: call rescore() first');
    return topSites(s.grid, s.last, options);
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
};

export type ScoringWorkerApi = typeof api;

Comlink.expose(api);
