/**
 * Scoring benchmark (npm run bench [-- --runs 30 --synthetic]).
 * Loads data/grid when present (else a synthetic full-size grid, and says so), then times:
 * whole-grid rescoring from scratch under the default weights and each preset, weight-only rescoring (a slider
 * drag: the scorer reuses codes and flags from the previous call), the Web Mercator redraw, scorePoint on random
 * cells, scoring 10,000 imported locations, and "find best sites".
 */
import { fileURLToPath } from 'node:url';
import {
  applyPreset,
  buildPalette,
  createGridScorer,
  createMercatorRaster,
  defaultConfig,
  findCellIndex,
  placeValuesAt,
  PRESETS,
  renderMercator,
  resolveConfig,
  scorePoint,
  topSites,
  type ResolvedConfig,
  type ScoringConfig,
  type ScoringGrid,
} from '../src/domain/index.ts';
import { loadGridFromDisk } from '../src/domain/testing/loadGrid.ts';
import { renderSurfaceBand, surfaceBand } from '../src/domain/gridSurface.ts';
import { mulberry32, syntheticGrid } from '../src/domain/testing/syntheticGrid.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 30;
const forceSynthetic = args.includes('--synthetic');
const WARMUP = 10;

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), min: s[0], p95: at(0.95), n: s.length };
}
const ms = (x: number) => x.toFixed(1);
const line = (label: string, samples: number[], unit = 'ms', fmt = ms) => {
  const st = stats(samples);
  console.log(
    `${label}: median ${fmt(st.median)} ${unit}, min ${fmt(st.min)}, p95 ${fmt(st.p95)} (n=${st.n})`,
  );
};

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function loadGrid(): { grid: ScoringGrid; origin: string } {
  const dir = fileURLToPath(new URL('../data/grid', import.meta.url));
  const real = forceSynthetic ? null : loadGridFromDisk(dir);
  if (real) return { grid: real, origin: `data/grid (pipeline output)` };
  const t0 = performance.now();
  const grid = syntheticGrid({ resolutionDeg: 0.25, seed: 1 });
  const why = forceSynthetic ? '--synthetic given' : 'data/grid not found';
  return { grid, origin: `SYNTHETIC grid (${why}; built in ${ms(performance.now() - t0)} ms)` };
}

const { grid, origin } = loadGrid();
const n = grid.cells.length;
console.log(
  `grid: ${origin}: ${n} land cells, ${grid.layers.size} layers, ${grid.manifest.width}×${grid.manifest.height} at ${grid.manifest.resolutionDeg}°`,
);
console.log(`node ${process.version}, ${runs} runs per case after ${WARMUP} warm-up runs\n`);

const configs: Array<[string, ScoringConfig]> = [
  ['default weights', defaultConfig()],
  ...PRESETS.map((p): [string, ScoringConfig] => [p.label, applyPreset(p, defaultConfig())]),
];

const scorer = createGridScorer(grid);
const cold = time(() => scorer.score(defaultConfig()));
console.log(`first rescore (builds lookup tables): ${ms(cold)} ms`);

/** A full rescore: forget what the last call kept, as after a transform, constraint or assumption edit. */
const full = (config: ScoringConfig | ResolvedConfig) => {
  scorer.resetCache();
  return scorer.score(config);
};
const all: number[] = [];
for (const [label, config] of configs) {
  const resolved = resolveConfig(config);
  for (let k = 0; k < WARMUP; k++) full(resolved);
  const samples = Array.from({ length: runs }, () => time(() => full(resolved)));
  all.push(...samples);
  line(`rescore grid: ${n} cells × ${resolved.weighted.length} criteria [${label}]`, samples);
}
line(`rescore grid: all configs`, all);

// Dragging a slider: only one weight changes between calls (never to 0, so the weighted set stays the same).
for (const [label, config] of configs) {
  const [first] = resolveConfig(config).weighted;
  const dragged = Array.from({ length: WARMUP + runs }, (_, k) =>
    resolveConfig({ ...config, weights: { ...config.weights, [first]: 1 + ((k * 7) % 100) } }),
  );
  full(dragged[0]);
  for (let k = 1; k < WARMUP; k++) scorer.score(dragged[k]);
  line(
    `rescore grid, weights only (incremental): ${dragged[0].weighted.length} criteria, dragging ${first} [${label}]`,
    dragged.slice(WARMUP).map((c) => time(() => scorer.score(c))),
  );
}

const raster = createMercatorRaster(grid.manifest, grid.cells, 1440, 1440);
const palette = buildPalette();
const result = scorer.score(defaultConfig());
const image = new Uint8ClampedArray(1440 * 1440 * 4);
for (let k = 0; k < WARMUP; k++) renderMercator(raster, result.scores, palette, image);
line(
  'redraw mercator 1440×1440 (recycled buffer)',
  Array.from({ length: runs }, () => time(() => renderMercator(raster, result.scores, palette, image))),
);
const band = surfaceBand(raster);
const bandImage = renderSurfaceBand(raster, band, result.scores, palette);
for (let k = 0; k < WARMUP; k++) renderSurfaceBand(raster, band, result.scores, palette, bandImage);
line(
  `redraw surface band ${band.rows} of 1440 rows (the worker's path, recycled buffer)`,
  Array.from({ length: runs }, () =>
    time(() => renderSurfaceBand(raster, band, result.scores, palette, bandImage)),
  ),
);
line(
  'redraw mercator 1440×1440 (new 8 MB buffer each time)',
  Array.from({ length: runs }, () => time(() => renderMercator(raster, result.scores, palette))),
);
const resolvedDefault = resolveConfig(defaultConfig());
line(
  'rescore + redraw [default weights, full rescore, recycled buffer]',
  Array.from({ length: runs }, () =>
    time(() => renderMercator(raster, full(resolvedDefault).scores, palette, image)),
  ),
);
const drag = Array.from({ length: runs }, (_, k) =>
  resolveConfig({
    ...defaultConfig(),
    weights: { ...defaultConfig().weights, power_price: 1 + ((k * 7) % 100) },
  }),
);
full(drag[0]);
line(
  'rescore + redraw [default weights, dragging power_price, recycled buffer]',
  drag.map((c) => time(() => renderMercator(raster, scorer.score(c).scores, palette, image))),
);

// scorePoint on random land cells: decode the cell's values and score them.
const rand = mulberry32(42);
const pointSamples: number[] = [];
for (let k = 0; k < 10_000; k++) {
  const i = Math.floor(rand() * n);
  const t0 = performance.now();
  scorePoint(placeValuesAt(grid, i), resolvedDefault, grid.manifest);
  pointSamples.push((performance.now() - t0) * 1000);
}
line('scorePoint (decode + score one cell, 10,000 random cells)', pointSamples, 'µs', (x) => x.toFixed(0));

// Importing candidates: 10,000 random locations (ocean ones skipped) looked up and scored.
const locations = Array.from({ length: 10_000 }, () => ({ lat: rand() * 140 - 60, lon: rand() * 360 - 180 }));
const importMs = time(() => {
  for (const { lat, lon } of locations) {
    const i = findCellIndex(grid, lat, lon);
    if (i >= 0) scorePoint(placeValuesAt(grid, i), resolvedDefault);
  }
});
console.log(`score 10,000 imported locations (find cell + scorePoint): ${ms(importMs)} ms`);

for (const [count, km] of [
  [10, 500],
  [50, 200],
] as const) {
  line(
    `topSites N=${count}, D=${km} km`,
    Array.from({ length: 10 }, () => time(() => topSites(grid, result, { count, minDistanceKm: km }))),
  );
}
