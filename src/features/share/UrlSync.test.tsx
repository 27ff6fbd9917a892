// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';

/**
 * Every test gets fresh modules: the stores (notices, layers, scoring, shortlist) and UrlSync's memory of the
 * link it applied are module state, so nothing carries over from another test or file. The URL write-back is
 * debounced: fake timers run it instead of a sleep.
 */
async function fresh() {
  vi.resetModules();
  const [notices, layers, scoring, shortlist, urlState, urlSync] = await Promise.all([
    import('../../shared/noticesStore.ts'),
    import('../layers/layersStore.ts'),
    import('../scoring/scoringStore.ts'),
    import('../shortlist/shortlistStore.ts'),
    import('./urlState.ts'),
    import('./UrlSync.tsx'),
  ]);
  const sharedPlaces = await import('./sharedPlacesStore.ts');
  return { ...notices, ...layers, ...scoring, ...shortlist, ...urlState, ...urlSync, ...sharedPlaces };
}

let m: Awaited<ReturnType<typeof fresh>>;

beforeEach(async () => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  m = await fresh();
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('UrlSync', () => {
  it('applies a shared link: layers, scoring settings and the shortlist, and drops the shortlist from the address bar', () => {
    m.shortlistStore.getState().add({ name: 'Mine already', lon: 5, lat: 5, origin: 'point' });
    const query = m.encodeUrlState({
      layers: ['tariffs'],
      scoring: {
        weights: { carbon: 60, power_price: 40 },
        constraints: { maxCarbon: 300 },
        presetId: 'low_carbon',
      },
      shortlist: [
        { name: 'Shared A', lon: 10, lat: 20, note: 'from a colleague', origin: 'search' },
        { name: 'Mine already', lon: 5, lat: 5, origin: 'point' },
      ],
    });
    window.history.replaceState(null, '', `/?${query}`);
    render(<m.UrlSync />);
    // Nothing is saved before the user chooses.
    expect(m.shortlistStore.getState().entries.map((e) => e.name)).toEqual(['Mine already']);
    const dialog = screen.getByRole('dialog', { name: 'This link shares 2 places' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Shared A', 'Mine already']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to my shortlist' }));
    expect(m.useLayersStore.getState().visible.tariffs).toBe(true);
    expect(m.useScoringStore.getState().config.weights).toEqual({ carbon: 60, power_price: 40 });
    expect(m.useScoringStore.getState().config.constraints).toEqual({ maxCarbon: 300 });
    expect(m.useScoringStore.getState().presetId).toBe('low_carbon');
    expect(m.shortlistStore.getState().entries.map((e) => [e.name, e.note])).toEqual([
      ['Mine already', ''],
      ['Shared A', 'from a colleague'],
    ]);
    const added = m.useNoticesStore.getState().notices.at(-1);
    expect(added?.title).toBe('Added 1 place to your shortlist');
    expect(added?.details).toEqual(['1 of the 2 shared places were already there or did not fit.']);
    expect(
      m.decodeUrlState(window.location.search + window.location.hash, ['tariffs']).state.shortlist,
    ).toHaveLength(2);
    vi.runAllTimers();
    const written = m.decodeUrlState(window.location.search + window.location.hash, ['tariffs']).state;
    expect(written.shortlist).toBeUndefined();
    expect(written.scoring?.weights).toEqual({ carbon: 60, power_price: 40 });
  });

  it('shareUrl carries the whole shortlist with notes, the visible layers and the scoring settings', async () => {
    const { OVERLAYS } = await import('../overlays/registry.ts');
    m.shortlistStore.getState().add({ name: 'Site one', lon: 1, lat: 2, note: 'a note', origin: 'point' });
    m.shortlistStore.getState().add({ name: 'Site two', lon: -3, lat: 4, origin: 'search' });
    m.useScoringStore.getState().setConfig(m.initialConfig(), 'miner_playbook');
    const url = new URL(m.shareUrl());
    const { state, notices } = m.decodeUrlState(
      url.search + url.hash,
      OVERLAYS.map((o) => o.id),
    );
    expect(notices).toEqual([]);
    const { visible } = m.useLayersStore.getState();
    expect(state.layers).toEqual(OVERLAYS.map((o) => o.id).filter((id) => visible[id]));
    expect(state.shortlist?.map((e) => [e.name, e.note])).toEqual([
      ['Site one', 'a note'],
      ['Site two', ''],
    ]);
    expect(state.scoring?.weights).toEqual(m.initialConfig().weights);
  });

  it('writes a share link for 120 places with notes that opens as the same places; refuses a state too large for a link', async () => {
    const { OVERLAYS } = await import('../overlays/registry.ts');
    const { MAX_SHARE_URL_LENGTH } = await import('./linkTransport.ts');
    for (let i = 0; i < 120; i++)
      m.shortlistStore.getState().add({
        name: `Site ${i}`,
        lon: -100 + i / 4,
        lat: 10 + i / 8,
        note: `one-line note for site ${i}, with a comma and “quotes”`,
        origin: 'point',
      });
    const link = m.shareLink();
    expect(link.ok).toBe(true);
    const url = new URL(link.ok ? link.url : '');
    expect(url.search.length).toBeLessThan(200);
    const { state, notices } = m.decodeUrlState(
      url.search + url.hash,
      OVERLAYS.map((o) => o.id),
    );
    expect(notices).toEqual([]);
    expect(state.shortlist?.map((e) => [e.name, e.note, e.lon, e.lat])).toEqual(
      m.shortlistStore.getState().entries.map((e) => [e.name, e.note, e.lon, e.lat]),
    );

    // Random text barely compresses: 60 notes of 5000 characters make a link over the limit.
    const { mulberry32 } = await import('../../domain/random.ts');
    const random = mulberry32(14);
    const noise = () =>
      Array.from({ length: 5000 }, () => String.fromCharCode(33 + Math.floor(random() * 90))).join('');
    for (const e of m.shortlistStore.getState().entries.slice(0, 60))
      m.shortlistStore.getState().annotate(e.id, noise());
    const tooLarge = m.shareLink();
    expect(tooLarge.ok).toBe(false);
    expect(tooLarge.ok ? 0 : tooLarge.length).toBeGreaterThan(MAX_SHARE_URL_LENGTH);
    expect(tooLarge.ok ? '' : tooLarge.message).toMatch(/too large to share as a link.*Export the shortlist/);
  });

  it('a link with 500 places asks first: "Just look" saves nothing, "Replace" can be undone', () => {
    m.shortlistStore.getState().add({ name: 'Mine', lon: 5, lat: 5, origin: 'point' });
    const shortlist = Array.from({ length: 500 }, (_, i) => ({
      name: `Shared ${i}`,
      lon: -170 + i * 0.5,
      lat: -60 + i * 0.25,
      origin: 'point' as const,
    }));
    window.history.replaceState(null, '', `/?${m.encodeUrlState({ shortlist })}`);
    render(<m.UrlSync />);
    const dialog = screen.getByRole('dialog', { name: 'This link shares 500 places' });
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(10);
    expect(dialog.textContent).toContain('and 490 places more.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Just look' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const looking = screen.getByRole('region', { name: 'Places from the link' });
    expect(within(looking).getAllByRole('listitem')).toHaveLength(500);
    expect(m.shortlistStore.getState().entries.map((e) => e.name)).toEqual(['Mine']);
    expect(JSON.parse(localStorage.getItem('gridscout.shortlist')!).entries).toHaveLength(1);

    act(() => m.useSharedPlaces.getState().offer(shortlist));
    fireEvent.click(screen.getByRole('button', { name: 'Replace my shortlist' }));
    expect(m.shortlistStore.getState().entries).toHaveLength(500);
    const notice = m.useNoticesStore.getState().notices.at(-1)!;
    expect(notice.title).toBe('Replaced your shortlist (1 place) with 500 places from the link');
    act(() => notice.actions![0].run());
    expect(m.shortlistStore.getState().entries.map((e) => e.name)).toEqual(['Mine']);
  });
});
