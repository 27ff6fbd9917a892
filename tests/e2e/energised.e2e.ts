/**
 * Energised sites and limits on country averages (issue 12): a searched energised site gets a score and its card
 * names the rule behind its MW; Low carbon no longer excludes the US; a hard limit on a country average asks first,
 * with the number of countries it removes (counted here from data/, not from the app).
 */
import { describe, expect, it } from 'vitest';
import { getAssumption, getPreset } from '../../src/domain/index.ts';
import { browserSession } from './support/session.ts';
import { miningSites, readData } from './support/data.ts';

const site = (id: string) => {
  const s = miningSites().find((x) => x.id === id);
  if (!s) throw new Error(`no site ${id} in data/mining_sites.json`);
  return s;
};
type Indicator = { iso3: string; carbonIntensity: { value: number } | null };

describe('energised sites and country-level limits', () => {
  const { open } = browserSession({ waitForSurface: true });

  async function searchSite(id: string) {
    const s = site(id);
    const app = await open('/?v=1&view=-40,38,2.2&layers=suitability');
    await app.searchFor(s.name);
    const card = app.page.getByRole('region', { name: 'Site score' });
    await card.waitFor();
    const row = card
      .getByRole('table', { name: 'Score breakdown' })
      .getByRole('row')
      .filter({ hasText: 'Energised site' });
    return { app, s, card, row };
  }

  it('search Abilene: the Stargate site scores and its card says which MW counts', async () => {
    const { s, card, row } = await searchSite('crusoe-abilene');
    expect(s.powerMw).not.toBeNull();
    await expect.poll(() => card.getByLabel('Score', { exact: true }).textContent()).toMatch(/^\d+/);
    expect(await row.textContent()).toContain('current MW as published');
    expect(await row.textContent()).toContain('point data');
    const carbon = card.getByRole('row').filter({ hasText: 'Grid carbon' });
    expect(await carbon.textContent()).toContain('country average');
  });

  it('a site publishing no MW scores, with the "MW not published" rule named', async () => {
    const { s, card, row } = await searchSite('hive-boden');
    expect(s.powerMw).toBeNull();
    expect(s.powerMwPlanned).toBeNull();
    await expect.poll(() => card.getByLabel('Score', { exact: true }).textContent()).toMatch(/^\d+/);
    const figure = getAssumption('energised_mw_not_published').value;
    expect(await row.textContent()).toContain(`MW not published: ${figure} MW assumed`);
    expect(await card.getByRole('note', { name: 'Incomplete' }).count()).toBe(0);
  });

  it('Low carbon keeps US places; a carbon hard limit asks first, naming how many countries it removes', async () => {
    const { app, card } = await searchSite('crusoe-abilene');
    await app.openTab('Score');
    const preset = getPreset('low_carbon');
    let count = await app.rescoreCount();
    await app.page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: preset.label });
    await app.waitForRescore(count);
    const limit = app.page.getByLabel('Max grid carbon (gCO2/kWh)');
    expect(await limit.inputValue()).toBe('');
    await expect.poll(() => card.getByLabel('Score', { exact: true }).textContent()).toMatch(/^\d+/);
    expect(await card.getByRole('note', { name: 'Excluded' }).count()).toBe(0);

    // Countries of the grid whose country-average carbon is above 300 g.
    const gridCountries = readData<{ countries: string[] }>('grid/manifest.json').countries;
    const carbon = new Map(
      readData<{ countries: Indicator[] }>('indicators.json').countries.map((c) => [
        c.iso3,
        c.carbonIntensity,
      ]),
    );
    const removed = gridCountries.filter((c) => (carbon.get(c)?.value ?? -1) > 300);
    await limit.fill('300');
    const dialog = app.page.getByRole('alertdialog', { name: 'Confirm Max grid carbon' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(
      new RegExp(
        `This removes ${removed.length} countries \\(\\d+\\.\\d % of land cells\\) because grid carbon is a country average`,
      ),
    );
    count = await app.rescoreCount();
    await dialog.getByRole('button', { name: 'Apply as a hard limit' }).click();
    await app.waitForRescore(count);
    expect(removed).toContain('USA');
    await card.getByRole('note', { name: 'Excluded' }).waitFor();
  });

  it('refuses an out-of-range limit and unknown country codes with a message', async () => {
    const app = await open('/?v=1&view=-40,38,2.2&layers=suitability');
    await app.openTab('Score');
    const water = app.page.getByLabel('Max water stress (Aqueduct 0–5)');
    await water.fill('7');
    expect(await water.getAttribute('aria-invalid')).toBe('true');
    expect(await app.page.getByRole('alert').filter({ hasText: 'Max water stress' }).textContent()).toContain(
      'between 0 and 5',
    );
    const countries = app.page.getByLabel('Excluded countries (ISO3)');
    await countries.fill('USA, XYZ');
    expect(await countries.getAttribute('aria-invalid')).toBe('true');
    expect(await app.page.getByRole('alert').filter({ hasText: 'Unknown ISO3' }).textContent()).toContain(
      'XYZ',
    );
  });
});
