/**
 * Memory: JS heap (CDP Runtime.getHeapUsage, after a forced garbage collection) after the first view, after a soak of
 * 300 weight changes (arrow keys on the first weight slider of the Score tab), and after importing the same CSV of
 * candidate sites five times. Each is compared with a stated budget and printed PASS/FAIL (benchmark output, never a
 * test assertion).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { BenchContext, Row } from './types.ts';

/**
 * Budgets: 1.3× the heap measured on the 2-core reference machine (headless Chromium, production build,
 * 2026-12-01; README, "Performance"), rounded up to the next MB: after the first view 19.1 MB, after the soak
 * 20.9 MB, after five imports 49.9 MB (the first import loads the point datasets: plants, substations, population
 * points). Each import of the same file adds a layer of 500 sites, so some growth across imports is data: measured
 * 6–9 % from the first to the fifth, budget 1.3× that.
 */
export const HEAP_BUDGET_MB = { afterLoad: 25, afterSoak: 28, afterImports: 65 } as const;
export const IMPORT_GROWTH_BUDGET = 0.12;

const WEIGHT_CHANGES = 300;
const IMPORTS = 5;

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** A seeded CSV of 500 candidate sites on land-ish latitudes (mulberry32, seed 7). */
function candidateCsv(): string {
  let a = 7;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rows = Array.from(
    { length: 500 },
    (_, i) => `Site ${i},${(random() * 50 + 10).toFixed(4)},${(random() * 100 - 100).toFixed(4)}`,
  );
  return ['name,latitude,longitude', ...rows].join('\n');
}

async function soak(page: Page, ctx: BenchContext): Promise<void> {
  await page.getByRole('tab', { name: 'Score' }).click();
  const slider = page.getByRole('tabpanel').getByRole('slider').first();
  await slider.focus();
  for (let i = 0; i < WEIGHT_CHANGES; i++) await slider.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
  await ctx.waitForMapIdle(page);
}

async function importOnce(page: Page, csv: string): Promise<void> {
  const panel = page.getByRole('tabpanel');
  const before = await panel.locator('.import-outcome [role="status"]').count();
  await panel.getByLabel('Candidate sites file').setInputFiles({
    name: 'bench-sites.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.waitForFunction(
    (n) => document.querySelectorAll('.import-outcome [role="status"]').length >= Math.max(1, n),
    before,
    { timeout: 120_000 },
  );
}

const verdict = (mb: number, budget: number) => `${mb <= budget ? 'PASS' : 'FAIL'} (budget ${budget} MB)`;

export async function run(ctx: BenchContext): Promise<Row[]> {
  const section = 'heap';
  const { page, cdp, close } = await ctx.newPage();
  await ctx.openApp(page);
  const afterLoad = await heapMb(cdp);
  await soak(page, ctx);
  const afterSoak = await heapMb(cdp);
  await page.getByRole('tab', { name: 'Shortlist' }).click();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Import candidate sites' }).waitFor();
  const csv = candidateCsv();
  const afterEach: number[] = [];
  for (let i = 0; i < IMPORTS; i++) {
    await importOnce(page, csv);
    await ctx.waitForMapIdle(page);
    afterEach.push(await heapMb(cdp));
  }
  await close();
  const afterImports = afterEach.at(-1)!;
  const growth = (afterImports - afterEach[0]!) / afterEach[0]!;
  const mb = (v: number) => Math.round(v * 10) / 10;
  return [
    {
      section,
      metric: 'after first view',
      value: mb(afterLoad),
      unit: 'MB',
      note: verdict(afterLoad, HEAP_BUDGET_MB.afterLoad),
    },
    {
      section,
      metric: `after ${WEIGHT_CHANGES} weight changes`,
      value: mb(afterSoak),
      unit: 'MB',
      note: verdict(afterSoak, HEAP_BUDGET_MB.afterSoak),
    },
    {
      section,
      metric: `after ${IMPORTS} imports of the same CSV`,
      value: mb(afterImports),
      unit: 'MB',
      note: verdict(afterImports, HEAP_BUDGET_MB.afterImports),
    },
    {
      section,
      metric: `growth import 1 → ${IMPORTS}`,
      value: Math.round(growth * 1000) / 10,
      unit: '%',
      note: `${growth <= IMPORT_GROWTH_BUDGET ? 'PASS' : 'FAIL'} (budget ${Math.round(IMPORT_GROWTH_BUDGET * 100)} %); per import: ${afterEach.map(mb).join(', ')} MB`,
    },
  ];
}
