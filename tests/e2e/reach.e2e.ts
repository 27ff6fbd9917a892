/** Reach to users in the browser: the card's people within 100 / 300 km and nearest cloud region; the overlay. */
import { describe, expect, it } from 'vitest';
import type { CloudRegionsFile, PopulationPointsFile } from '../../src/contract/cloudRegions.ts';
import { indexPopulation, populationWithin } from '../../src/domain/population.ts';
import { describeRegion, nearestCloudRegion } from '../../src/features/scoring/reachFacts.ts';
import { readData } from './support/data.ts';
import { browserSession } from './support/session.ts';

const ASHBURN = { lon: -77.49, lat: 39.04 };
const numberIn = (text: string, after: string) =>
  Number(
    text
      .slice(text.indexOf(after) + after.length)
      .match(/[\d,]+/)![0]
      .replace(/,/g, ''),
  );

describe('reach to users', () => {
  const { open } = browserSession();

  it('a click near Ashburn shows the people within 100 and 300 km and the nearest (us-east) cloud region', async () => {
    const index = indexPopulation(readData<PopulationPointsFile>('population_points.json'));
    const nearest = nearestCloudRegion(
      readData<CloudRegionsFile>('cloud_regions.json'),
      ASHBURN.lon,
      ASHBURN.lat,
    );
    expect(nearest?.region.region).toMatch(/^us-east/);
    const app = await open(`/?v=1&view=${ASHBURN.lon},${ASHBURN.lat},12&layers=`);
    await app.clickMap(0.5, 0.5);
    const card = app.page.getByRole('region', { name: 'Reach to users' });
    await card.waitFor({ timeout: 30_000 });
    for (const km of [100, 300]) {
      const row = card.getByRole('listitem', { name: `People within ${km} km` });
      await expect
        .poll(async () => (await row.textContent()) ?? '', { timeout: 30_000 })
        .toMatch(/\d people/);
      const shown = numberIn((await row.textContent()) ?? '', `${km} km:`);
      // The click lands within a pixel (~30 m at zoom 12) of the view centre: the same settlements.
      expect(shown).toBe(populationWithin(index, [ASHBURN.lon, ASHBURN.lat], km));
    }
    const region = card.getByRole('listitem', { name: 'Nearest cloud region' });
    await expect
      .poll(async () => (await region.textContent()) ?? '', { timeout: 30_000 })
      .toContain(describeRegion(nearest!.region));
    const km = numberIn((await region.textContent()) ?? '', '), ');
    expect(Math.abs(km - nearest!.km)).toBeLessThanOrEqual(1);
    expect(await card.textContent()).toContain('ODbL');
  });

  it('the Population radius radio rescores the surface', async () => {
    const app = await open('/?v=1&view=-77.49,39.04,5&layers=suitability');
    await app.waitForMapIdle();
    await app.openTab('Score');
    const radio300 = app.page.getByRole('radio', { name: /300 km/ });
    expect(await app.page.getByRole('radio', { name: /100 km/ }).isChecked()).toBe(true);
    const count = await app.rescoreCount();
    await app.page.getByRole('group', { name: 'Population radius' }).waitFor();
    await radio300.check();
    await app.waitForRescore(count);
    expect(await radio300.isChecked()).toBe(true);
  });

  it('the Cloud regions overlay draws its points and names a region on hover', async () => {
    const regions = readData<CloudRegionsFile>('cloud_regions.json').regions;
    const target = regions.find((r) => r.provider === 'gcp' && r.region === 'us-east4') ?? regions[0]!;
    const app = await open(`/?v=1&view=${target.lon},${target.lat},9&layers=`);
    await app.waitForMapIdle();
    const before = await app.mapPixels();
    await app.setOverlay('Cloud regions', true);
    await expect
      .poll(async () => (await app.waitForRedraw(), app.pixelDifference(before)), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const legend = app.page.getByRole('group', { name: 'Cloud regions legend' });
    expect(await legend.textContent()).toContain('AWS, Azure, Google Cloud, Oracle');
    const tooltip = app.page.getByRole('tooltip');
    await expect
      .poll(
        async () => {
          await app.hoverMap(0.5, 0.49);
          await app.hoverMap(0.5, 0.5);
          return (await tooltip.count()) ? tooltip.textContent() : '';
        },
        { timeout: 30_000 },
      )
      .toMatch(/us-east4|us-ashburn-1/);
  });
});
