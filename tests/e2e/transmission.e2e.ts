/** Grid truth in the browser: transmission lines and substations, the coverage mask, the card's grid facts. */
import { describe, expect, it } from 'vitest';
import type { PlantsFile } from '../../src/contract/plants.ts';
import { browserSession } from './support/session.ts';
import { readData } from './support/data.ts';
import { isolatedLinePoint, nearestSubstations, substations } from './support/transmission.ts';

const ASHBURN = { lon: -77.49, lat: 39.04 };
const NEVADA = { lon: -116.9, lat: 39.5 };

describe('transmission and grid facts', () => {
  const { open } = browserSession();

  it('turning the transmission layer on loads the lines; hovering one shows its kV; the mask legend shows', async () => {
    const at = isolatedLinePoint();
    const app = await open(`/?v=1&view=${at.lon},${at.lat},10&layers=`);
    const linesRequested = () =>
      app.page.evaluate(() =>
        performance.getEntriesByType('resource').some((r) => r.name.includes('transmission/lines.geojson')),
      );
    expect(await linesRequested()).toBe(false);
    await app.setOverlay('Transmission grid', true);
    await expect.poll(linesRequested, { timeout: 30_000 }).toBe(true);
    const legend = app.page.getByRole('group', { name: 'Transmission grid legend' });
    expect(await legend.textContent()).toContain('No substation data here');
    const tooltip = app.page.getByRole('tooltip');
    await expect
      .poll(
        async () => {
          await app.waitForRedraw();
          await app.hoverMap(0.5, 0.49);
          await app.hoverMap(0.5, 0.5);
          return (await tooltip.count()) ? tooltip.textContent() : '';
        },
        { timeout: 30_000 },
      )
      .toContain(`${at.kv} kV line`);
  });

  it('a click in Northern Virginia names the nearest substation with its kV and km', async () => {
    const [nearest, second] = nearestSubstations(ASHBURN.lon, ASHBURN.lat);
    expect(second.km - nearest.km).toBeGreaterThan(0.5); // the click lands within metres: one answer
    const s = substations();
    const kv = s.maxKv[nearest.index] ?? s.lineKv[nearest.index];
    const app = await open(`/?v=1&view=${ASHBURN.lon},${ASHBURN.lat},12&layers=transmission`);
    await app.clickMap(0.5, 0.5);
    const row = app.page.getByRole('listitem', { name: 'Nearest substation' });
    await row.waitFor({ timeout: 30_000 });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(s.name[nearest.index] || 'Unnamed substation');
    expect(text).toContain(`${kv} kV`);
    const km = Number(text.match(/([\d.]+) km/)![1]);
    expect(km).toBeCloseTo(nearest.km, 0);
    expect(text).toContain(s.vintage[nearest.index]);
    const queue = app.page.getByRole('listitem', { name: 'Queue pressure' });
    expect(await queue.textContent()).toContain('not large-load');
  });

  it('a place in Nevada says there is no substation data rather than a distance', async () => {
    const app = await open(`/?v=1&view=${NEVADA.lon},${NEVADA.lat},8&layers=transmission`);
    await app.clickMap(0.5, 0.5);
    const row = app.page.getByRole('listitem', { name: 'Nearest substation' });
    await row.waitFor({ timeout: 30_000 });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('No substation data here');
    expect(text).not.toMatch(/\d km/);
  });

  it('the plants status filter changes what is drawn', async () => {
    const plants = readData<PlantsFile>('plants.json');
    const planned = plants.statusClass.filter((c) => plants.statusClasses[c] === 'planned').length;
    expect(planned).toBeGreaterThan(0);
    const app = await open('/?v=1&view=100,28,3.5&layers=power-plants');
    await app.waitForRedraw();
    await expect.poll(() => app.page.getByRole('checkbox', { name: 'Planned' }).count()).toBe(1);
    const before = await app.mapPixels();
    await app.page.getByRole('checkbox', { name: 'Planned' }).check();
    await expect
      .poll(async () => (await app.waitForRedraw(), app.pixelDifference(before)), { timeout: 30_000 })
      .toBeGreaterThan(0.001);
  });

  it('screenshots of the transmission layer (with the US West mask) and the card at 1440 and 390 px', async () => {
    // One app, resized: a second load would only repeat the first view's work.
    const app = await open(`/?v=1&view=-96,39,3.6&layers=transmission`);
    for (const width of [1440, 390]) {
      await app.page.keyboard.press('Escape');
      await app.page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await app.waitForRedraw();
      await app.screenshot(`transmission-${width}`);
      await app.clickMap(0.5, 0.5);
      const facts = app.page.getByRole('region', { name: 'Grid facts' });
      await app.page.getByRole('listitem', { name: 'Nearest substation' }).waitFor({ timeout: 30_000 });
      await facts.scrollIntoViewIfNeeded();
      await app.screenshot(`transmission-card-${width}`);
    }
  });
});
