// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { setupShortlistHarness } from './testing/shortlistHarness.tsx';
import { ShortlistPanel } from './ShortlistPanel.tsx';
import { shortlistStore } from './shortlistStore.ts';
import { SHORTLIST_KEY } from './shortlistStorage.ts';
import { COMMIT_PAUSE_MS } from './useFieldDraft.ts';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { StorageProblemNotice } from './StorageProblemNotice.tsx';

const downloads = setupShortlistHarness();
const site = (name: string, lon: number) => ({ name, lon, lat: 10, origin: 'point' as const });

describe('shortlist panel: storage, tabs and bulk removal', () => {
  it('keeps the typed name while another tab’s echo arrives, and writes it after a pause', () => {
    vi.useFakeTimers();
    const id = shortlistStore.getState().add(site('C6', 1))!;
    render(<ShortlistPanel />);
    const field = screen.getByRole('textbox', { name: 'Name of C6' });
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: 'C6aa' } });
    // The other tab wrote its own typing: the store follows, the field being typed in does not.
    act(() => shortlistStore.getState().rename(id, 'C6bb'));
    expect((field as HTMLInputElement).value).toBe('C6aa');
    fireEvent.change(field, { target: { value: 'C6aaa' } });
    act(() => vi.advanceTimersByTime(COMMIT_PAUSE_MS));
    expect(JSON.parse(localStorage.getItem(SHORTLIST_KEY)!).entries[0].name).toBe('C6aaa');
    // With no unsaved keystrokes, the next write from the other tab shows.
    act(() => shortlistStore.getState().rename(id, 'C6b'));
    expect((screen.getByRole('textbox', { name: 'Name of C6b' }) as HTMLInputElement).value).toBe('C6b');
    vi.useRealTimers();
  });

  it('removes the selected places at once, with Undo', () => {
    for (const [i, n] of ['A', 'B', 'C'].entries()) shortlistStore.getState().add(site(n, i));
    render(<ShortlistPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare B' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove selected (2)' }));
    expect(shortlistStore.getState().entries.map((e) => e.name)).toEqual(['B']);
    const notice = useNoticesStore.getState().notices.at(-1)!;
    expect(notice.title).toBe('Removed 2 places from your shortlist');
    act(() => notice.actions![0].run());
    expect(shortlistStore.getState().entries.map((e) => e.name)).toEqual(['A', 'B', 'C']);
  });

  it('lists entries set aside, downloads them, and discards them only after the download', async () => {
    const good = { id: 'g', name: 'Good', lon: 1, lat: 1, origin: 'point', note: '', addedAt: '' };
    const bad = { ...good, id: 'b', name: 'Latitude 91', lat: 91 };
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify({ version: 2, entries: [good, bad] }));
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: SHORTLIST_KEY })));
    render(<ShortlistPanel />);
    expect(screen.getByRole('article', { name: 'Shortlisted Good' })).toBeTruthy();
    const aside = screen.getByRole('region', { name: 'Entries set aside' });
    expect(aside.textContent).toMatch(/Latitude 91: Entry 2: lat/);
    const discard = within(aside).getByRole('button', { name: 'Discard them' });
    expect((discard as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(aside).getByRole('button', { name: 'Download the entries set aside' }));
    expect(JSON.parse(await downloads()[0].text)[0].value).toEqual(bad);
    fireEvent.click(discard);
    expect(screen.queryByRole('region', { name: 'Entries set aside' })).toBeNull();
  });

  it('says the truth about where the list is kept', () => {
    shortlistStore.getState().add(site('A', 1));
    render(<ShortlistPanel />);
    expect(screen.getByText('Kept in this browser.')).toBeTruthy();
    act(() => shortlistStore.setState({ save: { kind: 'unavailable' } }));
    expect(screen.getByRole('alert').textContent).toMatch(/Not saved: this browser’s storage is unavailable/);
    expect(screen.queryByText('Kept in this browser.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Download the shortlist' }));
    expect(downloads()).toHaveLength(1);
  });

  it('asks before deleting unreadable data that has no backup', () => {
    const onStartNew = vi.fn();
    render(
      <StorageProblemNotice
        problem={{ raw: 'x', reason: 'not JSON', backedUp: false }}
        onStartNew={onStartNew}
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/deletes it for good/);
    fireEvent.click(screen.getByRole('button', { name: 'Start a new shortlist' }));
    expect(onStartNew).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete it and start a new shortlist' }));
    expect(onStartNew).toHaveBeenCalledTimes(1);
  });
});
