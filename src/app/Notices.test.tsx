// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useNoticesStore } from '../shared/noticesStore.ts';
import { MAX_DETAILS, MAX_DETAIL_CHARS, MAX_VISIBLE, Notices } from './Notices.tsx';

beforeEach(() => useNoticesStore.setState({ notices: [] }));
afterEach(cleanup);

const push = (title: string, details: string[] = [], kind: 'info' | 'error' = 'info') =>
  useNoticesStore.getState().push({ kind, title, details });

describe('Notices', () => {
  it('shows at most MAX_VISIBLE, problems first, with "Show N more" and "Dismiss all"', () => {
    for (let i = 0; i < 12; i++) push(`Info ${i}`);
    push('A problem', [], 'error');
    render(<Notices />);
    const shown = screen.getAllByRole('status').concat(screen.getAllByRole('alert'));
    expect(shown).toHaveLength(MAX_VISIBLE);
    expect(screen.getByRole('alert').textContent).toContain('A problem');
    fireEvent.click(screen.getByRole('button', { name: `Show ${13 - MAX_VISIBLE} more` }));
    expect(screen.getAllByRole('status')).toHaveLength(12);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(useNoticesStore.getState().notices).toEqual([]);
  });

  it('keeps the same notice once and each detail once', () => {
    push('Parts of this link were ignored', ['a', 'a', 'b']);
    push('Parts of this link were ignored', ['a', 'b']);
    expect(useNoticesStore.getState().notices.map((n) => n.details)).toEqual([['a', 'b']]);
  });

  it('cuts long details and lists a bounded number of lines, as text', () => {
    const long = `<img src=x onerror=alert(1)>${'x'.repeat(100_000)}`;
    push('Long', [long, ...Array.from({ length: 30 }, (_, i) => `line ${i}`)]);
    const { container } = render(<Notices />);
    const notice = screen.getByRole('status');
    const items = within(notice).getAllByRole('listitem');
    expect(items).toHaveLength(MAX_DETAILS);
    expect(items[0].textContent).toHaveLength(MAX_DETAIL_CHARS + 1);
    expect(items[0].textContent?.startsWith('<img')).toBe(true);
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(within(notice).getByRole('button', { name: `Show ${31 - MAX_DETAILS} more lines` }));
    expect(within(notice).getAllByRole('listitem')).toHaveLength(31);
  });

  it('runs a notice action and dismisses the notice', () => {
    let undone = 0;
    useNoticesStore.getState().push({
      kind: 'info',
      title: 'Added',
      details: [],
      actions: [{ label: 'Undo', run: () => undone++ }],
    });
    render(<Notices />);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undone).toBe(1);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
