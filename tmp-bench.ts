import { resolve } from 'node:path';
import { loadGridFromDisk } from './src/domain/testing/loadGrid.ts';
import { preparePointSources } from './src/domain/pointValues.ts';
import { loadPointDatasets } from './tests/support/pointDatasets.ts';
import { fineLattice } from './src/domain/fineSurfaceLattice.ts';
import { createFineSurfaceJob } from './src/domain/fineSurface.ts';
import { defaultConfig } from "./src/domain/config.ts";
const DATA = './data';
const grid = loadGridFromDisk(resolve(DATA, 'grid'))!;
const sources = preparePointSources(loadPointDatasets(DATA, grid));
for (const [name, lon, lat, z] of [['nova', -77.49, 39.04, 9], ['nova2', -77.0, 39.04, 9], ['nova3', -76.5, 39.04, 9], ['nova4', -78, 38.5, 9]] as const) {
  const dLon = 1440 / (512 * 2 ** z) * 360 / 2, dLat = dLon * 900 / 1440 * Math.cos(lat * Math.PI / 180);
  const l = fineLattice({ west: lon - dLon, east: lon + dLon, south: lat - dLat, north: lat + dLat }, z)!;
  const t0 = performance.now();
  const job = createFineSurfaceJob({ grid, sources }, l);
  job.evaluateRows(0, l.rows);
  const t1 = performance.now();
  const codes = job.score(defaultConfig());
  const t2 = performance.now();
  console.log(name, l.cols, l.rows, l.step, 'eval', (t1 - t0).toFixed(0), 'score', (t2 - t1).toFixed(0), 'us/sample', ((t1 - t0) * 1000 / (l.cols * l.rows)).toFixed(1), codes.slice(0, 10));
}
