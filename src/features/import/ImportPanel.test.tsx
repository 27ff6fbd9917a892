// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useGridStore } from '../../data/gridStore.ts';
import { initialConfig, useScoringStore } from '../scoring/scoringStore.ts';
import { shortlistStore } from '../shortlist/shortlistStore.ts';
import { TEST_PLACES, testGrid } from '../../shared/testing/shortlistTestGrid.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { importStore } from './importStore.ts';

const XSS = '<img src=x onerror=window.__xss=1>';

beforeEach(() => {
  localStorage.clear();
  shortlistStore.setState({ entries: [], problem: null });
  importStore.setState({ layers: [], attempt: null, target: 'new', unreadable: null, storageProblem: null });
  useGridStore.setState({ grid: testGrid(), load: async () => {} });
  useScoringStore.setState({ config: initialConfig() });
});
afterEach(cleanup);

async function upload(name: string, text: string) {
  const input = screen.getByLabelText('Candidate sites file');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
  await screen.findByRole('status');
}

describe('ImportPanel', () => {
  it('lists bad rows, scores good ones, shows names as text and adds them to the shortlist', async () => {
    render(<ImportPanel />);
    const [a, b] = TEST_PLACES;
    await upload('sites.csv', `name,lat,lon\n"${XSS}",${a.lat},${a.lon}\nB,${b.lat},${b.lon}\nBad,,1\n`);
    expect(screen.getByRole('status').textContent).toMatch(/Imported 2 sites from sites.csv/);
    expect(
      within(screen.getByRole('list', { name: 'Rows not imported' })).getByRole('listitem').textContent,
    ).toBe('Row 4: missing coordinate (no latitude)');
    const site = screen.getByRole('article', { name: `Imported ${XSS}` });
    expect(site.querySelector('img')).toBeNull();
    expect(within(site).getByText(XSS)).toBeTruthy();
    expect(within(site).getByTestId('import-score').textContent).toMatch(/^Score \d+\.\d$/);

    fireEvent.click(screen.getByRole('button', { name: `Add ${XSS} to shortlist` }));
    expect(shortlistStore.getState().entries).toMatchObject([
      { name: XSS, origin: 'import', lat: a.lat, lon: a.lon },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Add all valid to shortlist' }));
    expect(shortlistStore.getState().entries.map((e) => e.name)).toEqual([XSS, 'B']);
    expect(screen.getAllByRole('status')[1].textContent).toBe('Added 1 site to the shortlist.');
  });

  it('offers the headers when coordinates are not recognised', async () => {
    render(<ImportPanel />);
    await upload('odd.csv', 'where,north,east\nX,10,20\n');
    fireEvent.change(screen.getByRole('combobox', { name: 'Latitude column' }), {
      target: { value: 'north' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Longitude column' }), {
      target: { value: 'east' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(await screen.findByRole('article', { name: 'Imported Unnamed site 2' })).toBeTruthy();
  });

  it('keeps earlier sites when a later file fails', async () => {
    render(<ImportPanel />);
    await upload('good.csv', 'lat,lon,name\n1,2,Keep me\n');
    await upload('bad.csv', 'lat,lon\n999,2\n');
    await screen.findByText(/Nothing imported from bad.csv/);
    expect(screen.getByRole('article', { name: 'Imported Keep me' })).toBeTruthy();
  });

  it('makes each file a layer the user can hide, rename and remove', async () => {
    render(<ImportPanel />);
    await upload('one.csv', 'lat,lon,name\n1,2,First\n');
    await upload('two.csv', 'lat,lon,name\n3,4,Second\n');
    await screen.findByRole('article', { name: 'Imported Second' });
    const layers = within(screen.getByRole('list', { name: 'Import layers' })).getAllByRole('region');
    expect(layers.map((l) => l.getAttribute('aria-label'))).toEqual([
      'Import layer one.csv',
      'Import layer two.csv',
    ]);
    const show = screen.getByRole('checkbox', { name: /Show one\.csv on the map/ }) as HTMLInputElement;
    fireEvent.click(show);
    expect(show.checked).toBe(false);
    expect(importStore.getState().layers.map((l) => l.visible)).toEqual([false, true]);
    fireEvent.click(screen.getByRole('button', { name: 'Rename two.csv' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'New name for two.csv' }), {
      target: { value: 'Texas' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByRole('region', { name: 'Import layer Texas' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove one.csv' }));
    expect(importStore.getState().layers.map((l) => l.name)).toEqual(['Texas']);
  });

  it('offers to swap latitude and longitude when that puts the sites on land', async () => {
    const land = TEST_PLACES.find((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 90)!;
    render(<ImportPanel />);
    await upload('swapped.csv', `lat,lon,name\n${land.lon},${land.lat},Swapped\n`);
    const note = await screen.findByRole('note', { name: 'Latitude and longitude in swapped.csv' });
    expect(note.textContent).toMatch(/0 of 1 checked are on land.*1 of 1 would be on land/);
    fireEvent.click(screen.getByRole('button', { name: 'Swap latitude and longitude' }));
    expect(importStore.getState().layers[0].sites).toMatchObject([{ lat: land.lat, lon: land.lon }]);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
