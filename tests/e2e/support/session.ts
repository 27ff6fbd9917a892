/**
 * One browser per test file, and the apps it opened: each is checked for console errors and
 * off-origin requests when the file ends, then closed.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { openApp, type AppDriver } from './driver.ts';

/** Checks each opened app for console errors and off-origin requests, closes it, then closes the browser. */
export async function closeApps(opened: readonly AppDriver[], browser: Browser | undefined): Promise<void> {
  for (const app of opened) {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.close();
  }
  await browser?.close();
}

export function browserSession(options: { waitForSurface?: boolean } = {}) {
  let browser: Browser;
  const opened: AppDriver[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => closeApps(opened, browser));
  return {
    /** Opens the app at `path`, waits for the first view's data and, if asked, the first surface. */
    async open(path: string): Promise<AppDriver> {
      const app = await openApp(browser, { path });
      opened.push(app);
      await app.waitForMapIdle();
      if (options.waitForSurface) await app.waitForRescore(0);
      return app;
    },
  };
}
