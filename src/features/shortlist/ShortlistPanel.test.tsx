// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { useGridStore } from '../../data/gridStore.ts';
import { initialConfig, useScoringStore } from '../scoring/scoringStore.ts';
import { AddToShortlistButton } from './AddToShortlistButton.tsx';
import { ShortlistPanel } from './ShortlistPanel.tsx';
import { shortlistStore } from './shortlistStore.ts';
import { SHORTLIST_BACKUP_KEY, SHORTLIST_KEY } from './shortlistStorage.ts';
import { TEST_ENTRIES, testGrid } from './testing/shortlistTestGrid.ts';

const downloads: Array<{ name: string; text: Promise<string> }> = [];

beforeEach(() => {
  localStorage.clear();
  shortlistStore.setState({ entries: [], problem: null });
  useGridStore.setState({ grid: testGrid(), load: async () => {} });
  useScoringStore.setState({ config: initialConfig() });
  downloads.length = 0;
  let lastBlob: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    lastBlob = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: lastBlob!.text() });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderApp() {
  return render(
    <>
      {TEST_ENTRIES.map((e) => (
        <AddToShortlistButton
          key={e.id}
          name={e.name}
          lon={e.lon}
          lat={e.lat}
          origin={e.origin}
          refId={e.refId}
        />
      ))}
      <ShortlistPanel />
    </>,
  );
}

describe('shortlist panel', () => {
  it('adds places from cards, edits them, and keeps them in storage', () => {
    renderApp();
    expect(screen.getByText(/Your shortlist is empty/)).toBeTruthy();
    for (const button of screen.getAllByRole('button', { name: 'Add to shortlist' })) fireEvent.click(button);
    expect(screen.getAllByRole('button', { name: 'In shortlist' })).toHaveLength(3);
    const list = screen.getByRole('list', { name: 'Shortlisted places' });
    expect(
      within(list)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(TEST_ENTRIES.map((e) => `Shortlisted ${e.name}`));
    fireEvent.change(screen.getByRole('textbox', { name: 'Notes for Rockdale, TX' }), {
      target: { value: '<b>not html</b>' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of Rockdale, TX' }), {
      target: { value: 'Rockdale' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move Rockdale down' }));
    const stored = JSON.parse(localStorage.getItem(SHORTLIST_KEY)!);
    expect(stored.entries.map((e: { name: string }) => e.name)).toEqual([
      'Luleå <north>',
      'Rockdale',
      '=Point in Nebraska',
    ]);
    expect(stored.entries[1].note).toBe('<b>not html</b>');
    expect(document.querySelector('b')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Luleå <north>' }));
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('shows live scores that follow the weights', () => {
    renderApp();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add to shortlist' })[0]);
    const score = () => screen.getByTestId('shortlist-score').textContent;
    const before = score();
    expect(before).toMatch(/^\d+\.\d$/);
    act(() => useScoringStore.getState().setWeight('carbon', 80));
    expect(score()).not.toBe(before);
  });

  it('exports CSV with one row per site', async () => {
    renderApp();
    for (const button of screen.getAllByRole('button', { name: 'Add to shortlist' })) fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads[0].name).toMatch(/^gridscout-shortlist-\d{4}-\d\d-\d\d\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(await downloads[0].text, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.data.map((r) => r.name)).toEqual(['Rockdale, TX', 'Luleå <north>', "'=Point in Nebraska"]);
  });

  it('compares selected sites with the best values marked, and exports the comparison', async () => {
    renderApp();
    for (const button of screen.getAllByRole('button', { name: 'Add to shortlist' })) fireEvent.click(button);
    const compare = screen.getByRole('button', { name: /Compare selected/ });
    expect((compare as HTMLButtonElement).disabled).toBe(true);
    for (const e of TEST_ENTRIES)
      fireEvent.click(screen.getByRole('checkbox', { name: `Compare ${e.name}` }));
    compare.focus();
    fireEvent.click(compare);
    const dialog = screen.getByRole('dialog', { name: 'Compare 3 sites' });
    const table = within(dialog).getByRole('table', { name: 'Comparison of shortlisted sites' });
    const priceRow = within(table).getByRole('row', { name: /^Power price \(USD/ });
    const cells = within(priceRow).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['0.05 Best', '0.08', '0.12']);
    expect(within(dialog).getByRole('img', { name: /Criterion scores/ })).toBeTruthy();
    expect(within(dialog).getByRole('table', { name: 'Rank sensitivity' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export comparison (CSV)' }));
    const csv = Papa.parse<string[]>(await downloads[0].text, { comments: '#', skipEmptyLines: true }).data;
    expect(csv[0]).toEqual([
      'measure',
      'unit',
      'better',
      'Rockdale, TX',
      'Luleå <north>',
      "'=Point in Nebraska",
      'best',
    ]);
    expect(csv.find((r) => r[0] === 'Power price')?.at(-1)).toBe('Rockdale, TX');
    const close = within(dialog).getByRole('button', { name: 'Close comparison' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(document, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getAllByRole('button')[0]);
    fireEvent.keyDown(document, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(compare);
  });

  it('opens a printable report with each site, the weights, assumptions and sources', () => {
    renderApp();
    for (const button of screen.getAllByRole('button', { name: 'Add to shortlist' })) fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Printable report' }));
    const report = screen.getByRole('dialog', { name: 'Gridscout shortlist report' });
    expect(document.body.classList.contains('report-open')).toBe(true);
    const summary = within(report).getByRole('table', { name: 'Shortlist summary' });
    expect(
      within(summary)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(TEST_ENTRIES.map((e) => e.name));
    for (const e of TEST_ENTRIES)
      expect(within(report).getByRole('region', { name: `Report on ${e.name}` })).toBeTruthy();
    const settings = within(report).getByRole('region', { name: 'Scoring settings and sources' });
    expect(settings.textContent).toContain('Power price: 30 %');
    expect(settings.textContent).toContain('Energised site: conversion to first power');
    expect(settings.textContent).toContain('synthetic_power_price');
    const print = vi.fn();
    window.print = print;
    fireEvent.click(within(report).getByRole('button', { name: 'Print report' }));
    expect(print).toHaveBeenCalled();
    fireEvent.click(within(report).getByRole('button', { name: 'Close report' }));
    expect(document.body.classList.contains('report-open')).toBe(false);
  });

  it('explains unreadable storage and offers a download and a fresh start', async () => {
    localStorage.setItem(SHORTLIST_KEY, 'garbage{');
    shortlistStore.getState().startNew(); // reset the singleton's in-memory state
    localStorage.setItem(SHORTLIST_KEY, 'garbage{');
    window.dispatchEvent(new StorageEvent('storage', { key: SHORTLIST_KEY }));
    renderApp();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/could not be read/);
    expect(localStorage.getItem(SHORTLIST_BACKUP_KEY)).toBe('garbage{');
    fireEvent.click(within(alert).getByRole('button', { name: 'Download the unreadable data' }));
    expect(await downloads[0].text).toBe('garbage{');
    fireEvent.click(within(alert).getByRole('button', { name: 'Start a new shortlist' }));
    expect(screen.getByText(/Your shortlist is empty/)).toBeTruthy();
  });
});
