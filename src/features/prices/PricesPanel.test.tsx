// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { PricesPanel } from './PricesPanel.tsx';
import { pricesStore } from './pricesStore.ts';
import { admin1, countries, countryNamed, manifest, places, regionNamed } from './testing/realPlaces.ts';

const texas = regionNamed('Texas');
const germany = countryNamed('Germany');
const texasName = `${places.describe(texas.code)} (${texas.code})`;

// By label, not by role: role queries walk the ~500 options of the place picker and are slow in jsdom.
const form = () => screen.getByLabelText('Add your own price');
const field = (name: string) => within(form()).getByLabelText(name) as HTMLInputElement;
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const describedBy = (input: HTMLElement) =>
  document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;

function setPrice(region: string, price: string, label = '') {
  type(field('Region or country'), region);
  type(field('USD/kWh'), price);
  type(field('Label (optional)'), label);
  fireEvent.click(within(form()).getByRole('button', { name: 'Set price' }));
}

beforeEach(() => {
  useDatasetStore.setState({
    data: { gridManifest: manifest, admin1, countries },
    ensure: () => {},
  });
  pricesStore.getState().startNew();
  render(<PricesPanel />);
});
afterEach(cleanup);

describe('Your prices panel', () => {
  it('sets a price for Texas by name; the table shows it and the scoring config carries it', () => {
    setPrice('Texas', '0.03', 'PPA quote');
    expect(screen.getByRole('status').textContent).toBe(`Set ${texasName} to 0.03 USD/kWh, your figure.`);
    const row = screen.getByRole('row', { name: new RegExp(texas.code) });
    expect(
      (within(row).getByRole('textbox', { name: `USD/kWh for ${texasName}` }) as HTMLInputElement).value,
    ).toBe('0.03');
    expect(
      (within(row).getByRole('textbox', { name: `Label for ${texasName}` }) as HTMLInputElement).value,
    ).toBe('PPA quote');
    expect(useScoringStore.getState().config.priceOverrides).toEqual([
      { code: texas.code, usdPerKwh: 0.03, label: 'PPA quote' },
    ]);
    expect(field('Region or country').value).toBe('');
  });

  it('marks each bad field with its reason and applies nothing', () => {
    setPrice('Atlantis', '-1');
    const region = field('Region or country');
    const price = field('USD/kWh');
    expect(region.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(region)).toMatch(/^“Atlantis” is not a region or country/);
    expect(price.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(price)).toBe('price “-1” is negative');
    expect(field('Label (optional)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(pricesStore.getState().prices).toEqual([]);
    setPrice(germany.iso3, '0.1');
    expect(field('USD/kWh').getAttribute('aria-invalid')).toBeNull();
    expect(pricesStore.getState().prices).toEqual([{ code: germany.iso3, usdPerKwh: 0.1 }]);
  });

  it('edits a price in the table only when the new value is valid, and removes a row', () => {
    setPrice('Texas', '0.03');
    const price = () => screen.getByRole('textbox', { name: `USD/kWh for ${texasName}` });
    type(price(), 'abc');
    fireEvent.blur(price());
    expect(price().getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(price())).toBe('price “abc” is not a number of USD/kWh; still 0.03 USD/kWh');
    expect(pricesStore.getState().prices).toEqual([{ code: texas.code, usdPerKwh: 0.03 }]);
    type(price(), '0.045');
    fireEvent.blur(price());
    expect(pricesStore.getState().prices).toEqual([{ code: texas.code, usdPerKwh: 0.045 }]);
    fireEvent.click(screen.getByRole('button', { name: `Remove your price for ${texasName}` }));
    expect(pricesStore.getState().prices).toEqual([]);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('imports a table: applies the good rows, lists the bad ones by row number', async () => {
    const text = `region,usd_per_kwh,label\nTexas,0.03,quote\nAtlantis,0.05,\nGermany,x,\n`;
    const file = new File([text], 'prices.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Price table file'), { target: { files: [file] } });
    const outcome = await screen.findByRole('status', { name: 'Price table import' }, { timeout: 10_000 });
    expect(within(outcome).getByText(/^prices\.csv: applied 1 price/).textContent).toBe(
      'prices.csv: applied 1 price (your figure); 2 rows were not applied:',
    );
    expect(
      within(outcome)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.slice(0, 6)),
    ).toEqual(['Row 3:', 'Row 4:']);
    expect(pricesStore.getState().prices).toEqual([{ code: texas.code, usdPerKwh: 0.03, label: 'quote' }]);
  });

  it('a file it cannot read changes nothing and says why', async () => {
    setPrice('Germany', '0.1');
    const file = new File(['lat,lon\n1,2\n'], 'sites.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Price table file'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert', { name: 'Price table import' }, { timeout: 10_000 });
    expect(alert.textContent).toMatch(
      /^sites\.csv: No region and usd_per_kwh column was recognised.*Nothing was changed\.$/,
    );
    expect(pricesStore.getState().prices).toEqual([{ code: germany.iso3, usdPerKwh: 0.1 }]);
  });

  it('explains an unreadable saved table and offers a download and a new start', () => {
    cleanup();
    pricesStore.setState({
      prices: [],
      problem: { raw: '{', reason: 'The stored own prices are not valid JSON.' },
    });
    render(<PricesPanel />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The stored own prices are not valid JSON.');
    expect(within(alert).getByRole('button', { name: 'Download the unreadable prices' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Add your own price' })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Start a new price table' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('form', { name: 'Add your own price' })).toBeTruthy();
  });
});
