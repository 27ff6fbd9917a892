/**
 * Fine-surface Web Worker (comlink). Holds a copy of the grid and of the point datasets (loaded and validated once
 * on the main thread by the dataset store, fineClient.ts, then sent here: the worker bundles no schema library) and
 * scores a view on request. Requests carry
 * an id; a newer request cancels an older one, which stops between row chunks and answers `cancelled`. Results are
 * transferred, not copied. All logic lives in src/domain (fineSurface*.ts).
 */
import * as Comlink from 'comlink';
import {
  buildPalette,
  createScoringGrid,
  type LeadTime,
  type ScoringConfig,
  type ScoringGrid,
} from '../../domain/index.ts';
import {
  createFineSurfaceJob,
  FINE_BLOCK,
  warmFineSurface,
  type FineSurfaceJob,
} from '../../domain/fineSurface.ts';
import { fineImage, type FineLattice } from '../../domain/fineSurfaceLattice.ts';
import type { ScoringInit } from '../scoring/scoring.worker.ts';
import { preparePointSources, type PointSources } from '../../domain/pointValues.ts';
import { toPointDatasets, type RawPointDatasets } from '../scoring/pointDatasets.ts';

/** Rows evaluated between two looks at the cancel flag: one band of the job's sample blocks. */
const ROW_CHUNK = FINE_BLOCK;

export interface FineRequest {
  id: number;
  lattice: FineLattice;
  config: ScoringConfig;
  leadTimes: readonly LeadTime[];
}

export type FineResult =
  | { id: number; cancelled: true }
  | {
      id: number;
      cancelled: false;
      lattice: FineLattice;
      /** Row-major sample codes (0–100, 253 incomplete, 254 excluded, 255 no cell). Transferred. */
      codes: Uint8Array;
      /** The Web Mercator image of the codes (straight alpha). Transferred. */
      image: { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> };
      timings: { evaluateMs: number; scoreMs: number; samples: number };
    };

let grid: ScoringGrid | null = null;
let sources: PointSources | null = null;
let latest = 0;
/**
 * The last evaluated lattice per step (the view's and its preview's): a request for the same lattice only
 * re-scores, and a pan copies what the last lattice of its step held.
 */
const lastByStep = new Map<number, { key: string; job: FineSurfaceJob; leadKey: string }>();
const palette = buildPalette();

/**
 * Lets queued messages (a cancel) run: a MessageChannel round trip, which browsers do not clamp as they clamp
 * nested setTimeout(0) to 4 ms (that alone was ~4 ms per chunk of rows).
 */
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
/** Evaluation time between two looks at the cancel flag (the first chunk always looks). */
const YIELD_MS = 8;
const latticeKey = (l: FineLattice) => `${l.step}|${l.i0}|${l.j0}|${l.cols}|${l.rows}`;

const api = {
  init(init: ScoringInit): void {
    grid = createScoringGrid(init.manifest, init.cells, init.layers);
    lastByStep.clear();
  },

  /** The point datasets (the card loader's mapping, pointDatasets.ts), prepared once. */
  setDatasets(d: RawPointDatasets): void {
    if (!grid) throw new Error('fine-surface worker: call init() first');
    sources = preparePointSources(toPointDatasets(grid, d));
    lastByStep.clear();
    warmFineSurface({ grid, sources }); // compiles the hot loops before the first view (~0.3 s once)
  },

  /** Cancels every request with an id below `id` (the map started moving). */
  cancel(id: number): void {
    latest = Math.max(latest, id);
  },

  async compute(req: FineRequest): Promise<FineResult> {
    latest = Math.max(latest, req.id);
    if (!grid) throw new Error('fine-surface worker: call init() first');
    if (!sources) throw new Error('fine-surface worker: call setDatasets() first');
    const t0 = performance.now();
    const key = latticeKey(req.lattice);
    const leadKey = JSON.stringify(req.leadTimes);
    const last = lastByStep.get(req.lattice.step);
    let job = last?.key === key && last.leadKey === leadKey ? last.job : null;
    if (!job) {
      // Samples the last view also held are copied from it (a pan evaluates only what it brings into view).
      const fresh = createFineSurfaceJob(
        { grid, sources, evidence: { leadTimes: req.leadTimes } },
        req.lattice,
        last?.job ?? null,
      );
      let looked = -Infinity;
      for (let row = 0; row < req.lattice.rows; row += ROW_CHUNK) {
        if (performance.now() - looked >= YIELD_MS) {
          await yieldToMessages();
          looked = performance.now();
        }
        if (req.id !== latest) return { id: req.id, cancelled: true };
        fresh.evaluateRows(row, row + ROW_CHUNK);
      }
      job = fresh;
      lastByStep.delete(req.lattice.step); // re-inserted last: the map's order is the order of use
      lastByStep.set(req.lattice.step, { key, job, leadKey });
      for (const step of lastByStep.keys()) if (lastByStep.size > 2) lastByStep.delete(step);
    }
    const t1 = performance.now();
    if (req.id !== latest) return { id: req.id, cancelled: true };
    const codes = job.score(req.config);
    const image = fineImage(req.lattice, codes, palette);
    const t2 = performance.now();
    const result: FineResult = {
      id: req.id,
      cancelled: false,
      lattice: req.lattice,
      codes,
      image,
      timings: { evaluateMs: t1 - t0, scoreMs: t2 - t1, samples: codes.length },
    };
    return Comlink.transfer(result, [codes.buffer, image.data.buffer]);
  },
};

export type FineWorkerApi = typeof api;
Comlink.expose(api);
