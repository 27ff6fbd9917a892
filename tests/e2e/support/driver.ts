/**
 * The app driver: browser tests talk to Gridscout through it, so they read like user journeys.
 * It records console errors, page errors, CSP violations and any request that leaves the origin.
 */
import { inject } from 'vitest';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface OpenOptions {
  path?: string;
  viewport?: { width: number; height: number };
  context?: BrowserContext;
}

export class AppDriver {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly cspViolations: string[] = [];

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const origin = new URL(baseUrl).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
      if (msg.text().includes('Content Security Policy')) this.cspViolations.push(msg.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) this.foreignRequests.push(url);
    });
  }

  /** Waits until the first view's datasets arrived and the map finished drawing them. */
  async waitForMapIdle(timeout = 60_000): Promise<void> {
    await this.page.waitForSelector('body[data-datasets="settled"]', { timeout });
    await this.waitForRedraw(timeout);
  }

  /** Waits for the map to finish whatever drawing the last action started. */
  async waitForRedraw(timeout = 60_000): Promise<void> {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await this.page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout });
  }

  /** How many rescore-and-redraws the suitability surface has completed. */
  async rescoreCount(): Promise<number> {
    return Number((await this.page.locator('[data-testid="map"]').getAttribute('data-rescores')) ?? 0);
  }

  /** Waits for the surface to be redrawn more than `after` times, then for the map to settle. */
  async waitForRescore(after = 0): Promise<void> {
    await this.page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-rescores') ?? 0) > n,
      after,
      { timeout: 60_000 },
    );
    await this.waitForRedraw();
  }

  /** User Timing measures the app recorded under a name. */
  async measures(name: string): Promise<{ duration: number; detail: Record<string, number> }[]> {
    return this.page.evaluate(
      (n) =>
        performance
          .getEntriesByName(n, 'measure')
          .map((m) => ({ duration: m.duration, detail: (m as PerformanceMeasure).detail })),
      name,
    );
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Drags a range slider (found by its accessible name) from one end toward the other in small steps. */
  async dragSlider(name: string, toFraction: number, steps = 20): Promise<void> {
    const slider = this.page.getByRole('slider', { name, exact: true });
    const box = await slider.boundingBox();
    if (!box) throw new Error(`slider ${name} not visible`);
    const from = Number(await slider.inputValue()) / Number((await slider.getAttribute('max')) ?? 100);
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * from, y);
    await this.page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(box.x + box.width * (from + ((toFraction - from) * i) / steps), y);
      await this.page.waitForTimeout(30);
    }
    await this.page.mouse.up();
  }

  get mapCanvas() {
    return this.page.locator('[data-testid="map"] canvas');
  }

  /** Moves the pointer to a point on the map given as fractions of its width and height. */
  async hoverMap(fx = 0.5, fy = 0.5): Promise<void> {
    const box = await this.mapCanvas.boundingBox();
    if (!box) throw new Error('map canvas not visible');
    await this.page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
  }

  async clickMap(fx = 0.5, fy = 0.5): Promise<void> {
    await this.hoverMap(fx, fy);
    await this.page.mouse.down();
    await this.page.mouse.up();
  }

  async setOverlay(label: string, on: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: label, exact: true }).setChecked(on);
    await this.waitForRedraw();
  }

  async searchFor(text: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: 'Search places, mining sites and regions' });
    await box.fill(text);
    await this.page.getByRole('option').first().waitFor();
    await box.press('Enter');
  }

  /** The map view as written to the URL: [lon, lat, zoom]. */
  async urlView(): Promise<number[] | null> {
    const view = new URL(this.page.url()).searchParams.get('view');
    return view ? view.split(',').map(Number) : null;
  }

  /** A fingerprint of the drawn map, to tell whether an action changed what is drawn. */
  async pixelDifference(before: PNG): Promise<number> {
    const after = await this.mapPixels();
    let changed = 0;
    for (let i = 0; i < after.data.length; i += 4) {
      if (
        Math.abs(after.data[i] - before.data[i]) +
          Math.abs(after.data[i + 1] - before.data[i + 1]) +
          Math.abs(after.data[i + 2] - before.data[i + 2]) >
        30
      )
        changed++;
    }
    return changed / (after.data.length / 4);
  }

  /** Decodes a screenshot of the map canvas. */
  async mapPixels(): Promise<PNG> {
    const buffer = await this.page.locator('[data-testid="map"] canvas').screenshot();
    return PNG.sync.read(buffer);
  }

  /** Share of canvas pixels within `tolerance` of an #rrggbb colour. */
  async shareOfColour(hex: string, tolerance = 6): Promise<number> {
    const png = await this.mapPixels();
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let hits = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (
        Math.abs(png.data[i] - r) <= tolerance &&
        Math.abs(png.data[i + 1] - g) <= tolerance &&
        Math.abs(png.data[i + 2] - b) <= tolerance
      )
        hits++;
    }
    return hits / (png.data.length / 4);
  }

  /** Share of canvas pixels that differ from an #rrggbb colour (e.g. anything but ocean). */
  async shareNotColour(hex: string, tolerance = 6): Promise<number> {
    return 1 - (await this.shareOfColour(hex, tolerance));
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/artifacts/${name}.png` });
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

/** Every app opened in this test file (tests/e2e/support/cspGuard.ts checks them all when the file ends). */
export const OPENED: AppDriver[] = [];

export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<AppDriver> {
  const baseUrl = inject('baseUrl');
  const context =
    options.context ??
    (await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      acceptDownloads: true,
    }));
  const page = await context.newPage();
  // Reports every securitypolicyviolation event as a console error before any app script runs, so the
  // driver records it (consoleErrors, cspViolations) even for a violation that a try/catch swallows.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const app = new AppDriver(page, baseUrl);
  OPENED.push(app);
  await page.goto(`${baseUrl}${options.path ?? '/'}`);
  return app;
}
