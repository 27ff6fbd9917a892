import { closeApps } from './support/session.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, type AppDriver } from './support/driver.ts';
import { region } from './support/data.ts';
import { ShortlistDriver } from './support/shortlistDriver.ts';
import { parseMetadataSidecar } from '../../src/features/export/exportMetadataSchema.ts';
import { decodeUrlState } from '../../src/features/share/urlState.ts';

/**
 * "Your own prices", in order: each step builds on the table the previous one left in the same browser context
 * (localStorage persists there). Texas's code and data price are read from data/regions/admin1.geojson.
 */
describe('your own prices', () => {
  const texas = region('US-TX');
  const texasName = /Texas, .* \(US-TX\)/;
  let browser: Browser;
  let app: AppDriver;
  const opened: AppDriver[] = [];
  let cardBefore = '';
  let surfaceBefore: Awaited<ReturnType<AppDriver['mapPixels']>>;

  const score = (a: AppDriver) => a.page.getByRole('tabpanel');
  const texasPrice = (a: AppDriver) =>
    score(a).getByRole('textbox', { name: new RegExp(`^USD/kWh for ${texasName.source}$`) });
  const powerPriceRow = (a: AppDriver) =>
    a.page
      .getByRole('region', { name: 'Site score' })
      .getByRole('table', { name: 'Score breakdown' })
      .getByRole('row')
      .filter({ hasText: 'Power price' });

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, { path: '/?v=1&view=-99.3,31.3,6&layers=suitability' });
    opened.push(app);
    await app.waitForMapIdle();
    await app.waitForRescore(0);
  });
  afterAll(() => closeApps(opened, browser));

  it('enter 0.03 USD/kWh for Texas: the panel shows it, a bad entry is refused with its reason', async () => {
    await app.clickMap(0.5, 0.5);
    await powerPriceRow(app).waitFor();
    cardBefore = (await powerPriceRow(app).textContent()) ?? '';
    expect(cardBefore).toContain(`${texas.tariff!.usdPerKwh.toFixed(4)} USD/kWh`);

    await app.openTab('Score');
    surfaceBefore = await app.mapPixels();
    const form = score(app).getByRole('form', { name: 'Add your own price' });
    await form.getByRole('combobox', { name: 'Region or country' }).fill('Texas');
    await form.getByRole('textbox', { name: 'USD/kWh' }).fill('-0.03');
    await form.getByRole('button', { name: 'Set price' }).click();
    const price = form.getByRole('textbox', { name: 'USD/kWh' });
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    const problemId = (await price.getAttribute('aria-describedby')) ?? '';
    expect(await app.page.locator(`[id="${problemId}"]`).textContent()).toBe('price “-0.03” is negative');

    const count = await app.rescoreCount();
    await price.fill('0.03');
    await form.getByRole('textbox', { name: 'Label (optional)' }).fill('PPA quote');
    await form.getByRole('button', { name: 'Set price' }).click();
    expect(await texasPrice(app).inputValue()).toBe('0.03');
    await app.waitForRescore(count);
    await app.waitForRedraw();
  });

  it('the surface and the card use your figure for Texas (needs the scorers applying own prices)', async () => {
    expect(await app.pixelDifference(surfaceBefore)).toBeGreaterThan(0.01);
    // The open card rescores with the new configuration; wait for it, then say what it shows.
    await powerPriceRow(app)
      .filter({ hasText: '0.0300 USD/kWh' })
      .waitFor({ timeout: 20_000 })
      .catch(() => {});
    const card = (await powerPriceRow(app).textContent()) ?? '';
    expect(card).toContain('0.0300 USD/kWh');
    expect(card).toMatch(/your figure/i);
    expect(card).not.toBe(cardBefore);
  });

  it('the table survives a reload; the CSV export metadata carries it', async () => {
    await app.page.reload();
    await app.waitForMapIdle();
    await app.openTab('Score');
    expect(await texasPrice(app).inputValue()).toBe('0.03');

    await app.clickMap(0.5, 0.5);
    const shortlist = new ShortlistDriver(app);
    await shortlist.addFromDetails();
    await shortlist.open();
    await shortlist.scores();
    const [, sidecar] = await shortlist.downloads('Export CSV', 2);
    const meta = parseMetadataSidecar(sidecar.text);
    expect(meta.summary.join('\n')).toContain('US-TX 0.03 USD/kWh (PPA quote)');
    expect(meta.ownPrices).toEqual([
      { basis: 'your figure', code: 'US-TX', usdPerKwh: 0.03, label: 'PPA quote' },
    ]);
  });

  it('the share link carries the table, and opening it in a fresh browser restores it with a notice', async () => {
    const link = await new ShortlistDriver(app).shareLink();
    const decoded = decodeUrlState(new URL(link).search + new URL(link).hash, []);
    expect(decoded.state.prices).toEqual([{ code: 'US-TX', usdPerKwh: 0.03, label: 'PPA quote' }]);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const other = await openApp(browser, { context, path: link.slice(new URL(link).origin.length) });
    opened.push(other);
    await other.waitForMapIdle();
    await other.page
      .getByRole('status')
      .filter({ hasText: 'This link carries your own price for 1 region' })
      .waitFor();
    // The link also carries the shortlisted places: the app asks before saving them.
    await other.page.getByRole('dialog').getByRole('button', { name: 'Just look' }).click();
    await other.openTab('Score');
    expect(await texasPrice(other).inputValue()).toBe('0.03');
    expect(
      await score(other)
        .getByRole('textbox', { name: new RegExp(`^Label for ${texasName.source}$`) })
        .inputValue(),
    ).toBe('PPA quote');
  });
});
