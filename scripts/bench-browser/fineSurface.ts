/**
 * Browser bench of the fine surface (issue 15 part 3): opens the production build at three views and reports the
 * `gridscout:fine-surface` User Timing measure (map settled → fine image drawn) with the worker's split
 * (evaluating the samples, scoring and colouring them). Part of `npm run bench:browser`; run alone with
 * `npx vite build && npx tsx scripts/bench-browser/fineSurface.ts` (starts `vite preview` on a free port); with
 * `--screenshot docs/fine-surface.png` it writes the README screenshot instead.
 */
import type { BrowserAndServer, MeasureRow } from './types.ts';

type BenchContext = BrowserAndServer;
type Row = MeasureRow;

const VIEWS = [
  { name: 'Texas (Abilene)', lon: -99.73, lat: 32.45, zoom: 8 },
  { name: 'the Nordics (Luleå)', lon: 22.15, lat: 65.58, zoom: 7 },
  { name: 'Northern Virginia (Ashburn)', lon: -77.49, lat: 39.04, zoom: 9 },
] as const;

interface Measure {
  start: number;
  duration: number;
  detail: {
    evaluateMs: number;
    scoreMs: number;
    samples: number;
    step: number;
    settleMs: number;
    replyMs: number;
    /** Of the reply: before the worker started (an earlier request, the message), and the result waiting for this thread. */
    waitMs: number;
    backMs: number;
    mapMs: number;
  };
}

export async function run(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    for (const v of VIEWS) {
      await page.goto(`${ctx.baseUrl}/?v=1&view=${v.lon},${v.lat},${v.zoom}&layers=suitability`);
      await page.waitForSelector('[data-testid="map"][data-fine-draws="1"]', { timeout: 180_000 });
      // Then a pan by a quarter of the map: the samples still in view are reused, the new ones evaluated.
      const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.waitForSelector('[data-testid="map"][data-fine-draws="2"]', { timeout: 180_000 });
      // Then one zoom step in: a new view with the datasets loaded and the worker warm (a quick pass first).
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForSelector('[data-testid="map"][data-fine-draws="3"]', { timeout: 180_000 });
      const [cold, pan, zoomed] = await page.evaluate(() =>
        performance.getEntriesByName('gridscout:fine-surface', 'measure').map((e) => ({
          start: e.startTime,
          duration: e.duration,
          detail: (e as PerformanceMeasure).detail as Measure['detail'],
        })),
      );
      const previews = await page.evaluate(() =>
        performance.getEntriesByName('gridscout:fine-surface-preview', 'measure').map((e) => ({
          start: e.startTime,
          duration: e.duration,
          step: ((e as PerformanceMeasure).detail as { step: number }).step,
        })),
      );
      // A quick pass belongs to the view whose full draw it preceded (same start: map settled).
      const previewOf = (m: { start: number } | undefined) => previews.find((p) => p.start === m?.start);
      const coldPreview = previewOf(cold);
      const panPreview = previewOf(pan);
      const zoomPreview = previewOf(zoomed);
      const note = `zoom ${v.zoom}, 1440×900, ${cold!.detail.samples} samples at ${cold!.detail.step}°`;
      const row = (measure: string, value: number, n?: string): Row => ({
        section: 'Fine surface',
        measure: `${v.name}: ${measure}`,
        value: Math.round(value),
        unit: 'ms',
        ...(n ? { note: n } : {}),
      });
      rows.push(
        row(
          'first view, settled → drawn',
          cold!.duration,
          `${note}; includes starting the worker and loading the point datasets`,
        ),
        ...(coldPreview
          ? [row('first view, quick pass drawn', coldPreview.duration, `at ${coldPreview.step}°`)]
          : []),
        row(
          'first view, navigation → drawn',
          cold!.start + cold!.duration,
          [
            ...(coldPreview
              ? [`quick pass at ${Math.round(coldPreview.start + coldPreview.duration)} ms`]
              : []),
            v === VIEWS[0] ? 'nothing cached' : 'the browser cache holds the previous views’ files',
          ].join('; '),
        ),
        row('first view, evaluate samples', cold!.detail.evaluateMs),
        row('first view, score + colour', cold!.detail.scoreMs),
        row(
          'after a pan, settled → drawn',
          pan!.duration,
          'a quarter of the view evaluated, the rest reused',
        ),
        ...(panPreview
          ? [row('after a pan, quick pass drawn', panPreview.duration, `at ${panPreview.step}°`)]
          : []),
        row('after a pan, evaluate samples', pan!.detail.evaluateMs),
        ...(zoomPreview
          ? [row('one zoom step in, quick pass drawn', zoomPreview.duration, `at ${zoomPreview.step}°`)]
          : []),
        row(
          'one zoom step in, settled → drawn',
          zoomed!.duration,
          `${zoomed!.detail.samples} samples at ${zoomed!.detail.step}°, datasets loaded`,
        ),
        row('one zoom step in, evaluate samples', zoomed!.detail.evaluateMs),
        {
          section: 'Fine surface',
          measure: `${v.name}: after a pan, settle wait / worker reply / map draws it`,
          value: [pan!.detail.settleMs, pan!.detail.replyMs, pan!.detail.mapMs]
            .map((x) => Math.round(x))
            .join(' / '),
          unit: 'ms',
          note: 'reply: evaluate, score, colour and the messages; map: image handed over → the frame that draws it',
        },
        {
          section: 'Fine surface',
          measure: `${v.name}: one zoom step in, worker wait / result waits for the page`,
          value: [zoomed!.detail.waitMs, zoomed!.detail.backMs].map((x) => Math.round(x)).join(' / '),
          unit: 'ms',
          note: 'wait: the quick pass computing before it; back: the page drawing frames while the result is ready',
        },
      );
    }
  } finally {
    await page.close();
  }
  return rows;
}

/** The README screenshot: the fine surface at county zoom over Loudoun County, Virginia (1440 px wide). */
async function screenshot(ctx: BenchContext, out: string) {
  const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(`${ctx.baseUrl}/?v=1&view=-77.55,39.05,9.5&layers=suitability,transmission`);
    await page.waitForSelector('[data-testid="map"][data-fine-surface="drawn"]', { timeout: 120_000 });
    await page.waitForSelector('[data-testid="map"][data-idle="true"]');
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
  } finally {
    await page.close();
  }
}

async function main() {
  const { preview } = await import('vite');
  const { launchChromium } = await import('../../tests/e2e/support/browser.ts');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const baseUrl = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    const shot = process.argv.indexOf('--screenshot');
    if (shot > 0)
      return await screenshot({ browser, baseUrl }, process.argv[shot + 1] ?? 'docs/fine-surface.png');
    for (const r of await run({ browser, baseUrl }))
      console.log(
        `${r.measure.padEnd(48)} ${String(r.value).padStart(7)} ${r.unit}${r.note ? `  (${r.note})` : ''}`,
      );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
