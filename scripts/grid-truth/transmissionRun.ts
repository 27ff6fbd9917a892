/**
 * Stand-alone run of the transmission and queue modules until the lead wires them into build.ts:
 *   npx tsx scripts/grid-truth/transmissionRun.ts [--input ../shared/data] [--output /tmp/gt]
 * Writes data/transmission/* and queues.json to the output folder and prints sizes and spot figures.
 */
import { booleanPointInPolygon } from '@turf/turf';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadAdmin0, loadAdmin1, type NeAdmin1, type NeCountry } from '../natural-earth.ts';
import { rasterizeFeatures } from '../grid/rasterize.ts';
import { HEIGHT, WIDTH, cellLat, cellLon } from '../grid/spec.ts';
import { gzipSize } from '../lib/io.ts';
import { round } from '../lib/num.ts';
import { gridAccess } from './gridAccess.ts';
import { buildQueues, writeQueues } from './queues.ts';
import { loadTransmission, writeTransmission } from './transmission.ts';
import { cellCoverage, coverageLookup } from './transmissionCoverage.ts';
import { transmissionReport } from './transmissionReport.ts';

/** The spot checks of the task brief (lat, lon). */
export const SPOTS: [string, number, number][] = [
  ['Ashburn VA', 39.04, -77.49],
  ['New Albany OH', 40.08, -82.81],
  ['Abilene TX', 32.45, -99.73],
  ['Quincy WA', 47.23, -119.85],
  ['Eemshaven NL', 53.44, 6.83],
  ['Luleå SE', 65.58, 22.15],
];

function containing<T extends NeCountry | NeAdmin1>(feats: T[], lon: number, lat: number): T | undefined {
  return feats.find((f) =>
    f.polygons.some((poly) => booleanPointInPolygon([lon, lat], { type: 'Polygon', coordinates: poly })),
  );
}

/** Natural Earth country (iso3) and admin-1 code of a point, as the grid builder assigns them to a cell. */
export function placeCodes(
  admin0: NeCountry[],
  admin1: NeAdmin1[],
  lon: number,
  lat: number,
): { iso3: string; region: string | null } {
  // a coastal point can fall in the sea at 1:50m: then take the first land point 0.1° around it
  const tries: [number, number][] = [[0, 0]];
  for (const dx of [-0.1, 0, 0.1]) for (const dy of [-0.1, 0, 0.1]) if (dx || dy) tries.push([dx, dy]);
  const at = tries.find(([dx, dy]) => containing(admin0, lon + dx, lat + dy)) ?? [0, 0];
  const c = containing(admin0, lon + at[0], lat + at[1]);
  const a = containing(admin1, lon + at[0], lat + at[1]);
  return { iso3: c?.iso3 ?? '', region: a && c && a.adm0 === c.adm0 ? a.code : null };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function main(): void {
  const input = arg('--input', '../shared/data');
  const output = arg('--output', '/tmp/gridscout-grid-truth');
  const data = loadTransmission(input);
  const written = writeTransmission(data, output);
  const queues = buildQueues(input);
  const qPath = writeQueues(queues, output);
  const qBuf = readFileSync(qPath);
  written.push({ file: 'queues.json', bytes: qBuf.length, gzipBytes: gzipSize(qBuf) });
  for (const w of written) console.log(`${w.file}: ${w.bytes} B, ${w.gzipBytes} B gzip`);

  const admin0 = loadAdmin0(input);
  const admin1 = loadAdmin1(input);
  const look = coverageLookup(data.coverage);
  const codes = SPOTS.map(([, lat, lon]) => placeCodes(admin0, admin1, lon, lat));
  const acc = gridAccess(
    {
      lon: Float64Array.from(SPOTS.map((s) => s[2])),
      lat: Float64Array.from(SPOTS.map((s) => s[1])),
      coverage: (k) => look.at(codes[k]!.iso3, codes[k]!.region, SPOTS[k]![2], SPOTS[k]![1]),
    },
    data.substations,
    data.lines,
    { useLineKv: !process.argv.includes('--listed-kv-only') },
  );
  SPOTS.forEach(([name], k) => {
    const f = (l: typeof acc.kv220) =>
      Number.isNaN(l.km[k]!)
        ? 'no data'
        : `${round(l.km[k]!, 1)} km (${l.kv[k]} kV${l.kvFromLines[k] ? ' from lines' : ''}, ${data.substations[l.index[k]!]!.source})`;
    console.log(
      `${name} [${codes[k]!.iso3} ${codes[k]!.region ?? '-'}; coverage ${acc.coverage[k]}]: any ${f(acc.any)}; ≥110 ${f(acc.kv110)}; ≥220 ${f(acc.kv220)}; ≥345 ${f(acc.kv345)}; ≥220 kV line km within 25 km ${Number.isNaN(acc.line220Km[k]!) ? 'no data' : round(acc.line220Km[k]!, 1)}`,
    );
  });
  for (const r of queues.leadTimes)
    console.log(
      `lead time ${r.region} ${r.measure}: median ${r.median} (p25 ${r.p25}, p75 ${r.p75}) n=${r.n}, excluded ${JSON.stringify(r.excluded)}`,
    );
  const continents = new Map(admin0.map((c) => [c.iso3, c.continent]));
  if (!process.argv.includes('--grid')) {
    console.log(JSON.stringify(transmissionReport(data.substations, continents).bySourceAndClass));
    return;
  }
  // the whole land grid, as scripts/grid/build-grid.ts builds it (Antarctica excluded)
  const land = admin0.filter((c) => c.adm0 !== 'ATA');
  const r0 = new Int32Array(WIDTH * HEIGHT).fill(-1);
  rasterizeFeatures(land, r0);
  const r1 = new Int32Array(WIDTH * HEIGHT).fill(-1);
  rasterizeFeatures(admin1, r1);
  const lon: number[] = [];
  const lat: number[] = [];
  const iso3: string[] = [];
  const region: (string | null)[] = [];
  for (let i = 0; i < r0.length; i++) {
    if (r0[i]! < 0) continue;
    const c = land[r0[i]!]!;
    const a = r1[i]! >= 0 ? admin1[r1[i]!]! : null;
    lon.push(cellLon(i % WIDTH));
    lat.push(cellLat(Math.floor(i / WIDTH)));
    iso3.push(c.iso3);
    region.push(a && a.adm0 === c.adm0 ? a.code : null);
  }
  const cells = { lon: Float64Array.from(lon), lat: Float64Array.from(lat), iso3, region };
  const t0 = Date.now();
  const coverage = cellCoverage(data.coverage, cells);
  const full = gridAccess({ ...cells, coverage }, data.substations, data.lines);
  console.log(`grid access for ${lon.length} land cells: ${Date.now() - t0} ms`);
  const rep = transmissionReport(data.substations, continents, { coverage: full.coverage, iso3 });
  console.log(
    JSON.stringify({ ...rep.cells, uncoveredByCountry: rep.cells!.uncoveredByCountry.slice(0, 15) }),
  );
  console.log(join(output, 'transmission'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
