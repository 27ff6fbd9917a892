/**
 * Import hardening journeys: a 100,000-point file renders and the map settles; a 5 MB single line and hostile XML
 * end with a message without freezing the page (a long-task observer, not wall time) or breaking the CSP; an
 * unreadable saved import is explained, kept and offered for download; two files make two layers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { mulberry32 } from '../../src/domain/testing/syntheticGrid.ts';
import { IMPORT_BACKUP_KEY, IMPORT_STORAGE_KEY } from '../../src/features/import/importStorage.ts';
import { MAX_HEADER_CHARS, MAX_IMPORT_ROWS } from '../../src/features/import/importTypes.ts';
import { launchChromium } from './support/browser.ts';
import { openApp, type AppDriver } from './support/driver.ts';
import { ImportDriver } from './support/importDriver.ts';
import { ShortlistDriver } from './support/shortlistDriver.ts';

/** No main-thread task may run longer than this while a hostile file is read. */
const LONG_TASK_LIMIT_MS = 1000;

/** Writes a test file to the temp folder and returns its path. */
const TEMP = mkdtempSync(join(tmpdir(), 'gridscout-import-'));
function tempFile(name: string, text: string): string {
  const path = join(TEMP, name);
  writeFileSync(path, text);
  return path;
}

const pageErrors = (app: AppDriver) => app.consoleErrors.filter((e) => e.startsWith('pageerror'));

/** Starts recording main-thread long tasks (PerformanceObserver 'longtask') into window.__longTasks. */
async function watchLongTasks(app: AppDriver): Promise<void> {
  await app.page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __longTaskObserver?: PerformanceObserver };
    w.__longTasks = [];
    w.__longTaskObserver?.disconnect();
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    });
    w.__longTaskObserver.observe({ type: 'longtask' });
  });
}
const longestTask = (app: AppDriver) =>
  app.page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));

const BILLION_LAUGHS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE kml [',
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>',
  '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&lol9;</name><Point><coordinates>1,2</coordinates></Point></Placemark></kml>',
].join('\n');
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"><script>window.__xss=2</script><rect style="fill:red" width="9" height="9"/></svg>`;
const HTML = `<html><head><style>body{color:red}</style></head><body style="color:red"><img src=x onerror="window.__xss=3"><script>window.__xss=4</script></body></html>`;

describe('import hardening', () => {
  let browser: Browser;
  let app: AppDriver;
  let importer: ImportDriver;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser);
    await app.waitForMapIdle();
    importer = new ImportDriver(app);
    await new ShortlistDriver(app).open();
  });
  afterAll(async () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    await app.close();
    await browser?.close();
  });

  it('ends a 5 MB line with no line end with a message, without a long task on the main thread', async () => {
    await watchLongTasks(app);
    const line = 'a,'.repeat(2.5 * 1024 * 1024);
    // From a path: Playwright then hands the file over natively, not through a script in the page.
    const status = await importer.importFile({ name: 'one-line.csv', path: tempFile('one-line.csv', line) });
    expect(status).toContain(
      `The first line is ${line.length.toLocaleString('en-US')} characters long with no line end`,
    );
    expect(status).toContain(`at most ${MAX_HEADER_CHARS.toLocaleString('en-US')}`);
    expect(await longestTask(app)).toBeLessThan(LONG_TASK_LIMIT_MS);
    expect(await importer.layerNames()).toEqual([]);
  });

  it('refuses SVG as KML, HTML as text and a billion-laughs KML with clear messages and no CSP violation', async () => {
    await watchLongTasks(app);
    expect(await importer.importFile({ name: 'image.kml', text: SVG })).toContain(
      'The file is an SVG image, not KML or GPX.',
    );
    expect(await importer.importFile({ name: 'page.txt', text: HTML })).toContain(
      'The file is an HTML page, not CSV, GeoJSON, KML or GPX.',
    );
    expect(await importer.importFile({ name: 'laughs.kml', text: BILLION_LAUGHS })).toContain(
      'declares a DOCTYPE or XML entities',
    );
    expect(await longestTask(app)).toBeLessThan(LONG_TASK_LIMIT_MS);
    expect(await app.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(app.cspViolations).toEqual([]);
    expect(await importer.layerNames()).toEqual([]);
  });

  it('makes two files two layers that can be hidden, renamed and removed', async () => {
    expect(await importer.importFile({ name: 'first.csv', text: 'name,lat,lon\nOne,48.85,2.35\n' })).toMatch(
      /^Imported 1 site from first\.csv/,
    );
    expect(
      await importer.importFile({
        name: 'second.csv',
        text: 'name,lat,lon\nTwo,52.52,13.40\nThree,40.42,-3.70\n',
      }),
    ).toMatch(/^Imported 2 sites from second\.csv/);
    expect(await importer.layerNames()).toEqual(['first.csv', 'second.csv']);
    expect(await importer.siteNames('second.csv')).toEqual(['Two', 'Three']);
    const show = importer.panel.getByRole('checkbox', { name: /^Show first\.csv on the map/ });
    await show.uncheck();
    await app.waitForRedraw();
    expect(await show.isChecked()).toBe(false);
    await importer.panel.getByRole('button', { name: 'Rename second.csv', exact: true }).click();
    await importer.panel.getByRole('textbox', { name: 'New name for second.csv' }).fill('Capitals');
    await importer.panel.getByRole('button', { name: 'Save name' }).click();
    expect(await importer.layerNames()).toEqual(['first.csv', 'Capitals']);
    await importer.panel.getByRole('combobox', { name: 'Import the next file as' }).selectOption({
      label: 'a replacement for “first.csv”',
    });
    await importer.importFile({ name: 'third.csv', text: 'name,lat,lon\nFour,41.9,12.5\n' });
    expect(await importer.layerNames()).toEqual(['first.csv', 'Capitals']);
    expect(await importer.siteNames('first.csv')).toEqual(['Four']);
    await importer.removeAllLayers();
  });

  it('keeps no ended import worker in memory, however many files are imported', async () => {
    const cdp = await app.page.context().newCDPSession(app.page);
    /** Worker objects left in the page's heap after a full garbage collection. */
    const workersInHeap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const proto = await cdp.send('Runtime.evaluate', { expression: 'Worker.prototype' });
      const { objects } = await cdp.send('Runtime.queryObjects', {
        prototypeObjectId: proto.result.objectId!,
      });
      const length = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId!,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      return length.result.value as number;
    };
    const importAndRemove = async (i: number) => {
      expect(
        await importer.importFile({ name: `again-${i}.csv`, text: 'name,lat,lon\nOne,48.85,2.35\n' }),
      ).toMatch(/^Imported 1 site/);
      await importer.removeAllLayers();
    };
    for (let i = 0; i < 2; i++) await importAndRemove(i);
    const afterTwo = await workersInHeap();
    for (let i = 2; i < 6; i++) await importAndRemove(i);
    expect(await workersInHeap()).toBe(afterTwo);
    await cdp.detach();
  });

  it(`renders ${MAX_IMPORT_ROWS.toLocaleString('en-US')} points from a larger CSV, says how many were kept, and the map settles`, async () => {
    const random = mulberry32(20261201);
    const total = MAX_IMPORT_ROWS + 20_000;
    const lines = ['name,latitude,longitude'];
    for (let i = 0; i < total; i++)
      lines.push(`P${i},${(random() * 120 - 55).toFixed(5)},${(random() * 340 - 170).toFixed(5)}`);
    // Every progress line shown while it reads (the stages come from the import worker).
    await app.page.evaluate(() => {
      const w = window as unknown as { __progress: string[] };
      w.__progress = [];
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
        if (text && w.__progress.at(-1) !== text) w.__progress.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const status = await importer.importFile({
      name: 'big.csv',
      path: tempFile('big.csv', lines.join('\n')),
    });
    expect(
      await app.page.evaluate(() => (window as unknown as { __progress: string[] }).__progress),
    ).toContain('Reading big.csv: reading rows…');
    expect(status).toMatch(new RegExp(`^Imported ${MAX_IMPORT_ROWS} sites from big\\.csv`));
    expect(status).toContain(
      `Only the first ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows of about ${total.toLocaleString('en-US')} were read`,
    );
    await app.waitForRedraw(120_000);
    expect(pageErrors(app)).toEqual([]);
    await importer.removeAllLayers();
  });
});

describe('an unreadable saved import', () => {
  const BROKEN = '{"version":2,"layers":[{"id":"x","sites":"cut off';
  let browser: Browser;
  let context: BrowserContext;
  let app: AppDriver;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('broken-written')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('broken-written', '1');
        }
      },
      [IMPORT_STORAGE_KEY, BROKEN] as const,
    );
    app = await openApp(browser, { context });
    await app.waitForMapIdle();
  });
  afterAll(async () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    await app.close();
    await browser?.close();
  });

  const stored = (key: string) => app.page.evaluate((k) => localStorage.getItem(k), key);

  it('is explained in a notice, kept as a backup, offered for download and not overwritten by the next import', async () => {
    const importer = new ImportDriver(app);
    await new ShortlistDriver(app).open();
    const notice = app.page
      .getByRole('alert')
      .filter({ hasText: 'Your saved imported sites could not be read' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('not valid JSON');
    expect(await stored(IMPORT_BACKUP_KEY)).toBe(BROKEN);

    const download = app.page.waitForEvent('download');
    await importer.panel.getByRole('button', { name: 'Download the unreadable saved import' }).click();
    const file = await download;
    const path = await file.path();
    expect(readFileSync(path, 'utf8')).toBe(BROKEN);

    expect(await importer.importFile({ name: 'next.csv', text: 'name,lat,lon\nNext,48.85,2.35\n' })).toMatch(
      /^Imported 1 site from next\.csv/,
    );
    expect(await stored(IMPORT_BACKUP_KEY)).toBe(BROKEN);
    expect(await stored(IMPORT_STORAGE_KEY)).toContain('next.csv');

    await app.page.reload();
    await app.waitForMapIdle();
    await new ShortlistDriver(app).open();
    expect(await importer.layerNames()).toEqual(['next.csv']);
    await importer.panel.getByRole('button', { name: 'Download the unreadable saved import' }).waitFor();
  });
});
