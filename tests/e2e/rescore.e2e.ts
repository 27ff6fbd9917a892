/**
 * Live rescoring, as behaviour (timings are the bench's: scripts/bench-browser/rescore.ts): every settled weight
 * change records exactly one `gridscout:rescore` measure (input -> texture updated) over the whole grid, and a fast
 * drag is coalesced (latest wins) into at most one rescore per change, ending on the slider's final weight.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.ts';
import { readData } from './support/data.ts';

const cellCount = readData<{ cellCount: number }>('grid/manifest.json').cellCount;

describe('rescoring', () => {
  const { open } = browserSession({ waitForSurface: true });

  it('records one rescore measure per settled weight step, and coalesces a fast drag', async () => {
    const app = await open('/?v=1&view=-40,38,2.2&layers=suitability');
    await app.openTab('Score');
    // The queue lead times arrive after the first surface and rescore it once: let that settle first.
    // (The list sits in a closed <details>: attached, not visible.)
    await app.page
      .locator('section[aria-label="Regional queue lead times"] li')
      .first()
      .waitFor({ state: 'attached' });
    await app.page.waitForSelector('[data-testid="map"][data-rescoring="idle"]');
    await app.waitForRedraw();

    const slider = app.page.getByRole('slider', { name: 'Power price', exact: true });
    const measuresBefore = (await app.measures('gridscout:rescore')).length;
    const rescoresBefore = await app.rescoreCount();
    const start = Number(await slider.inputValue());
    const key = start < 100 ? 'ArrowRight' : 'ArrowLeft';
    const steps = 5;
    await slider.focus();
    for (let k = 0; k < steps; k++) {
      const count = await app.rescoreCount();
      await slider.press(key);
      await app.waitForRescore(count);
    }
    expect(Math.abs(Number(await slider.inputValue()) - start)).toBe(steps);
    const settled = (await app.measures('gridscout:rescore')).slice(measuresBefore);
    expect(settled).toHaveLength(steps);
    expect(await app.rescoreCount()).toBe(rescoresBefore + steps);
    for (const m of settled) {
      expect(m.detail.cells).toBe(cellCount);
      expect(m.detail.criteria).toBeGreaterThan(0);
    }

    // A burst of changes without waiting: no more rescores than changes, at least one, and the summary settles.
    const burst = 12;
    const beforeBurst = (await app.measures('gridscout:rescore')).length;
    for (let k = 0; k < burst; k++) await slider.press(key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight');
    await app.page.waitForSelector('[data-testid="map"][data-rescoring="idle"]');
    await app.waitForRedraw();
    const afterBurst = (await app.measures('gridscout:rescore')).length - beforeBurst;
    expect(afterBurst).toBeGreaterThanOrEqual(1);
    expect(afterBurst).toBeLessThanOrEqual(burst);
    expect(Math.abs(Number(await slider.inputValue()) - start)).toBe(burst - steps);
    await expect.poll(() => app.page.getByLabel('Surface summary').textContent()).toMatch(/cells scored/);
  });
});
