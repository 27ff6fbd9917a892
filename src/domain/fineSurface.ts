/**
 * The fine surface: the view scored at every sample of a fine lattice (fineSurfaceLattice.ts) with the point
 * evaluator, as the card scores a clicked point. Per sample, the values are those the card computes at that point:
 * the containing land cell's values, the smooth layers interpolated (fineSurfaceSmooth.ts), then every layer a point
 * provider derives replaced by its value at the point (pointValues). People within 100 / 300 km are the same exact
 * sums, computed for a whole row in one sweep (fineSurfacePopulation.ts) instead of one disk search per sample.
 *
 * The values are encoded like grid layers into one "sample grid" and scored by the grid scorer, whose codes equal
 * scorePoint(values).rounded (its tested invariant): so a sample's code is exactly the card's score at the sample
 * centre (tested). Evaluating is done once per lattice (`evaluateRows`, in chunks the worker can cancel between);
 * a new weight or assumption only re-scores the sample grid (`score`).
 *
 * Samples whose own 0.25° cell is not land get SCORE_NO_CELL (the coast follows the 0.25° land cells, as the coarse
 * surface's does).
 */
import type { GridLayer, GridManifest } from '../contract/index.ts';
import type { ScoringConfig, ScoringEvidence } from './config.ts';
import { cellCentre, findCellIndex, placeValuesAt, type LayerArray, type ScoringGrid } from './grid.ts';
import { createGridScorer, type GridScorer } from './gridScorer.ts';
import { isCategoricalLayerId, type PlaceValues } from './layerIds.ts';
import { createInterpolator, INTERPOLATED_LAYERS } from './fineSurfaceSmooth.ts';
import { populationAlongSamples } from './fineSurfacePopulation.ts';
import { fineLattice, sampleLat, sampleLon, type FineLattice } from './fineSurfaceLattice.ts';
import { pointValuesInto, type PointSources } from './pointValues.ts';
import { distanceKm } from './geo.ts';
import type { QueryBlock } from './spatial.ts';
import type { PopulationIndex } from './population.ts';
import { noDataFor, quantizeRaw, quantizedValue } from './quantize.ts';
import { SCORE_NO_CELL } from './scoreCodes.ts';

const POPULATION_PROVIDER = 'population';
/**
 * Samples per side of the blocks the point searches gather their candidates for (spatial.ts NearestInBlock); callers
 * evaluating in chunks of rows should use multiples of it (a chunk's rows are blocked on their own).
 */
export const FINE_BLOCK = 8;
const BLOCK = FINE_BLOCK;

let nextBlockKey = 0;
/** The query block of the samples in [west, east] × [south, north] (a fresh key: caches never mix blocks). */
function queryBlock(west: number, east: number, south: number, north: number): QueryBlock {
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  let r = 0;
  for (const x of [west, east])
    for (const y of [south, north]) r = Math.max(r, distanceKm([lon, lat], [x, y]));
  // Every sample lies within the farthest corner's distance (small blocks); the margin only covers rounding, and a
  // sample found beyond it falls back to the plain search anyway.
  return { key: nextBlockKey++, lon, lat, rKm: r * 1.001 + 1e-3, west, south, east, north };
}
const POPULATION_LAYERS = [
  ['population_100km', 100],
  ['population_300km', 300],
] as const;

/** Label → code of a categorical layer, extended with labels the grid's cells never had (a region only a point has). */
class LabelCodes {
  private readonly codes = new Map<string, number>();
  private next: number;
  constructor(
    readonly labels: string[],
    private readonly noData: number,
  ) {
    labels.forEach((l, i) => this.codes.set(l, i));
    this.next = labels.length;
  }
  code(label: string | null | undefined): number {
    if (label === null || label === undefined) return this.noData;
    let c = this.codes.get(label);
    if (c === undefined) {
      if (this.next >= this.noData) return this.noData;
      c = this.next++;
      this.codes.set(label, c);
      this.labels[c] = label;
    }
    return c;
  }
}

export interface Column {
  info: GridLayer;
  array: LayerArray;
  labels: LabelCodes | null;
}

export interface FineSurfaceJob {
  readonly lattice: FineLattice;
  /** The evaluated sample at row-major index `i`: its land flag, and per layer its code and labels. */
  readonly samples: { land: Uint8Array; columns: readonly Column[] };
  /** Evaluates sample rows [from, to) (call every row once, in any order, before `score`). */
  evaluateRows(from: number, to: number): void;
  /** Samples this job has evaluated itself so far (not copied from the previous job). */
  readonly evaluated: number;
  /** Scores every sample under `config`: row-major codes (0–100, 253 incomplete, 254 excluded, 255 no cell). */
  score(config: ScoringConfig, out?: Uint8Array): Uint8Array;
}

export interface FineSurfaceInputs {
  grid: ScoringGrid;
  /** Prepared point datasets (preparePointSources). */
  sources: PointSources;
  evidence?: ScoringEvidence;
}

function categoryLabels(manifest: GridManifest, info: GridLayer): string[] {
  if (info.id === 'country') return [...manifest.countries];
  if (info.id === 'region') return [...(manifest.regions ?? [])];
  const labels: string[] = [];
  for (const [k, v] of Object.entries(info.categories ?? {})) labels[Number(k)] = v;
  return labels;
}

/**
 * A job over `lattice`. With `previous` (the last job, same step), samples both lattices hold are copied from it
 * instead of evaluated again: a pan evaluates only the samples it brings into view (same values: same sample).
 */
export function createFineSurfaceJob(
  inputs: FineSurfaceInputs,
  lattice: FineLattice,
  previous: FineSurfaceJob | null = null,
): FineSurfaceJob {
  const { grid, sources } = inputs;
  const { cols, rows } = lattice;
  const n = cols * rows;
  const columns: Column[] = grid.manifest.layers.map((info) => {
    const nd = noDataFor(info.type);
    const array = info.type === 'uint8' ? new Uint8Array(n).fill(nd) : new Uint16Array(n).fill(nd);
    const labels = isCategoricalLayerId(info.id)
      ? new LabelCodes(categoryLabels(grid.manifest, info), nd)
      : null;
    return { info, array, labels };
  });
  const land = new Uint8Array(n);
  const population = sources.providers.find((p) => p.provider.id === POPULATION_PROVIDER);
  const popIndex = (population?.state as PopulationIndex | undefined) ?? null;
  // Population is summed per row below; the other providers run per sample.
  const perSample: PointSources = {
    ...sources,
    providers: sources.providers.filter((p) => p.provider.id !== POPULATION_PROVIDER),
  };
  const popLayers = POPULATION_LAYERS.flatMap(([id, km]) => {
    const info = grid.layerInfo.get(id);
    return info ? [{ id, km, info, sums: new Float64Array(n) }] : [];
  });
  const lons = new Float64Array(cols);
  for (let c = 0; c < cols; c++) lons[c] = sampleLon(lattice, c);
  const lats = new Float64Array(rows);
  for (let r = 0; r < rows; r++) lats[r] = sampleLat(lattice, r);
  const interpolator = createInterpolator(grid);

  // A sample's values are kept in slots, indexed like sources.slotIds (pointValuesInto writes them there), then
  // any other layer of the grid: no string-keyed record per sample.
  const slotIds: string[] = [...sources.slotIds];
  const slotOf = new Map(slotIds.map((id, k) => [id, k]));
  for (const { info } of columns) if (!slotOf.has(info.id)) slotOf.set(info.id, slotIds.push(info.id) - 1);
  const columnSlot = columns.map(({ info }) => slotOf.get(info.id)!);
  const interpolated = INTERPOLATED_LAYERS.flatMap((id) =>
    slotOf.has(id) ? [[id, slotOf.get(id)!] as const] : [],
  );
  const popSlots = popLayers.map((p) => slotOf.get(p.id)!);
  const slots: unknown[] = slotIds.map(() => null);
  const interp: Record<string, unknown> = {};

  function encode(i: number) {
    for (let k = 0; k < columns.length; k++) {
      const { info, array, labels } = columns[k]!;
      const x = slots[columnSlot[k]!];
      array[i] = labels
        ? labels.code(typeof x === 'string' ? x : null)
        : quantizeRaw(typeof x === 'number' ? x : NaN, info.type, info.scale, info.offset);
    }
  }

  let prev = previous && previous.lattice.step === lattice.step ? previous : null;
  /** Code in the previous job → code here, per column (categorical codes are per job). */
  const recode = columns.map(({ labels }, k) => {
    const old = prev?.samples.columns[k]?.labels;
    return labels && old ? old.labels.map((l) => labels.code(l)) : null;
  });
  /**
   * Copies the previous job's samples of `row`; returns the columns [from, to) still to evaluate (all of them when it
   * held none of the row).
   */
  function copyRow(row: number): [number, number] | null {
    if (!prev) return null;
    const pl = prev.lattice;
    const prow = pl.j0 - lattice.j0 + row; // same latitude: j0 − row − 0.5 equal
    if (prow < 0 || prow >= pl.rows) return null;
    const from = Math.max(0, pl.i0 - lattice.i0);
    const to = Math.min(cols, pl.i0 + pl.cols - lattice.i0);
    if (to <= from) return null;
    const shift = lattice.i0 - pl.i0;
    for (let col = from; col < to; col++) {
      const i = row * cols + col;
      const j = prow * pl.cols + col + shift;
      land[i] = prev.samples.land[j]!;
      for (let k = 0; k < columns.length; k++) {
        const raw = prev.samples.columns[k]!.array[j]!;
        const map = recode[k];
        columns[k]!.array[i] = map ? (map[raw] ?? columns[k]!.labels!.code(null)) : raw;
      }
    }
    return [from, to];
  }

  /** Per land cell of the view: its values (placeValuesAt) and the same values in slot order. */
  const cellCache = new Map<number, { values: PlaceValues; slots: unknown[] }>();
  function evaluateSample(row: number, col: number, block: QueryBlock) {
    const lat = lats[row]!;
    const lon = lons[col]!;
    const index = findCellIndex(grid, lat, lon);
    if (index < 0) return;
    let cell = cellCache.get(index);
    if (!cell) {
      const values = placeValuesAt(grid, index) as Record<string, unknown>;
      cell = { values: values as PlaceValues, slots: slotIds.map((id) => values[id] ?? null) };
      cellCache.set(index, cell);
    }
    // The card's order: the cell's values, the smooth layers interpolated, then every derived layer.
    for (let k = 0; k < slots.length; k++) slots[k] = cell.slots[k];
    interpolator.into(interp, lon, lat);
    for (const [id, k] of interpolated) if (id in interp) slots[k] = interp[id];
    pointValuesInto(lon, lat, perSample, cell.values, slots, block);
    const i = row * cols + col;
    for (let k = 0; k < popLayers.length; k++)
      if (popIndex) slots[popSlots[k]!] = quantizedValue(popLayers[k]!.info, popLayers[k]!.sums[i]!);
    land[i] = 1;
    encode(i);
  }

  /** Evaluates rows [from, to) except the columns `skip[row − from]` (copied), block by block. */
  function evaluateBlocks(from: number, to: number, skip: ([number, number] | null)[]) {
    const todo = (row: number, col: number) => {
      const k = skip[row - from];
      return !k || col < k[0] || col >= k[1];
    };
    if (popIndex)
      for (let row = from; row < to; row++) {
        const k = skip[row - from];
        const sums = (p: (typeof popLayers)[number], a: number, b: number) => {
          if (b <= a) return;
          const strip = lons.subarray(a, b); // only the samples evaluated (a pan's new strip)
          populationAlongSamples(
            popIndex,
            lats[row]!,
            strip,
            p.km,
            p.sums.subarray(row * cols + a, row * cols + b),
          );
        };
        for (const p of popLayers) {
          if (!k) sums(p, 0, cols);
          else {
            sums(p, 0, k[0]);
            sums(p, k[1], cols);
          }
        }
      }
    for (let r0 = from; r0 < to; r0 += BLOCK) {
      const r1 = Math.min(to, r0 + BLOCK);
      for (let c0 = 0; c0 < cols; c0 += BLOCK) {
        const c1 = Math.min(cols, c0 + BLOCK);
        let any = false;
        for (let row = r0; row < r1 && !any; row++)
          for (let col = c0; col < c1 && !any; col++) any = todo(row, col);
        if (!any) continue;
        const block = queryBlock(lons[c0]!, lons[c1 - 1]!, lats[r1 - 1]!, lats[r0]!);
        for (let row = r0; row < r1; row++)
          for (let col = c0; col < c1; col++)
            if (todo(row, col)) {
              evaluated++;
              evaluateSample(row, col, block);
            }
      }
    }
  }
  let evaluated = 0;
  let scorer: GridScorer | null = null;
  const sampleGrid = (): ScoringGrid => {
    const layers = columns.map(({ info, labels }) => {
      if (!labels || info.id === 'country' || info.id === 'region') return info;
      return { ...info, categories: Object.fromEntries(labels.labels.map((l, k) => [String(k), l])) };
    });
    const label = (id: string) => columns.find((c) => c.info.id === id)?.labels?.labels;
    const manifest: GridManifest = {
      ...grid.manifest,
      cellCount: n,
      countries: label('country') ?? grid.manifest.countries,
      regions: label('region') ?? grid.manifest.regions,
      layers,
    };
    const cells = new Uint32Array(n);
    for (let i = 0; i < n; i++) cells[i] = i;
    return {
      manifest,
      cells,
      layers: new Map(columns.map((c) => [c.info.id, c.array])),
      layerInfo: new Map(layers.map((l) => [l.id, l])),
    };
  };

  return {
    lattice,
    samples: { land, columns },
    get evaluated() {
      return evaluated;
    },
    evaluateRows(from, to) {
      const end = Math.min(to, rows);
      const skip: ([number, number] | null)[] = [];
      for (let row = from; row < end; row++) skip.push(copyRow(row));
      evaluateBlocks(from, end, skip);
    },
    score(config, out = new Uint8Array(n)) {
      prev = null; // every row is evaluated: the previous job can go
      scorer ??= createGridScorer(sampleGrid(), inputs.evidence);
      const { scores } = scorer.score(config);
      for (let i = 0; i < n; i++) out[i] = land[i] ? scores[i]! : SCORE_NO_CELL;
      return out;
    },
  };
}

/**
 * Runs one small job (about 800 samples around the grid's middle land cell) and drops it: the worker calls it once
 * the point datasets are prepared, so the first view does not also pay for compiling the hot loops and building the
 * one-time tables (population columns, polygon edge indexes). Changes no result.
 */
export function warmFineSurface(inputs: FineSurfaceInputs): void {
  const { grid } = inputs;
  if (grid.cells.length === 0) return;
  const { lat, lon } = cellCentre(grid.manifest, grid.cells[grid.cells.length >> 1]!);
  const lattice = fineLattice({ west: lon - 0.4, east: lon + 0.4, south: lat - 0.2, north: lat + 0.2 }, 9);
  if (lattice) createFineSurfaceJob(inputs, lattice).evaluateRows(0, lattice.rows);
}
