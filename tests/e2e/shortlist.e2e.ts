import { closeApps } from './support/session.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, type AppDriver } from './support/driver.ts';
import { isolatedSite } from './support/data.ts';
import { ShortlistDriver } from './support/shortlistDriver.ts';
import { parseMetadataSidecar } from '../../src/features/export/exportMetadataSchema.ts';

/**
 * The shortlist journey, in order: each step builds on the shortlist the previous one left in the same browser
 * context (localStorage persists across reloads there).
 */
describe('shortlist, export, share and compare', () => {
  let browser: Browser;
  let app: AppDriver;
  let shortlist: ShortlistDriver;
  const opened: AppDriver[] = [];
  const site = () => isolatedSite((s) => s.coordPrecision === 'site' && s.name.length > 4);
  let names: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, { path: `/?v=1&view=${site().lon},${site().lat},9&layers=mining-sites` });
    opened.push(app);
    await app.waitForMapIdle();
    shortlist = new ShortlistDriver(app);
  });
  afterAll(() => closeApps(opened, browser));

  it('adds a mining site, a searched place and a clicked point, and keeps them with notes across a reload', async () => {
    await app.clickMap(0.5, 0.5);
    await app.page.getByRole('article', { name: `Mining site ${site().name}` }).waitFor();
    await shortlist.addFromDetails();

    await app.searchFor('Stockholm');
    await app.page.getByRole('article', { name: 'Selected place' }).waitFor();
    await shortlist.addFromDetails();

    await app.page.getByRole('button', { name: 'Close details' }).click();
    await app.clickMap(0.3, 0.6);
    await app.page.getByRole('article', { name: 'Selected place' }).waitFor();
    await shortlist.addFromDetails();

    await shortlist.open();
    names = await shortlist.names();
    expect(names).toHaveLength(3);
    expect(names[0]).toBe(site().name);
    expect(names[1]).toMatch(/Stockholm/);
    for (const [i, name] of names.entries()) await shortlist.setNote(name, `note ${i} <b>&</b>`);

    await app.page.reload();
    await app.waitForMapIdle();
    await shortlist.open();
    expect(await shortlist.names()).toEqual(names);
    for (const [i, name] of names.entries()) expect(await shortlist.note(name)).toBe(`note ${i} <b>&</b>`);
  });

  it('a second tab sees the shortlist, and edits flow both ways', async () => {
    const second = await openApp(browser, { context: app.page.context(), path: '/?v=1&view=10,25,1.4' });
    opened.push(second);
    await second.waitForMapIdle();
    const tab = new ShortlistDriver(second);
    await tab.open();
    expect(await tab.names()).toEqual(names);
    await tab.setNote(names[0], 'edited in tab 2');
    // Cross-tab sync goes through storage events and a debounced save: seconds on a loaded machine, not poll's 1 s default.
    await expect.poll(() => shortlist.note(names[0]), { timeout: 20_000 }).toBe('edited in tab 2');
    await shortlist.setNote(names[0], 'note 0 <b>&</b>');
    await expect.poll(() => tab.note(names[0]), { timeout: 20_000 }).toBe('note 0 <b>&</b>');
  });

  it('exports CSV and GeoJSON that parse back to the shortlist with its scores', async () => {
    const scores = await shortlist.scores();
    // One click saves the CSV and its metadata file; the CSV's first line is its header (after the BOM).
    const [csv, meta] = await shortlist.downloads('Export CSV', 2);
    expect(csv.name).toMatch(/^gridscout-shortlist-\d{4}-\d\d-\d\d\.csv$/);
    expect(meta.name).toBe(csv.name.replace(/\.csv$/, '.metadata.json'));
    expect(csv.text.split('\r\n')[0]).toMatch(/^\uFEFFposition,name,lat,lon,/);
    expect(parseMetadataSidecar(meta.text).describes).toBe(csv.name);
    const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(rows.map((r) => r.name)).toEqual(names);
    expect(rows.map((r) => r.notes)).toEqual(names.map((_, i) => `note ${i} <b>&</b>`));
    // A scored site shows its score with one decimal; an unscored one (excluded, incomplete) has none in the CSV.
    expect(scores.filter((t) => /^\d+\.\d$/.test(t)).length).toBeGreaterThan(0);
    expect(rows.map((r) => (r.score === '' ? 'no score' : Number(r.score).toFixed(1)))).toEqual(
      scores.map((t) => (/^\d+\.\d$/.test(t) ? t : 'no score')),
    );
    expect(rows.map((r) => r.power_price_unit)).toEqual(names.map(() => 'USD/kWh'));

    const geo = await shortlist.download('Export GeoJSON');
    const fc = JSON.parse(geo.text) as {
      features: { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[];
      metadata: { weightsPercent: object };
    };
    expect(fc.features.map((f) => f.properties.name)).toEqual(names);
    expect(Object.keys(fc.metadata.weightsPercent).length).toBeGreaterThan(0);
  });

  it('a shared link opens the same shortlist and scores in a fresh browser', async () => {
    const scores = await shortlist.scores();
    const link = await shortlist.shareLink();
    expect(link).toContain('#z=');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const other = await openApp(browser, { context, path: link.slice(new URL(link).origin.length) });
    opened.push(other);
    await other.waitForMapIdle();
    const otherShortlist = new ShortlistDriver(other);
    await other.page
      .getByRole('dialog', { name: 'This link shares 3 places' })
      .getByRole('button', { name: 'Add to my shortlist' })
      .click();
    await other.page.getByRole('status').filter({ hasText: 'Added 3 places to your shortlist' }).waitFor();
    await otherShortlist.open();
    expect(await otherShortlist.names()).toEqual(names);
    expect(await otherShortlist.scores()).toEqual(scores);
    expect(await otherShortlist.note(names[2])).toBe('note 2 <b>&</b>');
    await other.page.waitForFunction(
      () =>
        !new URLSearchParams(location.search).has('s') ||
        !atob(new URLSearchParams(location.search).get('s')!.replace(/-/g, '+').replace(/_/g, '/')).includes(
          '"l"',
        ),
    );
  });

  it('compares the three sites with the best value in each row marked', async () => {
    const dialog = await shortlist.compare(names);
    const table = dialog.getByRole('table', { name: 'Comparison of shortlisted sites' });
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.slice(1).map((h, i) => h.startsWith(names[i]))).toEqual([true, true, true]);
    const priceRow = table.getByRole('row', { name: /^Power price \(/ });
    const cells = await priceRow.getByRole('cell').allTextContents();
    const values = cells.map((c) => Number.parseFloat(c));
    // The mining site, Stockholm and the clicked point do not share one tariff, so the row has a best value.
    const present = values.filter((v) => Number.isFinite(v));
    expect(new Set(present).size).toBeGreaterThan(1);
    const best = Math.min(...present);
    expect(cells.map((c) => c.includes('Best'))).toEqual(values.map((v) => v === best));
    expect(await table.locator('td[data-best]').count()).toBeGreaterThan(0);
    await dialog.getByRole('img', { name: /Criterion scores/ }).waitFor();
    const locator = dialog.getByRole('img', { name: /^Map locating/ });
    expect(await locator.getAttribute('aria-label')).toBe(
      `Map locating ${names.map((n, i) => `${i + 1} ${n}`).join(', ')}`,
    );
    expect(await locator.locator('circle').count()).toBe(3);
    await dialog.getByRole('table', { name: 'Rank sensitivity' }).waitFor();
    const [csv, meta] = await shortlist.downloads('Export comparison (CSV)', 2);
    expect(parseMetadataSidecar(meta.text).describes).toBe(csv.name);
    const rows = Papa.parse<string[]>(csv.text).data;
    expect(rows[0].slice(3, 6)).toEqual(names);
    await dialog.getByRole('button', { name: 'Close comparison' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('prints a report with every site, the settings and the sources, and nothing else', async () => {
    await shortlist.panel.getByRole('button', { name: 'Printable report' }).click();
    const report = app.page.getByRole('dialog', { name: 'Gridscout shortlist report' });
    const summary = report.getByRole('table', { name: 'Shortlist summary' });
    expect(await summary.getByRole('rowheader').allTextContents()).toEqual(names);
    for (const name of names) await report.getByRole('region', { name: `Report on ${name}` }).waitFor();
    expect(await report.getByRole('region', { name: 'Scoring settings and sources' }).textContent()).toMatch(
      /Weights[\s\S]*Time-to-power assumptions[\s\S]*Data sources/,
    );
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.locator('.app').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    expect(await report.getByRole('button', { name: 'Print report' }).isVisible()).toBe(false);
    expect(await summary.isVisible()).toBe(true);
    await app.page.emulateMedia({ media: 'screen' });
    await report.getByRole('button', { name: 'Close report' }).click();
    await report.waitFor({ state: 'detached' });
  });
});
