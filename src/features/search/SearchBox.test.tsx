// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { SearchBox } from './SearchBox.tsx';
import { buildSourceIndex } from './searchIndex.ts';
import { useSearchIndexStore } from './searchStore.ts';
import { placesSource, type PlaceRows } from './sources.ts';

const PLACES = [
  { name: 'Denton', admin1: 'Texas', country: 'United States', population: 150000, lon: -97.1, lat: 33.2 },
  { name: 'Dentonville', admin1: undefined, country: 'Canada', population: 5000, lon: -80, lat: 45 },
];
const rows: PlaceRows = {
  size: PLACES.length,
  name: (i) => PLACES[i].name,
  alternates: () => [],
  admin1: (i) => PLACES[i].admin1,
  country: (i) => PLACES[i].country,
  population: (i) => PLACES[i].population,
  lon: (i) => PLACES[i].lon,
  lat: (i) => PLACES[i].lat,
};

const box = () => screen.getByRole('combobox', { name: 'Search places, mining sites and regions' });
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });
const selected = () =>
  screen.getAllByRole('option').findIndex((o) => o.getAttribute('aria-selected') === 'true');

beforeEach(() => {
  useSearchIndexStore.setState({
    started: true,
    pending: [],
    failed: {},
    indexes: { places: [buildSourceIndex(placesSource(rows))] },
  });
  useSelectionStore.setState({ selection: null });
  render(<SearchBox />);
});
afterEach(cleanup);

describe('SearchBox', () => {
  it('shows name, kind, region and country; arrows move, Enter chooses', () => {
    type('dent');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'DentonPlace · Texas, United States · pop. 150,000',
      'DentonvillePlace · Canada · pop. 5,000',
    ]);
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(selected()).toBe(0);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(selected()).toBe(1);
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1].id);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(selected()).toBe(0);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(useSelectionStore.getState().selection).toEqual({
      kind: 'point',
      lon: PLACES[1].lon,
      lat: PLACES[1].lat,
      label: 'Dentonville, Canada',
      origin: 'search',
    });
    expect((box() as HTMLInputElement).value).toBe('Dentonville');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Escape closes the list, a second Escape clears the field', () => {
    type('denton');
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect((box() as HTMLInputElement).value).toBe('');
  });

  it('says when nothing matches, while places load, and which source failed', () => {
    type('xyzzyq');
    expect(screen.getByRole('status').textContent).toBe('No results for “xyzzyq”');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    useSearchIndexStore.setState({ pending: ['places'], failed: { plants: 'HTTP 404' } });
    type('xyzzy');
    expect(screen.getByRole('status').textContent).toBe(
      'Loading places… Could not load power plants: not searched.',
    );
  });
});
