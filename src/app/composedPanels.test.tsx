// @vitest-environment jsdom
/** The Shortlist tab as App composes it: the shortlist with the exports, comparison and report it embeds. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  renderWithAddButtons,
  setupShortlistHarness,
} from '../features/shortlist/testing/shortlistHarness.tsx';
import Papa from 'papaparse';
import { TEST_ENTRIES } from '../shared/testing/shortlistTestGrid.ts';
import { ShortlistTab } from './composedPanels.tsx';

// Export buttons, comparison and report are lazy chunks: on a busy machine Vitest transforms them for longer than
// findBy's 1 s default, so wait up to 10 s for them.
const LAZY = { timeout: 10_000 };
const downloads = setupShortlistHarness();
const renderApp = () => renderWithAddButtons(<ShortlistTab />);

describe('shortlist tab', () => {
  it('exports CSV with one row per site', async () => {
    renderApp();
    for (const button of screen.getAllByRole('button', { name: 'Add to shortlist' })) fireEvent.click(button);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }, LAZY));
    expect(downloads().map((d) => d.name)).toEqual([
      expect.stringMatching(/^gridscout-shortlist-\d{4}-\d\d-\d\d\.csv$/),
      expect.stringMatching(/^gridscout-shortlist-\d{4}-\d\d-\d\d\.metadata\.json$/),
    ]);
    const parsed = Papa.parse<Record<string, string>>(await downloads()[0].text, { header: true });
    expect(parsed.errors).toEqual([]);
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
    const dialog = await screen.findByRole('dialog', { name: 'Compare 3 sites' }, LAZY);
    const table = within(dialog).getByRole('table', { name: 'Comparison of shortlisted sites' });
    const priceRow = within(table).getByRole('row', { name: /^Power price \(USD/ });
    const cells = within(priceRow).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['0.05 Best', '0.08', '0.12']);
    expect(within(dialog).getByRole('img', { name: /Criterion scores/ })).toBeTruthy();
    expect(within(dialog).getByRole('table', { name: 'Rank sensitivity' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export comparison (CSV)' }));
    const csv = Papa.parse<string[]>(await downloads()[0].text).data;
    expect(downloads()[1].name).toMatch(/^gridscout-comparison-\d{4}-\d\d-\d\d\.metadata\.json$/);
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

  it('opens a printable report with each site, the weights, assumptions and sources', async () => {
    renderApp();
    for (const button of screen.getAllByRole('button', { name: 'Add to shortlist' })) fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Printable report' }));
    const report = await screen.findByRole('dialog', { name: 'Gridscout shortlist report' }, LAZY);
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
});
