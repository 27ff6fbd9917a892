import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, type AppDriver } from './support/driver.ts';
import { basemapColors } from '../../src/features/map/layers/basemap.ts';

describe('load the map', () => {
  let browser: Browser;
  let app: AppDriver;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser);
    await app.waitForMapIdle();
  });
  afterAll(async () => {
    await app?.screenshot('load-map');
    await app?.close();
    await browser?.close();
  });

  it('draws ocean and land (covered by the tariff choropleth) from the app’s own files', async () => {
    const ocean = await app.shareOfColour(basemapColors.ocean);
    expect(ocean).toBeGreaterThan(0.2);
    expect(ocean).toBeLessThan(0.85);
  });

  it('reports no dataset that failed to load', async () => {
    expect(await app.page.getByRole('alert').count()).toBe(0);
  });

  it('has the panels with accessible names', async () => {
    await expect(app.page.getByRole('tab', { name: 'Layers' }).isVisible()).resolves.toBe(true);
    await expect(app.page.getByRole('complementary', { name: 'Gridscout panels' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(app.page.getByRole('main', { name: 'Map' }).isVisible()).resolves.toBe(true);
  });

  it('ships a strict Content-Security-Policy and breaks none of it', async () => {
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(app.cspViolations).toEqual([]);
  });

  it('logs no console errors and sends no request off the origin', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
