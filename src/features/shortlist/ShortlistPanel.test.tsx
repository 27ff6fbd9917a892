// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithAddButtons, setupShortlistHarness } from './testing/shortlistHarness.tsx';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { ShortlistPanel } from './ShortlistPanel.tsx';
import { shortlistStore } from './shortlistStore.ts';
import { SHORTLIST_BACKUP_KEY, SHORTLIST_KEY } from './shortlistStorage.ts';
import { TEST_ENTRIES } from '../../shared/testing/shortlistTestGrid.ts';

const downloads = setupShortlistHarness();
const renderApp = () => renderWithAddButtons(<ShortlistPanel />);

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
    fireEvent.blur(screen.getByRole('textbox', { name: 'Notes for Rockdale, TX' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of Rockdale, TX' }), {
      target: { value: 'Rockdale' },
    });
    // Typing is written once the user leaves the field (or pauses).
    expect(JSON.parse(localStorage.getItem(SHORTLIST_KEY)!).entries[0].name).toBe('Rockdale, TX');
    fireEvent.blur(screen.getByRole('textbox', { name: 'Name of Rockdale, TX' }));
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
    expect(await downloads()[0].text).toBe('garbage{');
    fireEvent.click(within(alert).getByRole('button', { name: 'Start a new shortlist' }));
    expect(screen.getByText(/Your shortlist is empty/)).toBeTruthy();
  });
});
