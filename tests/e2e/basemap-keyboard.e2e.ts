/**
 * Issue 13 points 3 and 7 in real Chromium, on one page: labels by rank at the first view (France, Germany, the
 * UK, Italy), Moscow at zoom 4, towns at zoom 7.5 (Abilene, Midland, Boden), plant cluster labels inside their
 * circles; the keyboard on the map (Enter scores the centre, ArrowRight pans east); refused numeric input.
 * Every name and coordinate is read from data/.
 */
import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { decodeGazetteer, type GazetteerFile } from '../../src/contract/gazetteer.ts';
import { LIMITS } from '../../src/domain/index.ts';
import type { PlacesFile } from '../../src/data/schemas.ts';
import { BASEMAP_LAYERS, PLACE_LABEL_LAYERS } from '../../src/features/map/layers/basemap.ts';
import { WORLD_VIEW } from '../../src/features/map/mapHandle.ts';
import {
  clusterLabel,
  clusterRadius,
  CLUSTER_TEXT_SIZE,
} from '../../src/features/overlays/plants/clusterStyle.ts';
import { PLANT_LAYERS } from '../../src/features/overlays/plants/plantsOverlay.ts';
import { readData, region } from './support/data.ts';
import type { AppDriver } from './support/driver.ts';
import { browserSession } from './support/session.ts';

const places = readData<PlacesFile>('places.json');
const gazetteer = decodeGazetteer(readData<GazetteerFile>('gazetteer.json'));
/** The most populous place of that name in the country (places.json, else the gazetteer). */
function place(name: string, iso2: string): { lon: number; lat: number } {
  const i = places.name.findIndex((n, k) => n === name && places.country[k] === iso2);
  if (i >= 0) return { lon: places.lon[i], lat: places.lat[i] };
  let best = -1;
  for (let k = 0; k < gazetteer.size; k++)
    if (
      gazetteer.name[k] === name &&
      gazetteer.countries[gazetteer.country[k]].iso2 === iso2 &&
      (best < 0 || gazetteer.population[k] > gazetteer.population[best])
    )
      best = k;
  if (best < 0) throw new Error(`${name} (${iso2}) not in data/`);
  return { lon: gazetteer.lon[best], lat: gazetteer.lat[best] };
}

type MapWindow = {
  __map: {
    jumpTo(o: { center: [number, number]; zoom: number }): void;
    getCenter(): { lng: number; lat: number };
    queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
    getPaintProperty(layer: string, name: string): unknown;
  };
};

const renderedNames = (app: AppDriver, layers: string[]) =>
  app.page.evaluate(
    (ls) =>
      (window as unknown as MapWindow).__map
        .queryRenderedFeatures({ layers: ls })
        .map((f) => String(f.properties.name)),
    layers,
  );

async function jump(app: AppDriver, at: { lon: number; lat: number }, zoom: number) {
  await app.page.evaluate(
    ({ lon, lat, z }) => (window as unknown as MapWindow).__map.jumpTo({ center: [lon, lat], zoom: z }),
    { lon: at.lon, lat: at.lat, z: zoom },
  );
}
const centre = (app: AppDriver) =>
  app.page.evaluate(() => (window as unknown as MapWindow).__map.getCenter());

describe('a readable basemap and input you can trust', () => {
  const { open } = browserSession();
  let app: AppDriver;
  const labelLayers = [...PLACE_LABEL_LAYERS, BASEMAP_LAYERS.townLabels];

  it('names France, Germany, the United Kingdom and Italy at the first view', async () => {
    app = await open('/?debug');
    const names = await renderedNames(app, [BASEMAP_LAYERS.countryLabels]);
    for (const code of ['FR', 'DE', 'GB', 'IT']) expect(names).toContain(region(code).name);
  });

  it('labels Moscow at zoom 4', async () => {
    await jump(app, place('Moscow', 'RU'), 4);
    await expect.poll(() => renderedNames(app, labelLayers), { timeout: 60_000 }).toContain('Moscow');
  });

  it('labels Abilene (Texas) and Boden (Sweden) at zoom 7.5', async () => {
    for (const [name, iso2] of [
      ['Abilene', 'US'],
      ['Boden', 'SE'],
    ]) {
      await jump(app, place(name, iso2), 7.5);
      await expect.poll(() => renderedNames(app, labelLayers), { timeout: 90_000 }).toContain(name);
    }
  }, 240_000);

  it('draws plant cluster labels with a halo, inside their circles', async () => {
    await jump(app, WORLD_VIEW, WORLD_VIEW.zoom);
    await app.setOverlay('Power plants', true);
    const clusterMws = () =>
      app.page.evaluate(
        (layer) =>
          (window as unknown as MapWindow).__map
            .queryRenderedFeatures({ layers: [layer] })
            .map((f) => Number(f.properties.mw)),
        PLANT_LAYERS.clusters,
      );
    await expect
      .poll(async () => (await app.waitForRedraw(), (await clusterMws()).length), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const clusters = await clusterMws();
    const halo = Number(
      await app.page.evaluate(
        (layer) => (window as unknown as MapWindow).__map.getPaintProperty(layer, 'text-halo-width'),
        PLANT_LAYERS.clusterLabels,
      ),
    );
    expect(halo).toBeGreaterThan(0);
    const evaluate = (expr: unknown, spec: unknown) => {
      const e = createExpression(expr, spec as never);
      if (e.result !== 'success') throw new Error('bad expression');
      return (mw: number) =>
        e.value.evaluate({ zoom: WORLD_VIEW.zoom }, { type: 1, properties: { mw } } as never);
    };
    const text = evaluate(clusterLabel, latest.layout_symbol['text-field']);
    const radius = evaluate(clusterRadius, latest.paint_circle['circle-radius']);
    const labels = clusters.map((mw) => String(text(mw)));
    // widths measured in this browser with the font the map draws local glyphs in
    const widths = await app.page.evaluate(
      ({ ls, size }) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${size}px sans-serif`;
        return ls.map((l) => ctx.measureText(l).width);
      },
      { ls: labels, size: CLUSTER_TEXT_SIZE },
    );
    clusters.forEach((mw, i) => expect(widths[i] + 2 * halo).toBeLessThanOrEqual(2 * Number(radius(mw))));
    await app.setOverlay('Power plants', false);
  });

  it('Enter on the focused map scores the centre under a crosshair; ArrowRight pans east', async () => {
    await jump(app, place('Abilene', 'US'), 7.5);
    await app.waitForRedraw();
    await app.mapCanvas.focus();
    const name = await app.mapCanvas.getAttribute('aria-label');
    expect(name).toContain('Enter scores the place under the crosshair');
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('map-crosshair').waitFor();
    const details = app.page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('region', { name: 'Site score' }).waitFor({ timeout: 30_000 });
    const at = await centre(app);
    const [lat, lon] = (
      (await details
        .getByText(/^-?\d+\.\d{4}, -?\d+\.\d{4}/)
        .first()
        .textContent()) ?? ''
    )
      .split(/[,·]/)
      .map(Number);
    expect(Math.abs(lat - at.lat)).toBeLessThan(0.01);
    expect(Math.abs(lon - at.lng)).toBeLessThan(0.01);

    await app.mapCanvas.focus();
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await centre(app)).lng, { timeout: 10_000 }).toBeGreaterThan(at.lng);
  });

  it('refuses −5 as Max power price and an inverted transform bound: aria-invalid, a message, surface unchanged', async () => {
    const price = LIMITS.find((d) => d.id === 'maxPowerPrice')!;
    await app.openTab('Score');
    const rescores = await app.rescoreCount();
    const field = app.page.getByRole('spinbutton', { name: `${price.label} (${price.unit})` });
    await field.fill('-5');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const message = app.page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`);
    expect(await message.textContent()).toContain(price.label);
    expect(await message.textContent()).toContain(String(price.max));

    const criterion = app.page.getByRole('list', { name: 'Criterion weights' }).getByRole('listitem').first();
    await criterion.locator('summary').click();
    const lower = criterion.getByRole('spinbutton', { name: /lower bound$/ });
    const upper = Number(await criterion.getByRole('spinbutton', { name: /upper bound$/ }).inputValue());
    await lower.fill(String(upper + 1));
    expect(await lower.getAttribute('aria-invalid')).toBe('true');
    const bound = app.page.locator(`[id="${await lower.getAttribute('aria-describedby')}"]`);
    expect(await bound.textContent()).toContain(
      `below ${upper.toLocaleString('en-US', { maximumSignificantDigits: 6 })}`,
    );
    await app.waitForRedraw();
    expect(await app.rescoreCount()).toBe(rescores);
  });
});
