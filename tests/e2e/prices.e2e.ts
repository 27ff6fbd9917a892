/** The price a large load pays: the price-basis switch, the power-price row's one source, the price-basis overlay. */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schemas.ts';
import { categoryAt, decodeLayerValue, findCellIndex } from '../../src/domain/index.ts';
import { loadGridFromDisk } from '../../src/domain/testing/loadGrid.ts';
import { browserSession } from './support/session.ts';
import { readData, region } from './support/data.ts';

const KASSEL = { lon: 9.5, lat: 51.3 }; // central Germany, far from any border
const MANHATTAN = { lon: -73.97, lat: 40.78 };
const grid = loadGridFromDisk('data/grid')!;
const sources = readData<{ sources: Source[] }>('sources.json').sources;

describe('power prices', () => {
  const { open } = browserSession({ waitForSurface: true });

  it('switching to the wholesale basis: a German cell shows Ember’s price with its year', async () => {
    const i = findCellIndex(grid, KASSEL.lat, KASSEL.lon);
    const wholesale = decodeLayerValue(grid, 'wholesale_price', i)!;
    const zone = categoryAt(grid, 'wholesale_zone', i)!;
    expect(zone).toContain('Germany');
    const year = zone.match(/\b(20\d\d)\b/)![1];
    const app = await open(`/?v=1&view=${KASSEL.lon},${KASSEL.lat},7&layers=suitability`);
    await app.openTab('Score');
    const basis = app.page.getByRole('radiogroup', { name: 'Price basis' });
    await basis.getByRole('radio', { name: /Wholesale day-ahead/ }).check();
    await app.clickMap(0.5, 0.5);
    const card = app.page.getByRole('region', { name: 'Site score' });
    await card.waitFor();
    const row = card
      .getByRole('table', { name: 'Score breakdown' })
      .getByRole('row')
      .filter({ hasText: 'Power price' });
    await expect
      .poll(() => row.textContent(), { timeout: 30_000 })
      .toContain(`${wholesale.toFixed(4)} USD/kWh`);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Ember');
    expect(text).toContain(year);
    expect(text).not.toContain('Eurostat');
    expect(app.page.url()).toContain('s=');
  });

  it('Manhattan’s power-price row cites only the US source', async () => {
    const ny = region('US-NY');
    const us = sources.find((s) => s.id === ny.tariff!.sourceId)!;
    const others = sources.filter(
      (s) => s.publisher !== us.publisher && /tariff|price|electricity/i.test(s.title),
    );
    expect(others.length).toBeGreaterThan(3);
    const app = await open(`/?v=1&view=${MANHATTAN.lon},${MANHATTAN.lat},11&layers=suitability`);
    await app.clickMap(0.5, 0.5);
    const card = app.page.getByRole('region', { name: 'Site score' });
    await card.waitFor();
    const row = card
      .getByRole('table', { name: 'Score breakdown' })
      .getByRole('row')
      .filter({ hasText: 'Power price' });
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain(us.publisher);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(ny.tariff!.period);
    for (const s of others) expect(text, s.id).not.toContain(s.publisher);
  });

  it('the price-basis overlay draws, has a legend naming the 2019 fallback, and redraws on the wholesale basis', async () => {
    const app = await open('/?v=1&view=12,50,3.2&layers=');
    await app.waitForRedraw();
    const bare = await app.mapPixels();
    await app.setOverlay('Power price basis', true);
    const legend = app.page.getByRole('group', { name: 'Power price basis legend' });
    await legend.waitFor({ timeout: 30_000 });
    const legendText = (await legend.textContent()) ?? '';
    expect(legendText).toContain('World Bank 2019');
    expect(legendText).toContain('Wholesale');
    await expect
      .poll(async () => (await app.waitForRedraw(), app.pixelDifference(bare)), { timeout: 30_000 })
      .toBeGreaterThan(0.05);
    const retail = await app.mapPixels();
    await app.openTab('Score');
    await app.page
      .getByRole('radiogroup', { name: 'Price basis' })
      .getByRole('radio', { name: /Wholesale day-ahead/ })
      .check();
    await expect
      .poll(async () => (await app.waitForRedraw(), app.pixelDifference(retail)), { timeout: 30_000 })
      .toBeGreaterThan(0.01);
  });
});
