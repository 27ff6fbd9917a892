/**
 * Issue 15 part 3: the fine surface when zoomed in. One app, one page, in order: at zoom 9 over Northern Virginia the
 * fine surface is drawn (legend line, 0.02° step, the coarse surface hidden in view); the card at a sample centre
 * shows the sample's score; moving the map while a view is computing cancels that request; at zoom 4 the 0.25°
 * surface is back. Expected scores are read from the app (the fine surface's own sample), never copied here.
 */
import { describe, expect, it } from 'vitest';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { PLANTS_SOURCE } from '../../src/features/overlays/plants/plantFeatures.ts';
import type { AppDriver } from './support/driver.ts';
import { browserSession } from './support/session.ts';

type MapWindow = Window & { __map: MapLibreMap };

const ASHBURN = { lon: -77.49, lat: 39.04 };
const MAP = '[data-testid="map"]';

const attr = async (app: AppDriver, name: string) => app.page.locator(MAP).getAttribute(name);
type Wait = 'computing' | 'off' | 'cancelled more than' | 'drawn more than';
/** Waits for the fine surface's state on the map container (`n`: the count to pass for the "more than" waits). */
const waitForFine = (app: AppDriver, what: Wait, n = 0) =>
  app.page.waitForFunction(
    ([w, k]) => {
      const d = document.querySelector<HTMLElement>('[data-testid="map"]')!.dataset;
      if (w === 'cancelled more than') return Number(d.fineCancelled ?? 0) > k;
      if (w === 'drawn more than') return d.fineSurface === 'drawn' && Number(d.fineDraws ?? 0) > k;
      return d.fineSurface === w;
    },
    [what, n] as const,
    { timeout: 120_000 },
  );

describe('the fine surface when zoomed in', () => {
  const { open } = browserSession();
  let app: AppDriver;

  it('appears at zoom 9 over Northern Virginia, with its legend line, over the hidden coarse surface', async () => {
    // `debug` exposes the map as window.__map, so a test can move it between two of the app's own steps.
    app = await open(`/?v=1&view=${ASHBURN.lon},${ASHBURN.lat},9&layers=suitability&debug`);
    await waitForFine(app, 'drawn more than', 0);
    expect(await attr(app, 'data-fine-step')).toBe('0.02');
    expect(await attr(app, 'data-coarse-surface')).toBe('hidden');
    const legend = app.page.getByRole('note', { name: 'Fine surface' });
    expect(await legend.textContent()).toMatch(
      /^Fine surface: 0\.02° samples \(exact distances.*interpolated from 0\.25°\)$/,
    );
    const measures = await app.measures('gridscout:fine-surface');
    expect(measures.length).toBeGreaterThan(0);
    // Opened at this view: its samples were evaluated before the map had loaded; the map's request only scored them.
    expect(measures[0]!.detail.samples).toBeGreaterThan(0);
    expect(measures[0]!.detail.evaluated).toBe(0);
    // The view holds more than PREVIEW_MIN_SAMPLES samples: a quick pass at 4 × 0.02° came first.
    expect(Number(await attr(app, 'data-fine-previews'))).toBeGreaterThan(0);
    expect(await attr(app, 'data-fine-preview-step')).toBe('0.08');
    expect(await app.measures('gridscout:fine-surface-preview')).toHaveLength(
      Number(await attr(app, 'data-fine-previews')),
    );
    console.log(`gridscout:fine-surface: ${measures.map((m) => m.duration.toFixed(0)).join(', ')} ms`);
  });

  it('the card at a sample centre shows the fine surface’s score there', async () => {
    const probe = JSON.parse((await attr(app, 'data-fine-probe'))!) as {
      lon: number;
      lat: number;
      x: number;
      y: number;
      code: number;
    };
    expect(probe.code).toBeLessThanOrEqual(100); // a scored sample (Ashburn is land with every dataset)
    const box = (await app.mapCanvas.boundingBox())!;
    await app.page.mouse.click(box.x + probe.x, box.y + probe.y);
    const card = app.page.getByRole('region', { name: 'Site score' });
    await card.getByText('Score at this point').waitFor({ timeout: 60_000 });
    expect(await card.getByLabel('Score', { exact: true }).textContent()).toBe(`${probe.code} / 100`);
    expect(await attr(app, 'data-fine-sample-score')).toBe(String(probe.code));
    expect(await attr(app, 'data-fine-sample')).toBe(`${probe.lon},${probe.lat}`);
    await app.page.keyboard.press('Escape');
  });

  it('a hidden overlay gets no map data from a dataset the fine surface loaded; shown, it does', async () => {
    // The fine surface (and the card) loaded the plants file.
    const loaded = await app.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .some((e) => new URL(e.name).pathname.endsWith('/data/plants.json')),
    );
    expect(loaded).toBe(true);
    const features = () =>
      app.page.evaluate(
        async (id) =>
          (
            (await (window as unknown as MapWindow).__map
              .getSource<GeoJSONSource>(id)!
              .getData()) as GeoJSON.FeatureCollection
          ).features.length,
        PLANTS_SOURCE,
      );
    expect(await app.page.getByRole('checkbox', { name: 'Power plants', exact: true }).isChecked()).toBe(
      false,
    );
    expect(await features()).toBe(0);
    await app.setOverlay('Power plants', true);
    expect(await features()).toBeGreaterThan(0);
    await app.setOverlay('Power plants', false);
    expect(await features()).toBeGreaterThan(0); // fed once, kept
  });

  it('moving the map while a view is computing cancels that request', async () => {
    const before = Number((await attr(app, 'data-fine-cancelled')) ?? 0);
    const draws = Number(await attr(app, 'data-fine-draws'));
    // Pan once; the moment the fine surface starts computing the new view, pan again. Both happen in the page's
    // JavaScript before the worker can answer, so the first request is always still running when the map moves on.
    await app.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const host = document.querySelector<HTMLElement>('[data-testid="map"]')!;
          const map = (window as unknown as MapWindow).__map;
          const observer = new MutationObserver(() => {
            if (host.dataset.fineSurface !== 'computing') return;
            observer.disconnect();
            map.panBy([-400, 0], { animate: false });
            resolve();
          });
          observer.observe(host, { attributes: true, attributeFilter: ['data-fine-surface'] });
          map.panBy([-400, 0], { animate: false });
        }),
    );
    await waitForFine(app, 'cancelled more than', before);
    await waitForFine(app, 'drawn more than', draws);
    expect(await attr(app, 'data-coarse-surface')).toBe('hidden');
  });

  it('zoomed out to 4, the 0.25° surface is back and the legend line gone', async () => {
    const zoomOut = app.page.getByRole('button', { name: 'Zoom out' });
    const zoom = () => app.page.evaluate(() => (window as unknown as MapWindow).__map.getZoom());
    for (let i = 0; i < 5; i++) {
      const from = await zoom();
      await zoomOut.click();
      // Each click's zoom animation ends before the next click: a click during one zooms out from mid-way.
      await app.page.waitForFunction((z) => {
        const map = (window as unknown as MapWindow).__map;
        return !map.isMoving() && map.getZoom() <= z - 0.9;
      }, from);
      await app.waitForRedraw();
    }
    expect(await zoom()).toBeCloseTo(4, 0);
    // The address bar follows the view after a short debounce.
    await app.page.waitForFunction(
      () => Math.abs(Number(new URLSearchParams(location.search).get('view')?.split(',')[2]) - 4) < 0.5,
    );
    await waitForFine(app, 'off');
    expect(await attr(app, 'data-coarse-surface')).toBe('shown');
    expect(await app.page.getByRole('note', { name: 'Fine surface' }).count()).toBe(0);
  });
});
