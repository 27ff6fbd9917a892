/**
 * Import benchmark (npm run bench:import [-- --rows 10000 --runs 5]): parse, validate and score a CSV of
 * candidate sites, as the Shortlist tab's import does. Uses data/grid when present, else a synthetic grid.
 */
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../src/domain/index.ts';
import { loadGridFromDisk } from '../src/domain/testing/loadGrid.ts';
import { mulberry32, syntheticGrid } from '../src/domain/testing/syntheticGrid.ts';
import { parseCsvSites } from '../src/features/import/csvImport.ts';
import { scorePlaces } from '../src/features/scoring/usePlaceScore.ts';

const args = process.argv.slice(2);
const rows = Number(args[args.indexOf('--rows') + 1]) || 10_000;
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;

const gridDir = fileURLToPath(new URL('../data/grid', import.meta.url));
const disk = loadGridFromDisk(gridDir);
const grid = disk ?? syntheticGrid();
const config = defaultConfig();

const random = mulberry32(42);
const lines = ['name,latitude,longitude,notes'];
for (let i = 0; i < rows; i++)
  lines.push(`Site ${i},${(random() * 120 - 55).toFixed(5)},${(random() * 340 - 170).toFixed(5)},note ${i}`);
const text = lines.join('\n');

const samples: number[] = [];
let scored = 0;
for (let run = 0; run < runs; run++) {
  const t0 = performance.now();
  const result = parseCsvSites(text);
  const scores = scorePlaces(grid, config, result.sites, (s) => s.row, null);
  samples.push(performance.now() - t0);
  scored = [...scores.values()].filter((s) => s !== null).length;
}
samples.sort((a, b) => a - b);
console.log(`Grid: ${disk ? 'data/grid' : 'synthetic'}`);
console.log(
  `Import ${rows} CSV rows (parse + validate + score): median ${samples[Math.floor(runs / 2)].toFixed(1)} ms, max ${samples[runs - 1].toFixed(1)} ms over ${runs} runs; ${scored} on land`,
);
