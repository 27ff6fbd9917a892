import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildShortlistExport } from '../../src/features/export/shortlistExport.ts';
import { initialConfig } from '../../src/features/scoring/scoringStore.ts';
import type { ShortlistEntry } from '../../src/shared/shortlistTypes.ts';
import { launchChromium } from './support/browser.ts';
import { openApp, type AppDriver } from './support/driver.ts';
import { ImportDriver } from './support/importDriver.ts';
import { ShortlistDriver } from './support/shortlistDriver.ts';

const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=2</script>';

const MIXED_CSV = [
  'Site name,Latitude,Longitude,Notes',
  `"${IMG}",30.65,-97.0,"${SCRIPT}"`,
  'Missing lon,31.0,,',
  'Not a number,abc,10,',
  'Too far north,95,10,',
  'Duplicate of row 2,30.65,-97.0,',
  `"${SCRIPT}",65.58,22.15,plain note`,
  'Denton,33.21,-97.13,',
].join('\r\n');

/** Entries as the app's own exporters write them (scores are not needed to read positions back). */
const exported = (format: 'geojson' | 'kml', names: string[]) => {
  const entries: ShortlistEntry[] = names.map((name, i) => ({
    id: `e${i}`,
    name,
    lat: 48 + i,
    lon: 2 + i,
    origin: 'point',
    note: `exported ${i}`,
    addedAt: '2026-01-01T00:00:00.000Z',
  }));
  return buildShortlistExport(format, entries, new Map(), initialConfig(), null, new Date()).text;
};

describe('import candidate sites', () => {
  let browser: Browser;
  let app: AppDriver;
  let importer: ImportDriver;
  let shortlist: ShortlistDriver;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser);
    await app.waitForMapIdle();
    await app.page.evaluate(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
    });
    importer = new ImportDriver(app);
    shortlist = new ShortlistDriver(app);
    await shortlist.open();
  });
  afterAll(async () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    await app.close();
    await browser?.close();
  });

  it('imports a mixed CSV: lists the bad rows, scores the good ones, renders names as text', async () => {
    expect(await importer.importFile({ name: 'candidates.csv', text: MIXED_CSV })).toMatch(
      /^Imported 3 sites from candidates\.csv\. 4 rows skipped/,
    );
    expect(await importer.rowErrors()).toEqual([
      'Row 3: missing coordinate (no longitude)',
      'Row 4: not a number (latitude “abc” is not a number)',
      'Row 5: out of range (latitude 95 is outside −90…90)',
      'Row 6: duplicate (same place as row 2)',
    ]);
    expect(await importer.siteNames()).toEqual([IMG, SCRIPT, 'Denton']);
    const scores = await importer.scores();
    expect(scores).toHaveLength(3);
    for (const s of scores) expect(s).toMatch(/^(Score \d+\.\d|Excluded|Incomplete)/);
    expect(scores.some((s) => /^Score \d/.test(s))).toBe(true);

    // Nothing from the file ran, and the payloads read exactly as typed.
    expect(await app.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const first = importer.panel.getByRole('article', { name: `Imported ${IMG}` });
    expect(await first.locator('.import-site-name').textContent()).toBe(IMG);
    expect(await first.locator('.import-note').textContent()).toBe(SCRIPT);
    expect(await importer.panel.locator('.import-site-list img, .import-site-list script').count()).toBe(0);
  });

  it('shows an imported site on the map with its name, and the strict CSP held', async () => {
    await importer.panel.getByRole('button', { name: 'Show Denton on the map' }).click();
    const details = app.page.getByRole('complementary', { name: 'Details' });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('Denton');
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await app.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await app.page.getByRole('button', { name: 'Close details' }).click();

    // The circle drawn at the map's centre opens the site by its name.
    await app.waitForRedraw();
    await app.clickMap(0.5, 0.5);
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('Denton');
    await app.page.getByRole('button', { name: 'Close details' }).click();
  });

  it('shortlists one and finds everything intact after a reload', async () => {
    await importer.addToShortlist(IMG);
    expect(await shortlist.names()).toEqual([IMG]);
    await app.page.reload();
    await app.waitForMapIdle();
    await shortlist.open();
    expect(await shortlist.names()).toEqual([IMG]);
    const entry = shortlist.panel.getByRole('article', { name: `Shortlisted ${IMG}` });
    expect(await entry.textContent()).toContain('Imported candidate');
    expect(await shortlist.note(IMG)).toBe(SCRIPT);
    expect(await importer.siteNames()).toEqual([IMG, SCRIPT, 'Denton']);
    expect(await importer.rowErrors()).toHaveLength(4);
    expect(await app.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('refuses an oversized, a UTF-16 and an empty file without touching what was saved', async () => {
    const big = join(tmpdir(), 'gridscout-too-big.csv');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect(await importer.importFile({ name: 'too-big.csv', path: big })).toMatch(
      /21\.0 MB; files over 20\.0 MB/,
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('lat,lon\n1,2\n', 'utf16le')]);
    expect(await importer.importFile({ name: 'utf16.csv', buffer: utf16 })).toMatch(/UTF-16/);
    expect(await importer.importFile({ name: 'empty.csv', text: '' })).toMatch(/The file is empty/);
    expect(await importer.siteNames()).toEqual([IMG, SCRIPT, 'Denton']);
    expect(await shortlist.names()).toEqual([IMG]);
  });

  it('imports the GeoJSON and KML the app itself exports', async () => {
    expect(
      await importer.importFile({ name: 'sites.geojson', text: exported('geojson', ['Paris A', 'B & C']) }),
    ).toMatch(/^Imported 2 sites from sites\.geojson\.$/);
    expect(await importer.siteNames('sites.geojson')).toEqual(['Paris A', 'B & C']);
    expect(
      await importer.importFile({
        name: 'sites.kml',
        text: exported('kml', ['K <one>', 'K two', 'K three']),
      }),
    ).toMatch(/^Imported 3 sites from sites\.kml\.$/);
    expect(await importer.siteNames('sites.kml')).toEqual(['K <one>', 'K two', 'K three']);
    expect((await importer.scores('sites.kml')).length).toBe(3);
    expect(await importer.layerNames()).toEqual(['candidates.csv', 'sites.geojson', 'sites.kml']);
  });
});
