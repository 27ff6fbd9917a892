/**
 * Browser benchmark (npm run bench:browser [-- --runs 3] [--only heap]): drives headless Chromium (playwright-core,
 * /usr/bin/chromium) over the production build in dist/ (built with `vite build` first if dist/ is missing; rebuild
 * it yourself after changing the app) served by Vite's preview server on a free port, and prints one table: first
 * view timings and bytes on the wire, then every other section in SECTIONS. Timings are benchmark output, never
 * test assertions.
 */
import { existsSync } from 'node:fs';
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { waitForMatch, type BenchContext, type Row, type Section } from './bench-browser/types.ts';
import { run as firstView } from './bench-browser/firstView.ts';
import { run as heap } from './bench-browser/heap.ts';
import { run as rescore } from './bench-browser/rescore.ts';
import { run as fineSurface } from './bench-browser/fineSurface.ts';

/** The rescore and fine-surface sections also run on their own (standalone entries) and name a row's figure `measure`. */
const asSection =
  (
    run: (
      ctx: BenchContext,
    ) => Promise<{ measure: string; section: string; value: number | string; unit: string; note?: string }[]>,
  ): Section =>
  async (ctx) =>
    (await run(ctx)).map(({ measure, ...row }) => ({ ...row, metric: measure }));

/** Sections in the order they run; each adds its own rows. Add a section with one line. */
const SECTIONS: { name: string; run: Section }[] = [
  { name: 'first view', run: firstView },
  { name: 'heap', run: heap },
  { name: 'rescore', run: asSection(rescore) },
  { name: 'fine surface', run: asSection(fineSurface) },
];

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
/** `--only NAME` (repeatable): run only the sections of those names, e.g. `--only heap`. */
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
const outDir = process.env.E2E_DIST || 'dist';

async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await waitForMatch(page, '[data-testid="map"][data-idle="true"]');
}

/** Figures as printed: whole numbers as they are, others to 1 decimal below 100 and whole above (13.800000000745058 reads 13.8). */
const formatValue = (value: Row['value']): string =>
  typeof value !== 'number' || Number.isInteger(value)
    ? String(value)
    : Math.abs(value) >= 100
      ? String(Math.round(value))
      : value.toFixed(1);

function print(rows: Row[]): void {
  const cells = rows.map((r) => [
    r.section,
    r.metric,
    `${formatValue(r.value)}${r.unit ? ` ${r.unit}` : ''}`,
    r.note ?? '',
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i]!.length)));
  for (const c of cells)
    console.log(
      `${c[0]!.padEnd(widths[0]!)}  ${c[1]!.padEnd(widths[1]!)}  ${c[2]!.padStart(widths[2]!)}  ${c[3]}`,
    );
}

if (!existsSync(`${outDir}/index.html`)) {
  console.log(`${outDir}/ is missing: building it (vite build).`);
  await build({ build: { outDir }, logLevel: 'warn' });
}
const server = await preview({
  build: { outDir },
  preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!baseUrl) throw new Error('preview server did not report a URL');
const browser = await launchChromium();
const ctx: BenchContext = {
  browser,
  baseUrl,
  runs,
  newPage: async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    return { context, page, cdp, close: () => context.close() };
  },
  openApp: async (page, path = '/') => {
    await page.goto(`${baseUrl}${path}`);
    await waitForMatch(page, 'body[data-datasets="settled"]');
    await waitForMapIdle(page);
  },
  waitForMapIdle,
};
console.log(`Gridscout browser benchmark: ${baseUrl} (${outDir}/), ${runs} runs where timed`);
const rows: Row[] = [];
try {
  for (const section of SECTIONS.filter((s) => only.length === 0 || only.includes(s.name))) {
    const sectionRows = await section.run(ctx);
    rows.push(...sectionRows);
  }
} finally {
  await browser.close();
  await server.close();
}
print(rows);
