/** Counts and coverage report: printed, and written to data/report.json + data/REPORT.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MiningSite, RegionProps } from '../src/data/schemas.ts';
import type { BuildResult } from './build.ts';
import type { GridResult } from './grid/build-grid.ts';
import { gzipSize, listFiles, writeJson } from './lib/io.ts';
import { round } from './lib/num.ts';
import type { RegionTariffs } from './regions.ts';
import { gridTruthMarkdown, gridTruthReport, type GridTruthReport } from './report-grid-truth.ts';

/**
 * Files not counted in the first-view budget: loaded on demand, when their overlay is turned on or a place is
 * opened (src/data/datasetStore.ts FIRST_VIEW lists what loads at start: places.json does, for the map's city
 * labels and search; queues.json does, for the scoring's regional lead times). population_points.json and
 * cloud_regions.json load when a place is opened or the cloud-regions overlay is shown; gazetteer.json on the first
 * place name needed (a card, best sites, an import).
 */
export const NOT_FIRST_VIEW = new Set([
  'plants.json',
  'transmission/lines.geojson',
  'transmission/substations.json',
  'population_points.json',
  'gazetteer.json',
  'cloud_regions.json',
  'report.json',
  'REPORT.md',
]);
export const FIRST_VIEW_BUDGET_GZIP = 4 * 1024 * 1024;

export interface Report {
  generated: string;
  counts: BuildResult['counts'];
  rejected: BuildResult['rejected'];
  gridCoverage: { layer: string; label: string; share: number }[];
  tariffCoverage: { level: string; basis: string; regions: number }[];
  mining: { precision: string; sites: number }[];
  miningByStatus: { status: string; sites: number }[];
  files: { file: string; bytes: number; gzipBytes: number; firstView: boolean }[];
  firstViewGzipBytes: number;
  nonCommercialSources: string[];
  shareAlikeSources: string[];
  gridTruth: GridTruthReport;
}

function tariffRows(items: { props: RegionProps }[], level: string): Report['tariffCoverage'] {
  const by = new Map<string, number>();
  for (const { props } of items) {
    const k = props.tariff ? props.tariff.basis : 'no data';
    by.set(k, (by.get(k) ?? 0) + 1);
  }
  const order = ['subnational', 'country', 'country_fallback', 'worldbank_2019', 'no data'];
  return order.filter((k) => by.has(k)).map((k) => ({ level, basis: k, regions: by.get(k)! }));
}

export function buildReport(r: BuildResult, outDir: string): Report {
  const grid = r.context.grid as GridResult;
  const regions = r.context.regions as RegionTariffs;
  const sites = (r.context.mining as { sites: MiningSite[] }).sites;
  const files = listFiles(outDir)
    .filter((f) => f !== 'report.json' && f !== 'REPORT.md')
    .map((f) => {
      const buf = readFileSync(join(outDir, f));
      return { file: f, bytes: buf.length, gzipBytes: gzipSize(buf), firstView: !NOT_FIRST_VIEW.has(f) };
    });
  const prec = new Map<string, number>();
  const stat = new Map<string, number>();
  for (const s of sites) {
    prec.set(s.coordPrecision, (prec.get(s.coordPrecision) ?? 0) + 1);
    stat.set(s.status, (stat.get(s.status) ?? 0) + 1);
  }
  const sources = JSON.parse(readFileSync(join(outDir, 'sources.json'), 'utf8')) as {
    sources: { id: string; nonCommercial: boolean; shareAlike: boolean }[];
  };
  return {
    generated: r.generated,
    counts: r.counts,
    rejected: r.rejected,
    gridCoverage: grid.manifest.layers.map((l) => ({
      layer: l.id,
      label: l.label,
      share: round(grid.coverage[l.id] ?? 0, 4),
    })),
    tariffCoverage: [...tariffRows(regions.countries, 'country'), ...tariffRows(regions.admin1, 'admin-1')],
    mining: ['site', 'town', 'county'].map((p) => ({ precision: p, sites: prec.get(p) ?? 0 })),
    miningByStatus: [...stat.entries()].sort().map(([status, n]) => ({ status, sites: n })),
    files,
    firstViewGzipBytes: files.filter((f) => f.firstView).reduce((s, f) => s + f.gzipBytes, 0),
    nonCommercialSources: sources.sources.filter((s) => s.nonCommercial).map((s) => s.id),
    shareAlikeSources: sources.sources.filter((s) => s.shareAlike).map((s) => s.id),
    gridTruth: gridTruthReport(r, outDir),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

export function reportMarkdown(rep: Report): string {
  const L: string[] = [];
  L.push(
    '# Gridscout data report',
    '',
    `Generated from inputs \`${rep.generated}\` by \`npm run data\`.`,
    '',
  );
  L.push('## Datasets', '', '| dataset | in | out | rejected | note |', '| --- | ---: | ---: | ---: | --- |');
  for (const c of rep.counts)
    L.push(`| ${c.dataset} | ${c.in} | ${c.out} | ${c.rejected} | ${c.note ?? ''} |`);
  L.push(
    '',
    '## Grid coverage (share of land cells with a value)',
    '',
    '| layer | label | coverage |',
    '| --- | --- | ---: |',
  );
  for (const g of rep.gridCoverage) L.push(`| \`${g.layer}\` | ${g.label} | ${pct(g.share)} |`);
  L.push('', '## Tariff coverage by basis', '', '| level | basis | regions |', '| --- | --- | ---: |');
  for (const t of rep.tariffCoverage) L.push(`| ${t.level} | ${t.basis} | ${t.regions} |`);
  L.push('', '## Mining sites by coordinate precision', '', '| precision | sites |', '| --- | ---: |');
  for (const m of rep.mining) L.push(`| ${m.precision} | ${m.sites} |`);
  L.push('', '| normalised status | sites |', '| --- | ---: |');
  for (const m of rep.miningByStatus) L.push(`| ${m.status} | ${m.sites} |`);
  L.push(...gridTruthMarkdown(rep.gridTruth));
  L.push('', '## Files', '', '| file | size | gzip | first view |', '| --- | ---: | ---: | :---: |');
  for (const f of rep.files)
    L.push(`| ${f.file} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} | ${f.firstView ? 'yes' : ''} |`);
  L.push(
    '',
    `First-view data (all but ${[...NOT_FIRST_VIEW].filter((f) => !f.startsWith('report') && f !== 'REPORT.md').join(', ')}), gzip: **${kb(rep.firstViewGzipBytes)}** (budget ${kb(FIRST_VIEW_BUDGET_GZIP)}).`,
  );
  L.push(
    '',
    `Non-commercial sources: ${rep.nonCommercialSources.map((s) => `\`${s}\``).join(', ') || 'none'}.`,
    '',
    `Share-alike sources: ${rep.shareAlikeSources.map((s) => `\`${s}\``).join(', ') || 'none'}.`,
  );
  if (rep.rejected.length) {
    L.push(
      '',
      '## Rejected rows (documented rules)',
      '',
      '| file | row | id | reason |',
      '| --- | ---: | --- | --- |',
    );
    for (const x of rep.rejected)
      L.push(`| ${x.file} | ${x.row || ''} | ${x.id ?? ''} | ${x.reason.replace(/\|/g, '\\|')} |`);
  }
  return L.join('\n') + '\n';
}

export function printCounts(r: BuildResult): void {
  console.log('\n  dataset                              in      out  rejected');
  for (const c of r.counts)
    console.log(
      `  ${c.dataset.padEnd(34)} ${String(c.in).padStart(6)} ${String(c.out).padStart(8)} ${String(c.rejected).padStart(9)}${c.note ? `  (${c.note})` : ''}`,
    );
  if (r.rejected.length) {
    console.log(`\n  rejected rows (${r.rejected.length}):`);
    for (const x of r.rejected)
      console.log(`    ${x.file}${x.row ? ` row ${x.row}` : ''}${x.id ? ` [${x.id}]` : ''}: ${x.reason}`);
  }
}

/** Writes report.json and REPORT.md into the build folder (every build, so they never go stale). */
export function writeReport(r: BuildResult, outDir: string): Report {
  const rep = buildReport(r, outDir);
  writeJson(join(outDir, 'report.json'), rep);
  writeFileSync(join(outDir, 'REPORT.md'), reportMarkdown(rep));
  return rep;
}

/** Prints the first-view budget line, and the whole markdown report when `full`. */
export function printReport(rep: Report, full: boolean): void {
  console.log(
    `\n  first-view data gzip: ${kb(rep.firstViewGzipBytes)} (budget ${kb(FIRST_VIEW_BUDGET_GZIP)})`,
  );
  if (rep.firstViewGzipBytes > FIRST_VIEW_BUDGET_GZIP)
    console.warn('  WARNING: first-view data exceeds the 4 MB gzip budget');
  if (full) console.log('\n' + reportMarkdown(rep));
}
