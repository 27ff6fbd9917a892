import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.ts';
import { isolatedSite, region } from './support/data.ts';

describe('browse the map', () => {
  const { open } = browserSession();

  it('toggling each overlay changes what is drawn', async () => {
    const app = await open('/?v=1&view=10,25,1.4&layers=');
    const overlays = [
      'Suitability score',
      'Electricity tariffs',
      'Power plants',
      'Transmission grid',
      'US queue pressure',
      'Operating generation within 50 km',
      'Mean temperature',
      'Mining sites',
      'Grid carbon intensity',
      'Water stress',
      'Disaster risk',
      'Cable landing points',
    ];
    for (const label of overlays) {
      const before = await app.mapPixels();
      await app.setOverlay(label, true);
      await expect
        .poll(() => app.pixelDifference(before), { timeout: 30_000, message: label })
        .toBeGreaterThan(0.001);
      await app.setOverlay(label, false);
      await expect
        .poll(() => app.pixelDifference(before), { timeout: 30_000, message: label })
        .toBeLessThan(0.001);
    }
  });

  it('hovering Texas shows its industrial price, period and source from the data', async () => {
    const texas = region('US-TX');
    expect(texas.tariff).not.toBeNull();
    const app = await open('/?v=1&view=-99.3,31.3,5&layers=tariffs');
    await app.hoverMap(0.5, 0.5);
    const tooltip = app.page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Texas');
    const text = await tooltip.textContent();
    expect(text).toContain(`${texas.tariff!.usdPerKwh.toFixed(4)} USD/kWh`);
    expect(text).toContain(texas.tariff!.period);
    expect(text).toContain('Industrial');
  });

  it('hovering the capacity layer reads the grid value in MW', async () => {
    const app = await open('/?v=1&view=-99.3,31.3,6&layers=capacity-density');
    await app.hoverMap(0.5, 0.5);
    const tooltip = app.page.getByRole('tooltip');
    await expect
      .poll(() => tooltip.textContent(), { timeout: 20_000 })
      .toMatch(/Operating generation within 50 km: [\d,.]+ MW/);
  });

  it('clicking a mining site shows its operator, MW and sources', async () => {
    const site = isolatedSite((s) => s.coordPrecision === 'site' && s.sourceUrls.length > 0);
    const app = await open(`/?v=1&view=${site.lon},${site.lat},9&layers=mining-sites`);
    await app.clickMap(0.5, 0.5);
    const card = app.page.getByRole('article', { name: `Mining site ${site.name}` });
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain(site.operator);
    expect(text).toContain(site.powerMw == null ? 'not published' : `${site.powerMw} MW`);
    const links = card.getByRole('list', { name: 'Site sources' }).getByRole('link');
    expect(await links.count()).toBe(site.sourceUrls.length);
    expect(await links.first().getAttribute('href')).toBe(site.sourceUrls[0]);
  });

  it('search finds a mining site and flies the map there', async () => {
    const site = isolatedSite((s) => s.name.length > 8);
    const app = await open('/?v=1&view=10,25,1.4');
    await app.searchFor(site.name);
    await expect
      .poll(
        async () => {
          const v = await app.urlView();
          return v ? Math.hypot(v[0] - site.lon, v[1] - site.lat) : Infinity;
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(0.05);
    await app.page.getByRole('article', { name: `Mining site ${site.name}` }).waitFor();
  });

  it('reload keeps the layers and the view', async () => {
    const app = await open('/?v=1&view=-73.5,46.5,5&layers=tariffs');
    await app.setOverlay('Power plants', true);
    await app.page.waitForFunction(() => location.search.includes('power-plants'));
    await app.page.reload();
    await app.waitForMapIdle();
    expect(await app.page.getByRole('checkbox', { name: 'Power plants', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await app.page.getByRole('checkbox', { name: 'Mining sites', exact: true }).isChecked()).toBe(
      false,
    );
    const [lon, lat, zoom] = (await app.urlView())!;
    expect(lon).toBeCloseTo(-73.5, 1);
    expect(lat).toBeCloseTo(46.5, 1);
    expect(zoom).toBeCloseTo(5, 1);
  });

  it('a link with bad parameters opens the map with a notice naming them', async () => {
    const app = await open('/?v=1&view=banana&layers=tariffs,nonsense');
    const notice = app.page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('nonsense');
    expect(await notice.textContent()).toContain('banana');
    expect(
      await app.page.getByRole('checkbox', { name: 'Electricity tariffs', exact: true }).isChecked(),
    ).toBe(true);
  });
});
