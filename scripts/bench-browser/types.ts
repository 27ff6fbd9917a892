/** What every section of `npm run bench:browser` receives and returns (scripts/bench-browser.ts runs them in turn). */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/** One printed line of the benchmark: a measured figure, with its unit and an optional note (median of n, PASS/FAIL). */
export interface Row {
  section: string;
  metric: string;
  value: number | string;
  unit?: string;
  note?: string;
}

/** A fresh browser context with one page on the app, and a CDP session to that page. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Closes the context (and with it the page). */
  close: () => Promise<void>;
}

export interface BenchContext {
  browser: Browser;
  /** The preview server's origin, e.g. http://127.0.0.1:4173 (no trailing slash). */
  baseUrl: string;
  /** How many fresh contexts a timing is the median of (`--runs N`, default 3). */
  runs: number;
  /** A fresh context and page (1280×800), with the network domain enabled on its CDP session; not navigated yet. */
  newPage: () => Promise<OpenedPage>;
  /** Navigates `page` to the app and waits until the first view is ready (datasets settled, map idle). */
  openApp: (page: Page, path?: string) => Promise<void>;
  /** Waits until the map has finished drawing whatever the last action started. */
  waitForMapIdle: (page: Page) => Promise<void>;
}

/** A section of the benchmark: runs its measurements and returns the rows to print. */
export type Section = (ctx: BenchContext) => Promise<Row[]>;

export const median = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** A row of the sections that also run on their own (rescore, fine surface): the figure is named `measure`. */
export interface MeasureRow {
  section: string;
  measure: string;
  value: number | string;
  unit: string;
  note?: string;
}

/** What those sections need of the context: a browser and the preview server's origin. */
export type BrowserAndServer = Pick<BenchContext, 'browser' | 'baseUrl'>;

/**
 * Waits until `selector` matches, looking every 25 ms: Playwright's waitForSelector backs off to a look every second
 * after a while, which put the first view's "map idle" up to 1 s after the map was idle.
 */
export async function waitForMatch(page: Page, selector: string, timeout = 120_000): Promise<void> {
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector, { polling: 25, timeout });
}
