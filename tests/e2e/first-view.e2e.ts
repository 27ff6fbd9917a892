/**
 * The first view: precompressed files on the wire, plants only on demand, the loading progress while files arrive,
 * a failed file named with a Retry that recovers, and one first surface scored with the lead times in. One app,
 * opened once, with data files held or failed by routes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { closeApps } from './support/session.ts';
import { openApp, type AppDriver } from './support/driver.ts';

const HELD = '**/data/regions/admin1.geojson';
/** Held with HELD: the queue lead times arrive only after the grid and the map are ready. */
const HELD_QUEUES = '**/data/queues.json';
const FAILING = '**/data/mining_sites.json';

describe('first view', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: AppDriver;
  let release: () => void = () => {};
  const encodings = new Map<string, string>();
  const requested: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const held = new Promise<void>((r) => (release = r));
    for (const pattern of [HELD, HELD_QUEUES])
      await context.route(pattern, async (route: Route) => {
        await held;
        await route.continue();
      });
    await context.route(FAILING, (route) => route.fulfill({ status: 503, body: 'held back by the test' }));
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    context.on('response', async (r) => {
      encodings.set(new URL(r.url()).pathname, (await r.allHeaders())['content-encoding'] ?? 'identity');
    });
    app = await openApp(browser, { context });
  });
  afterAll(async () => {
    release();
    // The failure this file provoked on purpose, as Chromium logs it.
    const provoked = (e: string) => e.includes('status of 503');
    app?.consoleErrors.splice(0, app.consoleErrors.length, ...app.consoleErrors.filter((e) => !provoked(e)));
    await closeApps(app ? [app] : [], browser);
  });

  it('shows what is still loading, by name, until the first view is ready, then goes away', async () => {
    const progress = app.page.getByRole('status', { name: 'Loading' });
    await progress.getByRole('listitem').filter({ hasText: 'Basemap: states and provinces' }).waitFor();
    expect(await progress.getByRole('progressbar', { name: 'First view loaded' }).count()).toBe(1);
    // The grid and the map are in while the lead times are held; the pause gives a scorer that did not wait for
    // them time to draw a first surface without them (the next test counts the surfaces scored).
    await expect
      .poll(() => progress.getByRole('listitem').allTextContents(), { timeout: 120_000 })
      .toSatisfy((items: string[]) => !items.some((t) => t.startsWith('Analysis grid') || t === 'Map'));
    await app.page.waitForTimeout(1500);
    release();
    await app.page.waitForSelector('body[data-first-view="ready"]', { timeout: 120_000 });
    expect(await progress.count()).toBe(0);
    expect(await app.measures('gridscout:first-view')).toHaveLength(1);
  });

  it('scores the first surface once, with the queue lead times already in', async () => {
    await app.page.waitForSelector('[data-testid="map"][data-rescores]', { timeout: 120_000 });
    await app.waitForMapIdle();
    expect(await app.page.getByTestId('map').getAttribute('data-rescores')).toBe('1');
    expect(requested).toContain('/data/queues.json');
    expect(await app.measures('gridscout:rescore')).toHaveLength(1);
  });

  it('names a file that failed and loads it again on Retry', async () => {
    const alert = app.page.getByRole('alert').filter({ hasText: 'Some data could not be loaded' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Mining sites');
    expect(text).toContain('mining_sites.json');
    await context.unroute(FAILING);
    const answer = app.page.waitForResponse((r) => r.url().endsWith('/data/mining_sites.json'));
    await alert.getByRole('button', { name: 'Retry Mining sites' }).click();
    expect((await answer).status()).toBe(200);
    await alert.waitFor({ state: 'detached' });
    await app.waitForRedraw();
  });

  it('receives the main script and the grid precompressed', async () => {
    const mainChunk = [...encodings.keys()].find((p) => /^\/assets\/index-[^/]+\.js$/.test(p));
    expect(mainChunk).toBeDefined();
    expect(['br', 'gzip']).toContain(encodings.get(mainChunk!));
    expect(['br', 'gzip']).toContain(encodings.get('/data/grid/cells.packed.bin'));
    expect(['br', 'gzip']).toContain(encodings.get('/data/regions/countries.geojson'));
  });

  it('downloads each grid file once: the page preloads them and the grid store takes the preloaded answers', async () => {
    const manifest = JSON.parse(readFileSync('data/grid/manifest.json', 'utf8')) as {
      cellsFile: string;
      layers: { file: string }[];
    };
    const files = [
      'manifest.json',
      ...[manifest.cellsFile, ...manifest.layers.map((l) => l.file)].map((f) =>
        f.replace(/\.bin$/, '.packed.bin'),
      ),
    ];
    const preloads = await app.page
      .locator('link[rel="preload"][as="fetch"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloads).toEqual(files.map((f) => `/data/grid/${f}`));
    const counts = files.map((f) => requested.filter((p) => p === `/data/grid/${f}`).length);
    expect(counts).toEqual(files.map(() => 1));
  });

  it('loads the power plants only once their overlay is turned on', async () => {
    expect(requested).not.toContain('/data/plants.json');
    const plants = app.page.waitForResponse((r) => r.url().endsWith('/data/plants.json'));
    await app.page.getByRole('checkbox', { name: 'Power plants', exact: true }).setChecked(true);
    expect((await plants).status()).toBe(200);
    await app.waitForRedraw();
  });
});
