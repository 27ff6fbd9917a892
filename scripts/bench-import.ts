/**
 * Import benchmark (npm run bench:import [-- --runs 3]): rows per second reading CSV, GeoJSON and KML files of
 * 10,000 and 100,000 candidate sites (decode, parse, validate: what the import worker does), then parse + validate
 * + score for 10,000 CSV rows, as the Shortlist tab's import does. Scoring uses data/grid when present, else a
 * synthetic grid. The files are generated with a seeded PRNG.
 */
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../src/domain/index.ts';
import { loadGridFromDisk } from '../src/domain/testing/loadGrid.ts';
import { mulberry32, syntheticGrid } from '../src/domain/testing/syntheticGrid.ts';
import { readImport } from '../src/features/import/importText.ts';
import { scorePlaces } from '../src/features/scoring/usePlaceScore.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

type Site = { name: string; lat: string; lon: string; note: string };

function sites(rows: number): Site[] {
  const random = mulberry32(42);
  return Array.from({ length: rows }, (_, i) => ({
    name: `Site ${i}`,
    lat: (random() * 120 - 55).toFixed(5),
    lon: (random() * 340 - 170).toFixed(5),
    note: `note ${i}`,
  }));
}

const FILES = {
  'sites.csv': (list: Site[]) =>
    ['name,latitude,longitude,notes', ...list.map((s) => `${s.name},${s.lat},${s.lon},${s.note}`)].join('\n'),
  'sites.geojson': (list: Site[]) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: list.map((s) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [Number(s.lon), Number(s.lat)] },
        properties: { name: s.name, notes: s.note },
      })),
    }),
  'sites.kml': (list: Site[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${list
      .map(
        (s) =>
          `<Placemark><name>${s.name}</name><description>${s.note}</description><Point><coordinates>${s.lon},${s.lat}</coordinates></Point></Placemark>`,
      )
      .join('\n')}</Document></kml>`,
};

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

for (const rows of [10_000, 100_000]) {
  const list = sites(rows);
  for (const [fileName, build] of Object.entries(FILES)) {
    const bytes = new TextEncoder().encode(build(list));
    const samples: number[] = [];
    let read = 0;
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      read = readImport(fileName, bytes).sites.length;
      samples.push(performance.now() - t0);
    }
    const ms = median(samples);
    console.log(
      `${fileName.padEnd(14)} ${String(rows).padStart(7)} rows (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB): median ${ms.toFixed(0)} ms, ${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s over ${runs} runs; ${read} read`,
    );
  }
}

const gridDir = fileURLToPath(new URL('../data/grid', import.meta.url));
const disk = loadGridFromDisk(gridDir);
const grid = disk ?? syntheticGrid();
const config = defaultConfig();
const csv = new TextEncoder().encode(FILES['sites.csv'](sites(10_000)));
const samples: number[] = [];
let scored = 0;
for (let run = 0; run < runs; run++) {
  const t0 = performance.now();
  const result = readImport('sites.csv', csv);
  const scores = scorePlaces(grid, config, result.sites, (s) => s.row, null);
  samples.push(performance.now() - t0);
  scored = [...scores.values()].filter((s) => s !== null).length;
}
console.log(
  `Grid: ${disk ? 'data/grid' : 'synthetic'}. Import 10000 CSV rows (parse + validate + score): median ${median(samples).toFixed(1)} ms over ${runs} runs; ${scored} on land`,
);
