/**
 * Issue 12 part 4: the card scores the exact point. At Ashburn (39.04 N, 77.49 W: Virginia, whose 0.25° cell
 * centre lies in Maryland) the power-price row and the score use Virginia's tariff; at Manhattan the price row and
 * the CSV export cite only New York's tariff source. Expected figures and ids are read from data/.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GridManifest } from '../../src/contract/index.ts';
import { regionAt } from '../../src/domain/regionIndex.ts';
import type { RegionCollection } from '../../src/data/datasets.ts';
import { browserSession } from './support/session.ts';
import { readData, region } from './support/data.ts';
import { ShortlistDriver } from './support/shortlistDriver.ts';

const ASHBURN = { lon: -77.49, lat: 39.04 };
const MANHATTAN = { lon: -73.97, lat: 40.78 };
const tariffSourceIds = readData<GridManifest>('grid/manifest.json').layers.find(
  (l) => l.id === 'power_price',
)!.sourceIds;
const admin1 = readData<RegionCollection>('regions/admin1.geojson');
const regionOf = (p: { lon: number; lat: number }) => regionAt(admin1, p.lon, p.lat)!.properties;
const cellCentre = (p: { lon: number; lat: number }) => ({
  lon: (Math.floor(p.lon / 0.25) + 0.5) * 0.25,
  lat: (Math.floor(p.lat / 0.25) + 0.5) * 0.25,
});

describe('the card scores the exact point', () => {
  const { open } = browserSession();

  it('at Ashburn the price row and the score use Virginia’s tariff, beside the 0.25° cell score', async () => {
    const virginia = region('US-VA');
    const cellRegion = regionOf(cellCentre(ASHBURN));
    // the case the issue names: the point is in Virginia, its cell centre in another state with another price
    expect(regionOf(ASHBURN).code).toBe('US-VA');
    expect(cellRegion.code).not.toBe('US-VA');
    expect(cellRegion.tariff!.usdPerKwh).not.toBe(virginia.tariff!.usdPerKwh);

    const app = await open(`/?v=1&view=${ASHBURN.lon},${ASHBURN.lat},11`);
    await app.clickMap(0.5, 0.5);
    const card = app.page.getByRole('region', { name: 'Site score' });
    await card.getByText('Score at this point').waitFor({ timeout: 30_000 });
    const priceRow = card
      .getByRole('table', { name: 'Score breakdown' })
      .getByRole('row')
      .filter({ hasText: 'Power price' });
    const text = await priceRow.textContent();
    expect(text).toContain(`${virginia.tariff!.usdPerKwh.toFixed(4)} USD/kWh`);
    expect(text).not.toContain(`${cellRegion.tariff!.usdPerKwh.toFixed(4)} USD/kWh`);
    expect(text).toContain('at this point');
    expect(await priceRow.locator('[data-source-ids]').getAttribute('data-source-ids')).toBe(
      virginia.tariff!.sourceId,
    );
    expect(await card.getByLabel('Score', { exact: true }).textContent()).toMatch(/^\d+|—/);
    expect(await card.getByLabel('0.25° cell score').textContent()).toMatch(/^\d+$|^[a-z]+$/);
    const measures = await app.measures('gridscout:point-score');
    expect(measures.length).toBeGreaterThan(0);
    console.log(
      `gridscout:point-score (pointValues + scorePoint): ${measures.map((m) => m.duration.toFixed(1)).join(', ')} ms`,
    );
  });

  it('at Manhattan the price row and the CSV export cite only New York’s tariff source', async () => {
    const ny = regionOf(MANHATTAN);
    expect(ny.code).toBe('US-NY');
    const own = ny.tariff!.sourceId;
    expect(tariffSourceIds.length).toBeGreaterThan(1);

    const app = await open(`/?v=1&view=${MANHATTAN.lon},${MANHATTAN.lat},11`);
    await app.clickMap(0.5, 0.5);
    const card = app.page.getByRole('region', { name: 'Site score' });
    await card.getByText('Score at this point').waitFor({ timeout: 30_000 });
    const priceRow = card
      .getByRole('table', { name: 'Score breakdown' })
      .getByRole('row')
      .filter({ hasText: 'Power price' });
    expect(await priceRow.locator('[data-source-ids]').getAttribute('data-source-ids')).toBe(own);

    const shortlist = new ShortlistDriver(app);
    await shortlist.addFromDetails();
    await shortlist.open();
    await shortlist.scores();
    const csv = await shortlist.download('Export CSV');
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true }).data;
    expect(rows).toHaveLength(1);
    const ids = rows[0]!.source_ids!.split('; ');
    expect(ids.filter((id) => tariffSourceIds.includes(id))).toEqual([own]);
  });
});
