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

  /** Waits until the map has loaded its style and data and finished drawing. */
  async waitForMapIdle(timeout = 60_000): Promise<void> {
    await this.page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout });
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

export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<AppDriver> {
  const baseUrl = inject('baseUrl');
  const context =
    options.context ??
    (await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, acceptDownloads: true }));
  const page = await context.newPage();
  const app = new AppDriver(page, baseUrl);
  await page.goto(`${baseUrl}${options.path ?? '/'}`);
  return app;
}
