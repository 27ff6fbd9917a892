import { closeApps } from './support/session.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { CRITERIA } from '../../src/domain/index.ts';
import { encodeUrlState } from '../../src/features/share/urlState.ts';
import { launchChromium } from './support/browser.ts';
import { openApp, type AppDriver } from './support/driver.ts';
import { ShortlistDriver, seedShortlist } from './support/shortlistDriver.ts';

/** Links with many places, hostile link values, broken storage and two tabs editing one name (issue 14). */
describe('links, notices, storage and tabs', () => {
  let browser: Browser;
  const opened: AppDriver[] = [];
  const newContext = () =>
    browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const open = async (path: string, context?: BrowserContext) => {
    const app = await openApp(browser, { path, ...(context ? { context } : {}) });
    opened.push(app);
    await app.waitForMapIdle();
    return app;
  };
  const places = (n: number, note = (i: number) => `note ${i}`) =>
    Array.from({ length: n }, (_, i) => ({
      name: `Shared site ${i + 1}`,
      lon: -120 + (i % 50) * 0.7,
      lat: 20 + Math.floor(i / 50) * 2.5,
      note: note(i),
      origin: 'point' as const,
    }));
  const stored = (entries: object[]) => JSON.stringify({ version: 2, entries });
  const entry = (i: number, lat = 10 + i) => ({
    id: `e${i}`,
    name: `Stored ${i}`,
    lon: 10 + i,
    lat,
    origin: 'point',
    note: '',
    addedAt: '2026-11-01T00:00:00.000Z',
  });

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => closeApps(opened, browser));

  it('a link with 500 places asks first, and "Just look" saves nothing', async () => {
    const app = await open(
      `/?${encodeUrlState({ view: { lon: 0, lat: 30, zoom: 2 }, shortlist: places(500) })}`,
    );
    const dialog = app.page.getByRole('dialog', { name: 'This link shares 500 places' });
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual(places(10).map((p) => p.name));
    await dialog.getByRole('button', { name: 'Just look' }).click();
    const looking = app.page.getByRole('region', { name: 'Places from the link' });
    expect(await looking.getByRole('listitem').count()).toBe(500);
    await looking.getByRole('button', { name: 'Show Shared site 3 on the map' }).click();
    await app.page.getByRole('article', { name: 'Selected place' }).waitFor();
    const shortlist = new ShortlistDriver(app);
    await shortlist.open();
    await shortlist.panel.getByText(/Your shortlist is empty/).waitFor();
    expect(await app.page.evaluate(() => localStorage.getItem('gridscout.shortlist'))).toBeNull();
  });

  it('the share link of 120 places with notes opens, with every place and note', async () => {
    const sites = places(
      120,
      (i) => `Checked ${i}: substation 4 km north, owner contacted, water rights unclear`,
    );
    const context = await newContext();
    await seedShortlist(context, stored(sites.map((s, i) => ({ ...entry(i), ...s }))));
    const app = await open('/?v=1&view=0,30,2', context);
    const shortlist = new ShortlistDriver(app);
    await shortlist.open();
    const link = await shortlist.shareLink();
    expect(new URL(link).search.length).toBeLessThan(200);
    expect(new URL(link).hash).toMatch(/^#z=/);
    const other = await open(link.slice(new URL(link).origin.length), await newContext());
    const dialog = other.page.getByRole('dialog', { name: 'This link shares 120 places' });
    await dialog.getByRole('button', { name: 'Add to my shortlist' }).click();
    await other.page.getByRole('status').filter({ hasText: 'Added 120 places to your shortlist' }).waitFor();
    const otherShortlist = new ShortlistDriver(other);
    await otherShortlist.open();
    expect(await otherShortlist.names()).toEqual(sites.map((s) => s.name));
    expect(await otherShortlist.note(sites[119].name)).toBe(sites[119].note);
  });

  it('a 100 KB layers value gives one short notice whose buttons stay on screen', async () => {
    const junk = Array.from({ length: 14_000 }, (_, i) => `x${i % 997}`).join(',');
    expect(junk.length).toBeGreaterThan(60_000);
    // The preview server (like most) refuses request lines over 16 KB (HTTP 431), which is why the app's own
    // links carry large state in the fragment; a server that accepts long URLs is played by routing the page.
    const context = await newContext();
    const base = inject('baseUrl');
    await context.route(
      (url) => url.search.length > 8000,
      async (route) => route.fulfill({ response: await route.fetch({ url: `${base}/` }) }),
    );
    const app = await open(
      `/?v=1&view=0,30,2&layers=${junk},${junk.slice(0, 40_000)}&sector=retail&foo=1`,
      context,
    );
    const notice = app.page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('and 987 more');
    expect(text.length).toBeLessThan(1500);
    const viewport = app.page.viewportSize()!;
    const dismiss = notice.getByRole('button', { name: 'Dismiss' });
    const box = (await dismiss.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const stack = (await app.page.locator('.notices').boundingBox())!;
    expect(stack.height).toBeLessThanOrEqual(viewport.height);
    await dismiss.click();
    await notice.waitFor({ state: 'detached' });
  });

  it('an entry with latitude 91 is set aside; the others load', async () => {
    const context = await newContext();
    await seedShortlist(context, stored([entry(1), entry(2, 91), entry(3)]));
    const app = await open('/?v=1&view=0,30,2', context);
    await app.page.getByRole('alert').filter({ hasText: '1 saved shortlist entry was set aside' }).waitFor();
    const shortlist = new ShortlistDriver(app);
    await shortlist.open();
    expect(await shortlist.names()).toEqual(['Stored 1', 'Stored 3']);
    const aside = shortlist.panel.getByRole('region', { name: 'Entries set aside' });
    expect(await aside.textContent()).toMatch(/Stored 2: Entry 2: lat/);
    const file = await shortlist.download('Download the entries set aside');
    expect(JSON.parse(file.text)[0].value).toEqual(entry(2, 91));
  });

  it('when storage throws, adding and renaming keep working and a download is offered', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const app = await open('/?v=1&view=10,25,1.4', context);
    const shortlist = new ShortlistDriver(app);
    await app.clickMap(0.3, 0.6);
    await shortlist.addFromDetails();
    // The notice says so at once and offers the download (which also dismisses it).
    const notice = app.page.getByRole('alert').filter({ hasText: 'The shortlist could not be saved' });
    const fromNotice = await shortlist.download('Download the shortlist', notice);
    expect(JSON.parse(fromNotice.text).entries).toHaveLength(1);
    await notice.waitFor({ state: 'detached' });
    await app.page.getByRole('button', { name: 'Close details' }).click();
    await app.clickMap(0.6, 0.4);
    await shortlist.addFromDetails();
    await shortlist.open();
    expect(await shortlist.names()).toHaveLength(2);
    await shortlist.nameField(0).fill('First, renamed');
    await shortlist.nameField(0).blur();
    await shortlist.nameField(1).fill('Second, renamed');
    await shortlist.nameField(1).blur();
    expect(await shortlist.names()).toEqual(['First, renamed', 'Second, renamed']);
    const warning = shortlist.panel.getByRole('alert').filter({ hasText: 'Not saved: your browser refused' });
    await warning.waitFor();
    const file = await shortlist.download('Download the shortlist', shortlist.panel);
    expect(JSON.parse(file.text).entries.map((e: { name: string }) => e.name)).toEqual(
      await shortlist.names(),
    );
  });

  it('two tabs typing one name lose no keystrokes; the last write wins after the pause', async () => {
    const context = await newContext();
    await seedShortlist(context, stored([{ ...entry(1), name: 'C6' }]));
    const a = await open('/?v=1&view=0,30,2', context);
    const b = await open('/?v=1&view=0,30,2', context);
    const [ta, tb] = [new ShortlistDriver(a), new ShortlistDriver(b)];
    await ta.open();
    await tb.open();
    await ta.nameField().click();
    await ta.nameField().press('End');
    await tb.nameField().click();
    await tb.nameField().press('End');
    await Promise.all([
      ta.nameField().pressSequentially('aaaaa', { delay: 60 }),
      tb.nameField().pressSequentially('bbbbbb', { delay: 60 }),
    ]);
    expect(await ta.nameField().inputValue()).toBe('C6aaaaa');
    expect(await tb.nameField().inputValue()).toBe('C6bbbbbb');
    await expect
      .poll(async () => [await ta.nameField().inputValue(), await tb.nameField().inputValue()], {
        timeout: 10_000,
      })
      .toSatisfy(([x, y]) => x === y && ['C6aaaaa', 'C6bbbbbb'].includes(x));
  });

  it('with every weight at 0 the map and the Score tab say nothing is weighted, and no surface is drawn', async () => {
    const weights = Object.fromEntries(CRITERIA.map((c) => [c.id, 0]));
    const view = { lon: -40, lat: 38, zoom: 2.2 };
    const app = await open(`/?${encodeUrlState({ view, layers: ['suitability'], scoring: { weights } })}`);
    await app.page.getByRole('status').filter({ hasText: 'The weights in this link sum to zero' }).waitFor();
    await app.page
      .getByRole('status')
      .filter({ hasText: 'Nothing is weighted: set a weight to see scores' })
      .waitFor();
    await app.page.waitForSelector(
      '[data-testid="map"] [data-surface="none"], [data-testid="map"][data-surface="none"]',
    );
    await app.openTab('Score');
    await app.page.getByRole('alert').filter({ hasText: 'Nothing is weighted' }).waitFor();
    const linkNotice = app.page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
    await linkNotice.getByRole('button', { name: 'Dismiss' }).click();
    await app.waitForRedraw();
    const withSurfaceLayer = await app.mapPixels();
    await app.openTab('Layers');
    await app.setOverlay('Suitability score', false);
    expect(await app.pixelDifference(withSurfaceLayer)).toBeLessThan(0.001);
    await app.setOverlay('Suitability score', true);
    await app.openTab('Score');
    const count = await app.rescoreCount();
    await app.dragSlider('Power price', 1);
    await app.waitForRescore(count);
    expect(await app.page.getByText('Nothing is weighted: set a weight to see scores').count()).toBe(0);
    expect(await app.pixelDifference(withSurfaceLayer)).toBeGreaterThan(0.01);
  });
});
