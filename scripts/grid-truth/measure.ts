/**
 * Prints the plant-layer counts and operating capacity within 50 km at a few places vs today's grid_capacity_mw.
 * npx tsx scripts/grid-truth/measure.ts [rawDir] [gridDir]
 */
import { resolve } from 'node:path';
import { loadGridFromDisk } from '../../src/domain/testing/loadGrid.ts';
import { findCellIndex, placeValuesAt } from '../../src/domain/grid.ts';
import { buildPlants } from './plants.ts';
import { operatingAndPipelineWithin } from './plantLayers.ts';
import { countPlants } from './report.ts';

const raw = resolve(process.argv[2] ?? '../shared/data');
const gridDir = resolve(process.argv[3] ?? 'data/grid');
const PLACES: [string, number, number][] = [
  ['Ashburn VA', 39.04, -77.49],
  ['Abilene TX', 32.45, -99.73],
  ['Quincy WA', 47.23, -119.85],
  ['Eemshaven NL', 53.44, 6.83],
  ['Luleå SE', 65.58, 22.15],
];

const build = buildPlants(raw);
console.log(JSON.stringify(countPlants(build), null, 1));
const grid = loadGridFromDisk(gridDir);
if (!grid) throw new Error(`no grid in ${gridDir}`);
for (const [name, lat, lon] of PLACES) {
  const k = findCellIndex(grid, lat, lon);
  const cell = grid.cells[k]!;
  const row = Math.floor(cell / grid.manifest.width);
  const col = cell % grid.manifest.width;
  const clon = grid.manifest.west + (col + 0.5) * grid.manifest.resolutionDeg;
  const clat = grid.manifest.north - (row + 0.5) * grid.manifest.resolutionDeg;
  const { operatingMw, pipelineMw } = operatingAndPipelineWithin(
    build.records,
    Float64Array.of(clon),
    Float64Array.of(clat),
  );
  const today = placeValuesAt(grid, k).grid_capacity_mw;
  console.log(
    `${name}: today ${today} MW; operating ${Math.round(operatingMw[0]!)} MW; pipeline ${Math.round(pipelineMw[0]!)} MW`,
  );
}
