/**
 * Where the fine surface is sampled: a global lattice of `step`-degree samples (sample centres at
 * (i + 0.5) × step in longitude and latitude, i an integer), so the same place is always the same sample whatever
 * the view. The step is FINE_STEP_DEG unless the view would need more than FINE_MAX_SAMPLES samples; then the next
 * coarser step of FINE_STEP_LADDER that fits (zoom 6–8 on a wide screen). Below FINE_MIN_ZOOM there is no fine
 * surface (the 0.25° one is shown).
 *
 * Rows are spaced in latitude; the map draws in Web Mercator, so the image is resampled to rows equally spaced in
 * Mercator y (`mercatorRowMap`: each image row shows the sample row containing its centre latitude).
 */

/** Zoom from which the fine surface replaces the 0.25° one in view. */
export const FINE_MIN_ZOOM = 6;
/** ≈ 2 km in latitude: finer than any point dataset's distance step that matters for a score (1 km codes). */
export const FINE_STEP_DEG = 0.02;
/** The coarser steps used when the view holds too many samples; each is listed on the legend as it is used. */
export const FINE_STEP_LADDER: readonly number[] = [
  0.02, 0.025, 0.03125, 0.04, 0.05, 0.0625, 0.08, 0.1, 0.125,
];
/**
 * Samples per view at most: bounds the worker's time. The point evaluator costs a few hundred µs per sample in the
 * browser on a loaded 2-core machine (its nearest-neighbour and polygon queries allocate per call; see README
 * "Fine surface"), so a view is kept to a few seconds: a zoom-9 view of a 1440 px screen is ~5,000 samples at 0.02°,
 * zoom 8 ~21,000; zoom 7 (~42,000 at 0.02°) is drawn at 0.03125°.
 */
export const FINE_MAX_SAMPLES = 25_000;

export interface ViewBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The lattice covers the view and this share of its size on each side, so a small pan stays covered. */
export const VIEW_MARGIN = 0.1;

/** The area the fine surface samples for a view: the view's bounds widened by VIEW_MARGIN on each side. */
export function sampledArea(view: ViewBounds): ViewBounds {
  const dx = (view.east - view.west) * VIEW_MARGIN;
  const dy = (view.north - view.south) * VIEW_MARGIN;
  return { west: view.west - dx, east: view.east + dx, south: view.south - dy, north: view.north + dy };
}

/**
 * The lattices a view is drawn with, in the order they are computed: its quick pass (previewLattice) when it has
 * one, then its own (fineLattice). Empty below FINE_MIN_ZOOM or for an empty view.
 */
export function viewLattices(view: ViewBounds, zoom: number): { lattice: FineLattice; preview: boolean }[] {
  const area = sampledArea(view);
  const lattice = fineLattice(area, zoom);
  if (!lattice) return [];
  const preview = previewLattice(area, lattice);
  return [...(preview ? [{ lattice: preview, preview: true }] : []), { lattice, preview: false }];
}

export interface FineLattice {
  step: number;
  /** Global column index of the first (westernmost) sample: its centre is (i0 + 0.5) × step. */
  i0: number;
  /** Global row index of the first (northernmost) sample: its centre is (j0 − 0.5) × step. */
  j0: number;
  cols: number;
  rows: number;
}

/** Longitude of a column's sample centre. */
export const sampleLon = (l: FineLattice, col: number): number => (l.i0 + col + 0.5) * l.step;
/** Latitude of a row's sample centre (row 0 is the northernmost). */
export const sampleLat = (l: FineLattice, row: number): number => (l.j0 - row - 0.5) * l.step;

/** Edges of the lattice (the image's corners). */
export function latticeBounds(l: FineLattice): ViewBounds {
  return {
    west: l.i0 * l.step,
    east: (l.i0 + l.cols) * l.step,
    north: l.j0 * l.step,
    south: (l.j0 - l.rows) * l.step,
  };
}

/** The sample containing a point, or null outside the lattice. */
export function sampleAt(l: FineLattice, lon: number, lat: number): { col: number; row: number } | null {
  const col = Math.floor(lon / l.step) - l.i0;
  const row = l.j0 - 1 - Math.floor(lat / l.step);
  return col >= 0 && col < l.cols && row >= 0 && row < l.rows ? { col, row } : null;
}

const MAX_LAT = 85;

function latticeAt(b: ViewBounds, step: number): FineLattice {
  const west = Math.max(-180, b.west);
  const east = Math.min(180, b.east);
  const south = Math.max(-MAX_LAT, b.south);
  const north = Math.min(MAX_LAT, b.north);
  const i0 = Math.floor(west / step);
  const j0 = Math.ceil(north / step);
  return {
    step,
    i0,
    j0,
    cols: Math.max(0, Math.ceil(east / step) - i0),
    rows: Math.max(0, j0 - Math.floor(south / step)),
  };
}

/** The lattice for a view, or null below FINE_MIN_ZOOM, for an empty view or one too large. See the module comment. */
export function fineLattice(bounds: ViewBounds, zoom: number): FineLattice | null {
  if (!(zoom >= FINE_MIN_ZOOM)) return null;
  for (const step of FINE_STEP_LADDER) {
    const lattice = latticeAt(bounds, step);
    if (lattice.cols * lattice.rows <= FINE_MAX_SAMPLES)
      return lattice.cols > 0 && lattice.rows > 0 ? lattice : null;
  }
  return null; // too large a view even at the coarsest step: the 0.25° surface stays
}

/** The quick first pass of a large view: samples this many times coarser, drawn before the view's own step. */
export const PREVIEW_FACTOR = 4;
/**
 * Views with fewer samples than this are drawn at their step at once. A first view costs ~85–105 µs per sample in
 * the browser (bench:browser, Ashburn at zoom 9: 4,984 samples in 412–523 ms), so from ~2,500 samples it would take
 * longer than the 250 ms the first pass aims at.
 */
export const PREVIEW_MIN_SAMPLES = 2_500;

/**
 * The preview lattice of a view: the same bounds at PREVIEW_FACTOR × the view lattice's step, or null when the view
 * is small enough to draw at once. It is scored by the same point evaluator (exact at its own, coarser samples).
 */
export function previewLattice(bounds: ViewBounds, lattice: FineLattice): FineLattice | null {
  if (lattice.cols * lattice.rows < PREVIEW_MIN_SAMPLES) return null;
  const preview = latticeAt(bounds, Number((lattice.step * PREVIEW_FACTOR).toPrecision(12)));
  return preview.cols > 0 && preview.rows > 0 ? preview : null;
}

/** The share of lattice `b`'s samples that lattice `a` also holds (0 for different steps). */
export function sharedShare(a: FineLattice, b: FineLattice): number {
  if (a.step !== b.step) return 0;
  const cols = Math.min(a.i0 + a.cols, b.i0 + b.cols) - Math.max(a.i0, b.i0);
  const rows = Math.min(a.j0, b.j0) - Math.max(a.j0 - a.rows, b.j0 - b.rows);
  return cols > 0 && rows > 0 ? (cols * rows) / (b.cols * b.rows) : 0;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOfMercatorY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * For an image of `height` rows equally spaced in Web Mercator between the lattice's north and south edges, the
 * sample row each image row shows (the one containing the latitude at the image row's centre).
 */
export function mercatorRowMap(l: FineLattice, height: number): Int32Array {
  const { north, south } = latticeBounds(l);
  const yN = mercatorY(north);
  const yS = mercatorY(south);
  const out = new Int32Array(height);
  for (let k = 0; k < height; k++) {
    const lat = latOfMercatorY(yN + ((k + 0.5) / height) * (yS - yN));
    out[k] = Math.min(l.rows - 1, Math.max(0, l.j0 - 1 - Math.floor(lat / l.step)));
  }
  return out;
}

/**
 * RGBA pixels of sample codes (row-major, `l.cols` × `l.rows`) as a Web Mercator image of `l.cols` × `height`
 * (rows resampled by mercatorRowMap), coloured through a 256-entry palette (colorRamp.ts buildPalette).
 */
export function fineImage(
  l: FineLattice,
  codes: Uint8Array,
  palette: Uint32Array,
  height = Math.min(4096, 2 * l.rows),
): { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> } {
  const width = l.cols;
  const data = new Uint8ClampedArray(width * height * 4);
  const px = new Uint32Array(data.buffer);
  const rowOf = mercatorRowMap(l, height);
  for (let k = 0; k < height; k++) {
    const src = rowOf[k]! * width;
    const dst = k * width;
    for (let c = 0; c < width; c++) px[dst + c] = palette[codes[src + c]!]!;
  }
  return { width, height, data };
}
