/**
 * Search journeys on one page: accent-insensitive places from the gazetteer, small towns where data centers are
 * built, a clear "No results", and countries that land on their own land (Norway, the United States).
 * Expected places and polygons are read from data/, never copied.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { browserSession } from './support/session.ts';
import { readData } from './support/data.ts';
import type { AppDriver } from './support/driver.ts';
import { decodeGazetteer, gazetteerPlace, type GazetteerFile } from '../../src/contract/gazetteer.ts';
import type { RegionCollection } from '../../src/data/datasets.ts';

const session = browserSession();
let app: AppDriver;

const gazetteer = decodeGazetteer(readData<GazetteerFile>('gazetteer.json'));
const place = (name: string, country: string) => {
  for (let i = 0; i < gazetteer.size; i++) {
    const p = gazetteerPlace(gazetteer, i);
    if (p.name === name && p.country === country) return p;
  }
  throw new Error(`${name}, ${country} not in data/gazetteer.json`);
};
const country = (name: string) => {
  const f = readData<RegionCollection>('regions/countries.geojson').features.find(
    (x) => x.properties.name === name,
  );
  if (!f) throw new Error(`${name} not in data/regions/countries.geojson`);
  return f as unknown as GeoJSON.Feature<GeoJSON.MultiPolygon>;
};

const box = () => app.page.getByRole('combobox', { name: 'Search places, mining sites and regions' });
const status = () => app.page.getByRole('search').getByRole('status');

/** Types `text` and waits until every source is searched (no "Loading …" left). */
async function type(text: string): Promise<void> {
  await box().fill(text);
  await expect.poll(() => status().textContent(), { timeout: 90_000 }).not.toMatch(/Loading/);
}

/** The map centre once the flight has ended, as written to the URL. */
async function centreWhen(ok: (lon: number, lat: number) => boolean): Promise<void> {
  await expect
    .poll(
      async () => {
        const v = await app.urlView();
        return v !== null && ok(v[0], v[1]);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

describe('search', () => {
  beforeAll(async () => {
    app = await session.open('/?v=1&view=10,25,1.4');
  });

  it('"Lulea" finds Luleå, Sweden, and Enter flies the map there', async () => {
    const lulea = place('Luleå', 'Sweden');
    await type('Lulea');
    const first = app.page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toMatch(/^Luleå.*Sweden/);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await box().press('Enter');
    await centreWhen((lon, lat) => Math.hypot(lon - lulea.lon, lat - lulea.lat) < 0.05);
    expect(await box().inputValue()).toBe('Luleå');
  });

  it('finds the small towns where data centers are built', async () => {
    await type('Ashburn');
    await app.page.getByRole('option', { name: /^Ashburn.*Virginia, United States/ }).waitFor();
    await type('Colorado City');
    await app.page.getByRole('option', { name: /^Colorado City.*Texas, United States/ }).waitFor();
  });

  it('says so when nothing matches', async () => {
    await type('xyzzyq');
    expect(await status().textContent()).toBe('No results for “xyzzyq”');
    expect(await app.page.getByRole('option').count()).toBe(0);
    expect(await box().getAttribute('aria-expanded')).toBe('false');
  });

  it('"Norway" lands in Norway, "United States" in North America', async () => {
    const norway = country('Norway');
    await type('Norway');
    await box().press('Enter');
    await centreWhen((lon, lat) => booleanPointInPolygon([lon, lat], norway));

    const us = country('United States of America');
    await type('United States');
    await box().press('Enter');
    await centreWhen((lon, lat) => booleanPointInPolygon([lon, lat], us) && lon < -50 && lat > 15);
  });
});
