/**
 * Browser bench: live rescoring while dragging a weight, against a bare weighted-sum-and-colour loop over the same
 * cells run in the same page. Opens the production build, waits for the first surface, then:
 * - first rescore: the first drag step's `gridscout:rescore` measure (input → texture updated) after load;
 * - drag: ~60 settled slider steps (each waits for its redraw), median and p90 of their measures;
 * - bare loop: weighted sum of N byte layers (N = the weighted criteria) over the same cells, through a 256-colour
 *   LUT into an RGBA Uint8Array, in the page (bench code, not app code): one run after each drag step, then 30 more;
 *   the median of all;
 * - the ratio drag median / bare loop.
 * Standalone: `npx vite build && npx tsx scripts/bench-browser/rescore.ts` (serves dist/ itself).
 */
import type { BrowserAndServer, MeasureRow } from './types.ts';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

type BenchContext = BrowserAndServer;
type Row = MeasureRow;

const SECTION = 'rescore';
const SLIDER = 'Power price';
const STEPS = 60;

interface Measure {
  duration: number;
  detail: Record<string, number>;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const rescores = (page: Page) =>
  page.evaluate(() =>
    Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-rescores') ?? 0),
  );

const measures = (page: Page): Promise<Measure[]> =>
  page.evaluate(() =>
    performance.getEntriesByName('gridscout:rescore', 'measure').map((m) => ({
      duration: m.duration,
      detail: (m as PerformanceMeasure).detail as Record<string, number>,
    })),
  );

const waitForRescore = (page: Page, after: number) =>
  page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-rescores') ?? 0) > n,
    after,
    { timeout: 60_000 },
  );

/**
 * The bare loop, as a string run in the page: N byte layers of `cells` values (seeded LCG), weights summing to 1,
 * Σ w_k · layer_k[i] rounded through a 256-entry RGBA LUT into a Uint32 view of an RGBA Uint8Array. Installs
 * `window.__gridscoutBareLoop()`, which runs it once and returns its ms; warmed up 5 times. Bench code, not app code.
 */
const BARE_LOOP = `(({ cells, layers }) => {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  const data = [];
  for (let k = 0; k < layers; k++) {
    const a = new Uint8Array(cells);
    for (let i = 0; i < cells; i++) a[i] = next() % 101;
    data.push(a);
  }
  const w = new Float64Array(layers).fill(1 / layers);
  const lut = new Uint32Array(256);
  for (let c = 0; c < 256; c++) lut[c] = (0xff << 24) | (c << 16) | ((255 - c) << 8) | c;
  const rgba = new Uint8Array(cells * 4);
  const out = new Uint32Array(rgba.buffer);
  const sum = new Float64Array(cells);
  const once = () => {
    const t0 = performance.now();
    sum.fill(0);
    for (let k = 0; k < layers; k++) {
      const a = data[k];
      const wk = w[k];
      for (let i = 0; i < cells; i++) sum[i] += wk * a[i];
    }
    for (let i = 0; i < cells; i++) out[i] = lut[(sum[i] + 0.5) | 0];
    return performance.now() - t0;
  };
  for (let r = 0; r < 5; r++) once();
  window.__gridscoutBareLoop = once;
})`;

export async function run(ctx: BenchContext): Promise<Row[]> {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${ctx.baseUrl}/?v=1&view=-40,38,2.2&layers=suitability`);
    await waitForRescore(page, 0);
    const first = (await measures(page))[0];
    await page.getByRole('tab', { name: 'Score' }).click();
    const slider = page.getByRole('slider', { name: SLIDER, exact: true });
    const box = await slider.boundingBox();
    if (!box) throw new Error(`slider ${SLIDER} not visible`);
    // Let the page go idle after load, as a user reading the map would, before the first drag.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    // The bare loop over the same cells and as many layers as weighted criteria (from the first surface's measure).
    await page.evaluate(
      `${BARE_LOOP}(${JSON.stringify({ cells: first.detail.cells, layers: first.detail.criteria })})`,
    );
    const bareLoop = () => page.evaluate('window.__gridscoutBareLoop()') as Promise<number>;
    const bareTimes: number[] = [];
    const before = (await measures(page)).length;
    const y = box.y + box.height / 2;
    const from = Number(await slider.inputValue()) / 100;
    await page.mouse.move(box.x + box.width * from, y);
    await page.mouse.down();
    for (let i = 1; i <= STEPS; i++) {
      const count = await rescores(page);
      const value = await slider.inputValue();
      // Back and forth over the track's middle half: every step changes the weight.
      const f = 0.25 + 0.5 * Math.abs(((i / 20) % 2) - 1);
      await page.mouse.move(box.x + box.width * f, y);
      if ((await slider.inputValue()) !== value) await waitForRescore(page, count);
      // Interleaved with the drag, so both see the same load on the machine.
      bareTimes.push(await bareLoop());
    }
    await page.mouse.up();
    for (let r = 0; r < 30; r++) bareTimes.push(await bareLoop());
    const drag = (await measures(page)).slice(before);
    if (drag.length < 10) throw new Error(`only ${drag.length} rescores while dragging`);
    const cells = drag[0].detail.cells;
    const layers = drag[0].detail.criteria;
    const bare = { median: quantile(bareTimes, 0.5) };
    const steady = drag.slice(1).map((m) => m.duration);
    const median = quantile(steady, 0.5);
    const stat = (key: string) =>
      quantile(
        drag.slice(1).map((m) => m.detail[key] ?? 0),
        0.5,
      );
    const note = `${cells} cells, ${layers} weighted criteria, ${drag.length} settled drag steps`;
    return [
      {
        section: SECTION,
        measure: 'first surface, asked → drawn',
        value: first.duration,
        unit: 'ms',
        note: 'asked once the grid and the lead times are in, while the map loads',
      },
      { section: SECTION, measure: 'first rescore (first drag step)', value: drag[0].duration, unit: 'ms' },
      {
        section: SECTION,
        measure: 'first rescore: worker score / draw / upload',
        value: [drag[0].detail.scoreMs, drag[0].detail.renderMs, drag[0].detail.uploadMs]
          .map((v) => (v ?? 0).toFixed(1))
          .join(' / '),
        unit: 'ms',
      },
      { section: SECTION, measure: 'drag median', value: median, unit: 'ms', note },
      { section: SECTION, measure: 'drag p90', value: quantile(steady, 0.9), unit: 'ms' },
      { section: SECTION, measure: 'of which worker config (median)', value: stat('resolveMs'), unit: 'ms' },
      { section: SECTION, measure: 'of which worker score (median)', value: stat('scoreMs'), unit: 'ms' },
      { section: SECTION, measure: 'of which worker draw (median)', value: stat('renderMs'), unit: 'ms' },
      { section: SECTION, measure: 'of which message to worker (median)', value: stat('sendMs'), unit: 'ms' },
      { section: SECTION, measure: 'of which reply to main (median)', value: stat('replyMs'), unit: 'ms' },
      { section: SECTION, measure: 'of which texture upload (median)', value: stat('uploadMs'), unit: 'ms' },
      {
        section: SECTION,
        measure: `bare loop (median of ${bareTimes.length})`,
        value: bare.median,
        unit: 'ms',
        note,
      },
      { section: SECTION, measure: 'drag median / bare loop', value: median / bare.median, unit: '×' },
    ];
  } finally {
    await context.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { preview } = await import('vite');
  const { launchChromium } = await import('../../tests/e2e/support/browser.ts');
  const server = await preview({
    preview: { port: 4300, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!baseUrl) throw new Error('preview server did not report a URL');
  const browser = await launchChromium();
  try {
    const rows = await run({ browser, baseUrl });
    for (const r of rows)
      console.log(
        `${r.measure.padEnd(34)} ${typeof r.value === 'number' ? r.value.toFixed(2) : r.value} ${r.unit}${r.note ? `  (${r.note})` : ''}`,
      );
  } finally {
    await browser.close();
    await server.close();
  }
}
