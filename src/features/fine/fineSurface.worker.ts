/**
 * Fine-surface Web Worker (comlink). Holds a copy of the grid and of the point datasets and scores a view on request.
 * The datasets are validated on the main thread by the dataset store (the worker bundles no schema library): a file
 * the main thread downloads for this worker comes here as bytes too, parsed here while the main thread parses and
 * validates the same bytes, and kept on its verdict; one loaded before is copied (fineClient.ts). Requests carry
 * an id; a newer request cancels an older one, which stops between row chunks and answers `cancelled`. Results are
 * transferred, not copied. All logic lives in src/domain (fineSurface*.ts).
 */
import * as Comlink from 'comlink';
import pLimit from 'p-limit';
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
import {
  POINT_DATASET_KEYS,
  toPointDatasets,
  type PointDatasetKey,
  type RawPointDatasets,
} from '../scoring/pointDatasets.ts';
import { keptPart } from '../../data/datasetFiles.ts';

/** Rows evaluated between two looks at the cancel flag: one band of the job's sample blocks. */
const ROW_CHUNK = FINE_BLOCK;

/** A lattice to evaluate (the samples' values; no config needed). */
export interface FineViewRequest {
  id: number;
  lattice: FineLattice;
  leadTimes: readonly LeadTime[];
}

export interface FineRequest extends FineViewRequest {
  config: ScoringConfig;
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
      /**
       * The worker's split: evaluating and scoring the samples, and when it started on the request and sent the
       * result (epoch ms: performance.timeOrigin + now, comparable across threads).
       */
      timings: {
        evaluateMs: number;
        scoreMs: number;
        samples: number;
        /** Of `samples`, those this request evaluated (the rest copied from the last view or reused). */
        evaluated: number;
        startedAt: number;
        endedAt: number;
      };
    };

let grid: ScoringGrid | null = null;
/** The point datasets sent so far (accepted files and copied values), and parsed files awaiting their verdict. */
const datasets: RawPointDatasets = {};
const unchecked = new Map<PointDatasetKey, unknown>();
/** Datasets sent, accepted, rejected or failed: the sources are prepared once every one is decided. */
const decided = new Set<PointDatasetKey>();
let sources: PointSources | null = null;
let preparedFor: ScoringGrid | null = null;
let markReady: () => void = () => {};
/** Resolves once the sources are prepared for a grid: a view asked for before then waits here, not on the main thread. */
const ready = new Promise<void>((resolve) => (markReady = resolve));
let latest = 0;
/** A view was asked for (compute or evaluate) before the sources were prepared. */
let viewWaiting = false;
/**
 * The last evaluated lattice per step (the view's and its preview's): a request for the same lattice only
 * re-scores, and a pan copies what the last lattice of its step held.
 */
const lastByStep = new Map<number, { key: string; job: FineSurfaceJob; leadKey: string }>();
const palette = buildPalette();

/**
 * Prepares the point sources (the card loader's mapping, pointDatasets.ts) once the grid is here and every dataset
 * is decided (a failed or rejected one stays missing), without waiting for the main thread to ask.
 */
function prepareWhenComplete(): void {
  if (!grid || preparedFor === grid || decided.size < POINT_DATASET_KEYS.length) return;
  sources = preparePointSources(toPointDatasets(grid, datasets));
  preparedFor = grid;
  lastByStep.clear();
  // Compiles the hot loops before the first view (~0.1 s once); not when a view is already waiting to be evaluated
  // (the opening view, asked early), which compiles them itself.
  if (!viewWaiting) warmFineSurface({ grid, sources });
  markReady();
}

/** One dataset decided: `value` kept (absent: missing). */
function decide(key: PointDatasetKey, value: unknown): void {
  if (value !== undefined) Object.assign(datasets, { [key]: value });
  decided.add(key);
  prepareWhenComplete();
}

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
    prepareWhenComplete();
  },

  /**
   * A point dataset's downloaded file (transferred), parsed here while the main thread parses and validates the same
   * bytes; kept once `accept` says they are valid. A file that does not parse is dropped (the main thread's parse
   * fails too, and the dataset is missing).
   */
  addFile(key: PointDatasetKey, bytes: ArrayBuffer): void {
    try {
      unchecked.set(key, keptPart(key, JSON.parse(new TextDecoder().decode(bytes))));
    } catch {
      unchecked.delete(key);
    }
  },

  /** The main thread's verdict on the file `addFile` brought: valid against its schema (kept) or not (missing). */
  accept(key: PointDatasetKey, valid: boolean): void {
    decide(key, valid ? unchecked.get(key) : undefined);
    unchecked.delete(key);
  },

  /** A point dataset the main thread had loaded before this worker asked for its file: a structured copy. */
  addValue<K extends PointDatasetKey>(key: K, value: NonNullable<RawPointDatasets[K]>): void {
    decide(key, value);
  },

  /** A point dataset that failed to load: its layers keep the 0.25° cells' values. */
  missing(key: PointDatasetKey): void {
    decide(key, undefined);
  },

  /** Cancels every request with an id below `id` (the map started moving). */
  cancel(id: number): void {
    latest = Math.max(latest, id);
  },

  /**
   * Requests run one at a time in the order they came (a view's quick pass, then its own step, under one id); a newer
   * id cancels the one running at its next look and every older one still queued.
   */
  compute(req: FineRequest): Promise<FineResult> {
    latest = Math.max(latest, req.id);
    viewWaiting = true;
    return oneAtATime(() => computeNow(req));
  },

  /**
   * Evaluates a lattice's samples and keeps them, as `compute` would, without scoring or drawing: the opening view,
   * asked before the map has loaded, so that its `compute` (same id) only scores. False when cancelled.
   */
  evaluate(req: FineViewRequest): Promise<boolean> {
    latest = Math.max(latest, req.id);
    viewWaiting = true;
    return oneAtATime(async () => {
      await ready;
      return req.id === latest && (await evaluatedJob(req)) !== null;
    });
  },
};

/** The requests, one at a time in the order they came. */
const oneAtATime = pLimit(1);

/**
 * The lattice's evaluated samples: the last job of its step when it is the same lattice under the same lead times,
 * else a new one that copies what the last one held (a pan evaluates only what it brings into view). Null when a
 * newer request cancelled it between row chunks.
 */
async function evaluatedJob(
  req: FineViewRequest,
): Promise<{ job: FineSurfaceJob; evaluated: number } | null> {
  if (!grid || !sources) throw new Error('fine-surface worker: no grid or point sources');
  const key = latticeKey(req.lattice);
  const leadKey = JSON.stringify(req.leadTimes);
  const last = lastByStep.get(req.lattice.step);
  if (last?.key === key && last.leadKey === leadKey) return { job: last.job, evaluated: 0 };
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
    if (req.id !== latest) return null;
    fresh.evaluateRows(row, row + ROW_CHUNK);
  }
  lastByStep.delete(req.lattice.step); // re-inserted last: the map's order is the order of use
  lastByStep.set(req.lattice.step, { key, job: fresh, leadKey });
  for (const step of lastByStep.keys()) if (lastByStep.size > 2) lastByStep.delete(step);
  return { job: fresh, evaluated: fresh.evaluated };
}

async function computeNow(req: FineRequest): Promise<FineResult> {
  await ready;
  if (req.id !== latest) return { id: req.id, cancelled: true };
  const t0 = performance.now();
  const evaluation = await evaluatedJob(req);
  if (!evaluation) return { id: req.id, cancelled: true };
  const { job } = evaluation;
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
    timings: {
      evaluateMs: t1 - t0,
      scoreMs: t2 - t1,
      samples: codes.length,
      evaluated: evaluation.evaluated,
      startedAt: performance.timeOrigin + t0,
      endedAt: performance.timeOrigin + performance.now(),
    },
  };
  return Comlink.transfer(result, [codes.buffer, image.data.buffer]);
}

export type FineWorkerApi = typeof api;
Comlink.expose(api);
