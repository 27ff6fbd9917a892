/**
 * Layouts that work, in one page resized: at 1024×700 and at 390×844 (a phone) a selected place is never under
 * the details card (the map pans it clear; on the phone the card is a bottom sheet), the page never scrolls
 * sideways with the card and the side panel open, and the hover tooltip never covers the card. At 390 and
 * 1440 px it saves the README's layout screenshots (tests/e2e/artifacts/layout-*.png).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './support/session.ts';
import type { AppDriver } from './support/driver.ts';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const session = browserSession();
let app: AppDriver;
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

/** The card's rectangle (viewport px). */
const cardBox = (page: Page): Promise<Box> =>
  details(page).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

const inside = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;
const intersects = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where a lon/lat is on screen now, projected with the page's own map (?debug exposes it). */
const screenOf = (page: Page, lngLat: [number, number]) =>
  page.evaluate((ll) => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const p = map.project(ll);
    const frame = map.getContainer().getBoundingClientRect();
    return { x: frame.left + p.x, y: frame.top + p.y };
  }, lngLat);

/** Clicks the map at fractions of its size; returns where (viewport px) and the lon/lat under the pointer. */
async function selectAt(
  fx: number,
  fy: number,
): Promise<{ clicked: { x: number; y: number }; place: [number, number] }> {
  const box = (await app.mapCanvas.boundingBox())!;
  const x = box.x + box.width * fx;
  const y = box.y + box.height * fy;
  const lngLat = await app.page.evaluate(
    ([px, py]) => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const frame = map.getContainer().getBoundingClientRect();
      const ll = map.unproject([px - frame.left, py - frame.top]);
      return [ll.lng, ll.lat] as [number, number];
    },
    [x, y],
  );
  await app.page.mouse.click(x, y);
  await details(app.page).getByRole('region', { name: 'Site score' }).waitFor();
  await app.waitForRedraw();
  return { clicked: { x, y }, place: lngLat };
}

const cardScrollsSideways = () =>
  details(app.page)
    .locator('.details-body')
    .evaluate((b) => b.scrollWidth > b.clientWidth);

async function noSidewaysScroll() {
  const { scrollWidth, clientWidth } = await app.page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Hovers the map just beside the card and checks the tooltip keeps clear of it. */
async function tooltipClearOfCard(x: number, y: number) {
  // The map may still be settling after the card opened (a pan to reveal the place): a hover during a move shows
  // nothing, so wait for the map, then nudge the pointer until the tooltip is up.
  await app.waitForRedraw();
  const tooltip = app.page.getByRole('tooltip');
  await expect
    .poll(
      async () => {
        await app.page.mouse.move(x - 5, y);
        await app.page.mouse.move(x, y);
        return tooltip.isVisible();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const tip = await tooltip.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  expect(intersects(tip, await cardBox(app.page))).toBe(false);
}

describe('layouts at 1024×700 and 390×844', () => {
  it('at 1024×700 the map pans a place clicked under the card clear of it', async () => {
    app = await session.open('/?v=1&view=-99,36,6&debug');
    await app.page.setViewportSize({ width: 1024, height: 700 });
    await app.waitForRedraw();
    expect(await details(app.page).count()).toBe(0);
    const { clicked, place } = await selectAt(0.85, 0.5);
    const box = await cardBox(app.page);
    // The click was in the card's column (the card sits on the map's right); the map moved the place clear.
    expect(clicked.x).toBeGreaterThan(box.left);
    expect(clicked.x).toBeLessThan(box.right);
    expect(inside(await screenOf(app.page, place), box)).toBe(false);
    await noSidewaysScroll();
    await app.page.getByRole('tab', { name: 'Score' }).click();
    await noSidewaysScroll();
    await tooltipClearOfCard(box.left - 30, box.top + 60);
    await details(app.page).getByRole('button', { name: 'Close details' }).click();
  });

  it('at 390×844 the card is a bottom sheet under the place, with a close button, and nothing scrolls sideways', async () => {
    await app.page.setViewportSize({ width: 390, height: 844 });
    await app.waitForRedraw();
    const { clicked, place } = await selectAt(0.08, 0.97);
    const box = await cardBox(app.page);
    expect([box.left, box.right, box.bottom]).toEqual([0, 390, 844]);
    expect(box.bottom - box.top).toBeLessThanOrEqual(844 * 0.5 + 1);
    // Clicked just above the sheet's edge (left of the attribution); the map moved the place well above it.
    expect(clicked.y).toBeGreaterThan(box.top - 24);
    const placeOnScreen = await screenOf(app.page, place);
    expect(inside(placeOnScreen, box)).toBe(false);
    expect(placeOnScreen.y).toBeLessThan(box.top - 24);
    await noSidewaysScroll();
    await details(app.page).getByRole('button', { name: 'Close details' }).waitFor();
    expect(await cardScrollsSideways()).toBe(false);
    // Above the attribution, near enough to the sheet that a tooltip below the pointer would cover it.
    await tooltipClearOfCard(195, box.top - 60);
    await app.page.mouse.move(195, box.top + 40);
    await app.page.getByRole('tooltip').waitFor({ state: 'detached' });
    await app.page.screenshot({ path: 'tests/e2e/artifacts/layout-390.png' });
    await details(app.page).getByRole('button', { name: 'Close details' }).click();
    await details(app.page).waitFor({ state: 'detached' });
    await noSidewaysScroll();
  });

  it('at 1440 px the breakdown table shows its Weight column whole', async () => {
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await app.waitForRedraw();
    await selectAt(0.8, 0.5);
    const table = details(app.page).getByRole('table', { name: 'Score breakdown' });
    const weight = table.getByRole('columnheader', { name: 'Weight' });
    const [cell, body] = await Promise.all([
      weight.evaluate((e) => e.getBoundingClientRect().right),
      details(app.page).evaluate((e) => e.getBoundingClientRect().right),
    ]);
    expect(cell).toBeLessThanOrEqual(body);
    // Nothing in the card is wider than the card: it never scrolls sideways.
    expect(await cardScrollsSideways()).toBe(false);
    await app.page.mouse.move(5, 890);
    await app.page.screenshot({ path: 'tests/e2e/artifacts/layout-1440.png' });
  });
});
