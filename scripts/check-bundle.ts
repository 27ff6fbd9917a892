/**
 * Fails when the production build outgrows its budget. Run after `npm run build`:
 *
 *   npm run check:bundle            # reads dist/
 *   npm run check:bundle -- DIR     # another build folder
 *
 * It reads Vite's manifest (dist/.vite/manifest.json, `build.manifest` in vite.config.ts) to tell the JavaScript
 * the page loads at start (the entry chunk and everything it imports statically) from the chunks loaded on
 * demand, and checks:
 *   - the start-up JavaScript, gzip-compressed, against INITIAL_GZIP_KB;
 *   - every on-demand chunk, gzip-compressed, against LAZY_CHUNK_GZIP_KB;
 *   - all JavaScript (workers included), uncompressed, against TOTAL_JS_KB;
 *   - that each module in LAZY_MODULES is still loaded on demand (a static import would pull it into start-up).
 * Sizes are kB of 1,000 bytes, as Vite prints them; gzip at zlib's default level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets, measured on the build of 2026-12-01 plus about 5 % headroom: start-up JS 429 kB gzip (maplibre-gl alone
 * is 289 kB of it), largest on-demand chunk 7 kB, all JS 2,134 kB. Raise one only with a reason in the commit.
 */
export interface Budget {
  INITIAL_GZIP_KB: number;
  LAZY_CHUNK_GZIP_KB: number;
  TOTAL_JS_KB: number;
}
/**
 * TOTAL_JS_KB was 2250 until the import parsers moved into their own worker (xmldom + papaparse, ~120 kB), then 2350.
 * INITIAL_GZIP_KB was 450 until the scores and hardening round (point-exact card, reach facts, price basis and own
 * prices, v3 links with lz-string, shared-places dialog, grouped notices) took start-up JS from 445 to 466 kB with the
 * point evaluator already split off; both were raised by that round's growth plus ~1 %. Cutting start-up back (card
 * and dialogs on demand) belongs to the first-view work (issue 15), which is measured, not guessed.
 * The professional-map and speed round (loading progress with retry, markers, map keyboard and crosshair, checked
 * number fields, ranked labels, the new search box, the fine-surface controller) took start-up JS from 466 to 478 kB,
 * each part measured within 470 alone; INITIAL_GZIP_KB 485. The fine-surface worker (~175 kB, with the point
 * evaluator and zod through src/contract; loaded only from zoom 6) and the search tasks took all JS from 2384 to
 * 2592 kB; TOTAL_JS_KB 2650. Taking zod out of the worker (the contract's plain-TypeScript modules only:
 * transmissionCodes.ts, cloudProviders.ts) took the worker from 175 to 78 kB and all JS to 2495 kB; TOTAL_JS_KB 2600,
 * and SCHEMA_FREE_WORKERS keeps zod out of both scoring workers.
 */
export const BUDGET: Budget = { INITIAL_GZIP_KB: 485, LAZY_CHUNK_GZIP_KB: 25, TOTAL_JS_KB: 2600 };

/**
 * Modules that must stay out of the start-up load: they are only needed once the user asks for them. (The import
 * parsers are not listed: they run in the import worker, src/features/import/import.worker.ts, never in the page.)
 */
export const LAZY_MODULES = [
  'src/features/compare/CompareDialog.tsx',
  'src/features/report/ReportView.tsx',
  'src/features/export/ExportButtons.tsx',
] as const;

/**
 * Workers that must bundle no schema library: their data is validated on the main thread before it is sent
 * (the fine-surface worker reads the contract's plain-TypeScript modules only, e.g. transmissionCodes.ts).
 */
export const SCHEMA_FREE_WORKERS = ['scoring.worker', 'fineSurface.worker'] as const;

/** One problem per schema-free worker whose built file contains zod (its internals are named `_zod`). */
export function schemaFreeProblems(files: ReadonlyArray<{ file: string; text: string }>): string[] {
  const problems: string[] = [];
  for (const worker of SCHEMA_FREE_WORKERS) {
    const built = files.filter((f) => f.file.split('/').pop()!.startsWith(`${worker}-`));
    if (built.length === 0) problems.push(`no built ${worker} file`);
    for (const f of built)
      if (f.text.includes('_zod'))
        problems.push(`${f.file} bundles zod (a schema library), which it must not`);
  }
  return problems;
}

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Manifest keys of the chunks the page loads at start: every entry and, recursively, its static imports. */
export function initialChunks(manifest: Manifest): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return seen;
}

export interface BundleReport {
  initialGzipKb: number;
  largestLazy: { file: string; gzipKb: number } | null;
  totalJsKb: number;
  problems: string[];
}

/**
 * Checks a build. `gzipKb(file)` and the `jsFiles` sizes come from disk in the CLI and from fixtures in tests;
 * `file` is a path relative to the build folder, as in the manifest.
 */
export function checkBundle(
  manifest: Manifest,
  gzipKb: (file: string) => number,
  jsFiles: ReadonlyArray<{ file: string; kb: number }>,
  budget: Budget = BUDGET,
): BundleReport {
  const problems: string[] = [];
  const initial = initialChunks(manifest);
  if (initial.size === 0) problems.push('the manifest has no entry chunk');
  const js = (key: string) => manifest[key].file.endsWith('.js');
  const initialGzipKb = [...initial].filter(js).reduce((sum, k) => sum + gzipKb(manifest[k].file), 0);
  if (initialGzipKb > budget.INITIAL_GZIP_KB)
    problems.push(
      `start-up JavaScript is ${initialGzipKb.toFixed(1)} kB gzip, over the budget of ${budget.INITIAL_GZIP_KB} kB`,
    );
  let largestLazy: BundleReport['largestLazy'] = null;
  for (const key of Object.keys(manifest).filter((k) => js(k) && !initial.has(k))) {
    const size = gzipKb(manifest[key].file);
    if (!largestLazy || size > largestLazy.gzipKb) largestLazy = { file: manifest[key].file, gzipKb: size };
    if (size > budget.LAZY_CHUNK_GZIP_KB)
      problems.push(
        `on-demand chunk ${manifest[key].file} is ${size.toFixed(1)} kB gzip, over ${budget.LAZY_CHUNK_GZIP_KB} kB`,
      );
  }
  for (const module of LAZY_MODULES) {
    if (!manifest[module]?.isDynamicEntry) problems.push(`${module} is no longer loaded on demand`);
    else if (initial.has(module)) problems.push(`${module} is loaded at start-up`);
  }
  const totalJsKb = jsFiles.reduce((sum, f) => sum + f.kb, 0);
  if (totalJsKb > budget.TOTAL_JS_KB)
    problems.push(
      `all JavaScript is ${totalJsKb.toFixed(0)} kB, over the budget of ${budget.TOTAL_JS_KB} kB`,
    );
  return { initialGzipKb, largestLazy, totalJsKb, problems };
}

function main() {
  const dir = process.argv[2] ?? 'dist';
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    console.error(`no ${join(dir, '.vite', 'manifest.json')}: run \`npm run build\` first`);
    process.exit(1);
  }
  const gzipKb = (file: string) => gzipSync(readFileSync(join(dir, file))).byteLength / 1000;
  const assets = join(dir, 'assets');
  // Each built JS file read once: its size for the budget, its text for the schema-free check.
  const jsFiles = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(join(assets, f));
      return { file: `assets/${f}`, kb: bytes.byteLength / 1000, text: bytes.toString('utf8') };
    });
  const r = checkBundle(manifest, gzipKb, jsFiles);
  r.problems.push(...schemaFreeProblems(jsFiles));
  console.log(
    `start-up JS ${r.initialGzipKb.toFixed(1)} / ${BUDGET.INITIAL_GZIP_KB} kB gzip; ` +
      `largest on-demand chunk ${r.largestLazy ? `${r.largestLazy.file} ${r.largestLazy.gzipKb.toFixed(1)}` : '-'} / ${BUDGET.LAZY_CHUNK_GZIP_KB} kB gzip; ` +
      `all JS ${r.totalJsKb.toFixed(0)} / ${BUDGET.TOTAL_JS_KB} kB`,
  );
  for (const p of r.problems) console.error(`bundle budget: ${p}`);
  if (r.problems.length) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
