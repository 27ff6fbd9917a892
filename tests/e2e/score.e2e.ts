import { describe, expect, it } from 'vitest';
import { CRITERIA, distanceKm, PRESETS } from '../../src/domain/index.ts';
import { browserSession } from './support/session.ts';
import { readData, region } from './support/data.ts';

const cellCount = readData<{ cellCount: number }>('grid/manifest.json').cellCount;

describe('score the world', () => {
  const { open } = browserSession({ waitForSurface: true });

  it('dragging a weight recolours the surface live and records each rescore', async () => {
    const app = await open('/?v=1&view=-40,38,2.2&layers=suitability');
    await app.openTab('Score');
    const before = await app.mapPixels();
    const count = await app.rescoreCount();
    await app.dragSlider('Power price', 1);
    await app.waitForRescore(count);
    expect(await app.pixelDifference(before)).toBeGreaterThan(0.01);
    const measures = await app.measures('gridscout:rescore');
    expect(measures.length).toBeGreaterThan(2);
    for (const m of measures) {
      expect(m.detail.cells).toBe(cellCount);
      expect(m.detail.criteria).toBeGreaterThan(0);
    }
    const drag = measures
      .slice(1)
      .map((m) => m.duration)
      .sort((a, b) => a - b);
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1);
    console.log(
      `  of which worker score ${med(measures.slice(1).map((m) => m.detail.scoreMs))} ms, worker draw ${med(measures.slice(1).map((m) => m.detail.renderMs))} ms`,
    );
    console.log(
      `gridscout:rescore while dragging: n=${drag.length}, median ${drag[Math.floor(drag.length / 2)].toFixed(1)} ms, first (cold) ${measures[0].duration.toFixed(0)} ms`,
    );
  });

  it('switching presets moves the sliders', async () => {
    const app = await open('/?v=1&view=-40,38,2.2&layers=suitability');
    await app.openTab('Score');
    const preset = PRESETS.find((p) => p.id === 'cheapest_power')!;
    const count = await app.rescoreCount();
    await app.page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: preset.label });
    await app.waitForRescore(count);
    for (const [id, weight] of Object.entries(preset.weights)) {
      const label = (await import('../../src/domain/index.ts')).getCriterion(id as never).label;
      expect(await app.page.getByRole('slider', { name: label, exact: true }).inputValue()).toBe(
        String(weight),
      );
    }
    expect(await app.page.getByRole('slider', { name: 'Energised site', exact: true }).inputValue()).toBe(
      '0',
    );
  });

  it('a clicked place explains its score line by line with sources', async () => {
    const texas = region('US-TX');
    const app = await open('/?v=1&view=-99.3,31.3,6&layers=suitability');
    await app.clickMap(0.5, 0.5);
    const card = app.page.getByRole('region', { name: 'Site score' });
    await card.waitFor();
    const table = card.getByRole('table', { name: 'Score breakdown' });
    const priceRow = table.getByRole('row').filter({ hasText: 'Power price' });
    expect(await priceRow.textContent()).toContain(`${texas.tariff!.usdPerKwh.toFixed(4)} USD/kWh`);
    expect(await priceRow.textContent()).toContain('U.S. Energy Information Administration');
    expect(await priceRow.textContent()).toContain(texas.tariff!.period);
    expect(await priceRow.textContent()).not.toContain('China');
    // A header row, then one row per criterion.
    expect(await table.getByRole('row').count()).toBe(CRITERIA.length + 1);
    expect(await card.getByLabel('Time to power').textContent()).toMatch(/\d+ months/);
    expect(await card.getByLabel('Score', { exact: true }).textContent()).toMatch(/^\d+/);
    const points = await app.measures('gridscout:score-point');
    expect(points.length).toBeGreaterThan(0);
  });

  it('“find best sites” under Miner playbook returns spread-out places with time to power', async () => {
    const app = await open('/?v=1&view=-40,38,2.2&layers=suitability');
    await app.openTab('Score');
    await app.page.getByRole('button', { name: 'Find best sites' }).click();
    const items = app.page.getByRole('list', { name: 'Best sites' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(10);
    const texts = await items.allTextContents();
    // Listed as "lat, lon"; distanceKm takes [lon, lat].
    const coords = texts.map((t) => {
      const [lat, lon] = t
        .match(/(-?\d+\.\d+), (-?\d+\.\d+)/)!
        .slice(1)
        .map(Number);
      return [lon, lat] as const;
    });
    for (let i = 0; i < coords.length; i++)
      for (let j = i + 1; j < coords.length; j++)
        expect(distanceKm(coords[i], coords[j])).toBeGreaterThanOrEqual(249);
    for (const t of texts) expect(t).toMatch(/\d+ months/);
    const scores = texts.map((t) => Number(t.match(/score (\d+)/)![1]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    await items.first().getByRole('button', { name: /score/ }).click();
    await app.page.getByRole('region', { name: 'Site score' }).waitFor();
  });

  it('a constraint excludes places and the card names it', async () => {
    const app = await open('/?v=1&view=-99.3,31.3,6&layers=suitability');
    await app.openTab('Score');
    const count = await app.rescoreCount();
    await app.page.getByLabel('Max power price (USD/kWh)').fill('0.01');
    await app.waitForRescore(count);
    expect(await app.page.getByLabel('Surface summary').textContent()).toMatch(/[1-9][\d,]* excluded/);
    await app.clickMap(0.5, 0.5);
    const note = app.page.getByRole('note', { name: 'Excluded' });
    await note.waitFor();
    expect(await note.textContent()).toContain('Power price');
  });
});
