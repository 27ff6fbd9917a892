/**
 * The production server's security headers: the Content-Security-Policy travels as an HTTP header on every
 * response (page, scripts, workers, data), with frame-ancestors 'none', and framing the app is refused.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, type AppDriver } from './support/driver.ts';

describe('security headers of the production server', () => {
  let browser: Browser;
  let app: AppDriver;
  const baseUrl = inject('baseUrl');
  const headerPolicy = (headers: Record<string, string>) =>
    (headers['content-security-policy'] ?? '').split(';').map((d) => d.trim());

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser);
    await app.waitForMapIdle();
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('sends the policy with frame-ancestors on the page, every script and worker it loaded, and the data', async () => {
    const urls = await app.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => /\.(js|json|bin|geojson)(\?|$)/.test(u)),
    );
    const scripts = urls.filter((u) => u.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    expect(urls.some((u) => u.includes('/data/'))).toBe(true);
    for (const url of [`${baseUrl}/`, ...urls]) {
      const response = await app.page.request.get(url);
      const policy = headerPolicy(response.headers());
      expect(policy, url).toContain("frame-ancestors 'none'");
      expect(policy, url).toContain("script-src 'self'");
      expect(policy.join(';'), url).not.toContain('unsafe-eval');
      expect(response.headers()['x-frame-options'], url).toBe('DENY');
    }
  });

  it('refuses to be framed by another page', async () => {
    const page = await app.page.context().newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('frame-ancestors')) blocked.push(m.text());
    });
    await page.setContent(`<iframe title="framed" src="${baseUrl}/"></iframe>`);
    await expect.poll(() => blocked.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(await framed?.locator('#root').count()).toBe(0);
    await page.close();
  });

  it('runs the app with zero policy violations and a meta policy for header-less hosts', async () => {
    const meta = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    expect(app.cspViolations).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
