/**
 * Issue 13 point 1, named places and markers, in one page: best sites are named after their nearest town (name,
 * country from data/gazetteer.json) and drawn as numbered markers that match the list; hovering a row highlights
 * its marker and hovering a marker its row; a click near Québec City names the place with its admin-1 NAME (read
 * from data/gazetteer.json, never GeoNames' code "10"); a shortlisted click is called "Near …" and gets a marker.
 * The page is opened with ?debug so the test can read the map (rendered features, feature-state).
 */
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { decodeGazetteer, gazetteerPlace, type GazetteerFile } from '../../src/contract/gazetteer.ts';
import { browserSession } from './support/session.ts';
import { readData } from './support/data.ts';
import { ShortlistDriver } from './support/shortlistDriver.ts';
import type { AppDriver } from './support/driver.ts';

const gazetteer = decodeGazetteer(readData<GazetteerFile>('gazetteer.json'));
const placeNames = new Set(gazetteer.name);
const countryNames = new Set(gazetteer.countries.flatMap((c) => (c.name ? [c.name] : [])));
const quebecIndex = gazetteer.name.findIndex(
  (n, i) => n === 'Québec' && gazetteer.countries[gazetteer.country[i]!]!.iso2 === 'CA',
);
const quebec = gazetteerPlace(gazetteer, quebecIndex);

type MapWindow = Window & { __map: MapLibreMap };

/** The ranks drawn by a marker layer, after fitting the map to the given points. */
async function drawnRanks(app: AppDriver, points: [number, number][]): Promise<number[]> {
  await app.page.evaluate((pts) => {
    const map = (window as unknown as MapWindow).__map;
    const lons = pts.map((p) => p[0]);
    const lats = pts.map((p) => p[1]);
    map.fitBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      { padding: 60, animate: false, maxZoom: 6 },
    );
  }, points);
  await app.waitForRedraw();
  return app.page.evaluate(() =>
    (window as unknown as MapWindow).__map
      .queryRenderedFeatures({ layers: ['marker-best-number'] })
      .map((f) => Number(f.properties.label))
      .sort((a, b) => a - b),
  );
}

const featureState = (app: AppDriver, source: string, id: number) =>
  app.page.evaluate(
    ([s, i]) =>
      (window as unknown as MapWindow).__map.getFeatureState({ source: s as string, id: i as number }),
    [source, id] as const,
  );

describe('named places and markers', () => {
  const { open } = browserSession();
  let app: AppDriver;

  it('names every best site after a town and country and draws its numbered marker; rows and markers highlight each other', async () => {
    expect(quebec.admin1).toBeTruthy();
    app = await open('/?v=1&view=-40,38,2.2&debug');
    await app.openTab('Score');
    await app.page.getByRole('button', { name: 'Find best sites' }).click();
    const items = app.page.getByRole('list', { name: 'Best sites' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(10);
    // Coordinates first, the names once the gazetteer has loaded.
    await expect
      .poll(async () => (await items.allTextContents()).every((t) => / km · score \d+/.test(t)), {
        timeout: 30_000,
      })
      .toBe(true);
    const texts = await items.allTextContents();
    const points: [number, number][] = [];
    texts.forEach((t, i) => {
      const m = t.match(/^#(\d+) (.+?) · (?:\d+|< 1) km · score \d+/);
      expect(m, t).not.toBeNull();
      expect(Number(m![1])).toBe(i + 1);
      const parts = m![2]!.split(', ');
      expect(placeNames.has(parts[0]!), t).toBe(true);
      expect(countryNames.has(parts[parts.length - 1]!), t).toBe(true);
      const [lat, lon] = t
        .match(/(-?\d+\.\d+), (-?\d+\.\d+)/)!
        .slice(1)
        .map(Number);
      points.push([lon!, lat!]);
    });
    expect(await drawnRanks(app, points)).toEqual(texts.map((_, i) => i + 1));

    await items.nth(1).hover();
    await expect.poll(() => featureState(app, 'markers-best', 2)).toEqual({ highlight: true });
    expect(await items.nth(1).getAttribute('data-highlighted')).toBe('true');

    // The marker of site 1, hovered on the map, highlights row 1.
    const at = await app.page.evaluate((p) => (window as unknown as MapWindow).__map.project(p), points[0]!);
    const box = (await app.mapCanvas.boundingBox())!;
    await app.page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(() => items.first().getAttribute('data-highlighted')).toBe('true');
    expect(await featureState(app, 'markers-best', 1)).toEqual({ highlight: true });
  });

  it('a click near Québec City names its admin-1 region, and a shortlisted click is “Near …” with its marker', async () => {
    await app.page.evaluate((p) => (window as unknown as MapWindow).__map.jumpTo({ center: p, zoom: 11 }), [
      quebec.lon,
      quebec.lat,
    ] as [number, number]);
    await app.waitForRedraw();
    await app.clickMap(0.5, 0.5);
    const card = app.page.getByRole('article', { name: 'Selected place' });
    const near = card.getByTestId('near-place');
    await app.page.waitForSelector('[data-testid="near-place"][data-loaded="true"]');
    const line = (await near.textContent())!;
    expect(line).toMatch(new RegExp(`^Near .+, ${quebec.admin1}, ${quebec.country} \\((\\d+|< 1) km\\)$`));
    expect(line).not.toContain(', 10,');

    const shortlist = new ShortlistDriver(app);
    await shortlist.addFromDetails();
    await shortlist.open();
    const [name] = await shortlist.names();
    expect(name).toBe(line.replace(/ \([^)]*\)$/, ''));
    await app.waitForRedraw();
    const drawn = await app.page.evaluate(() => {
      const map = (window as unknown as MapWindow).__map;
      return {
        shortlist: map.queryRenderedFeatures({ layers: ['marker-shortlist'] }).map((f) => f.properties.name),
        selected: map.queryRenderedFeatures({ layers: ['marker-selected'] }).length,
      };
    });
    expect(drawn).toEqual({ shortlist: [name], selected: 1 });
  });
});
