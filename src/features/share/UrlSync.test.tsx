// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { useLayersStore } from '../layers/layersStore.ts';
import { initialConfig, useScoringStore } from '../scoring/scoringStore.ts';
import { shortlistStore } from '../shortlist/shortlistStore.ts';
import { decodeUrlState, encodeUrlState } from './urlState.ts';
import { shareUrl, UrlSync } from './UrlSync.tsx';

afterEach(cleanup);

describe('UrlSync', () => {
  it('applies a shared link: layers, scoring settings and the shortlist, and drops the shortlist from the address bar', async () => {
    localStorage.clear();
    shortlistStore.getState().add({ name: 'Mine already', lon: 5, lat: 5, origin: 'point' });
    const query = encodeUrlState({
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
    render(<UrlSync />);
    expect(useLayersStore.getState().visible.tariffs).toBe(true);
    expect(useScoringStore.getState().config.weights).toEqual({ carbon: 60, power_price: 40 });
    expect(useScoringStore.getState().config.constraints).toEqual({ maxCarbon: 300 });
    expect(useScoringStore.getState().presetId).toBe('low_carbon');
    expect(shortlistStore.getState().entries.map((e) => [e.name, e.note])).toEqual([
      ['Mine already', ''],
      ['Shared A', 'from a colleague'],
    ]);
    expect(useNoticesStore.getState().notices.at(-1)?.title).toBe('Added 1 shared place to your shortlist');
    await new Promise((r) => setTimeout(r, 250));
    const written = decodeUrlState(window.location.search, ['tariffs']).state;
    expect(written.shortlist).toBeUndefined();
    expect(written.scoring?.weights).toEqual({ carbon: 60, power_price: 40 });
  });

  it('shareUrl carries the whole shortlist with notes and the scoring settings', () => {
    useScoringStore.getState().setConfig(initialConfig(), 'miner_playbook');
    const url = new URL(shareUrl());
    const { state, notices } = decodeUrlState(url.search, ['tariffs']);
    expect(notices).toEqual([]);
    expect(state.shortlist?.map((e) => e.name)).toEqual(shortlistStore.getState().entries.map((e) => e.name));
    expect(state.scoring?.weights).toEqual(initialConfig().weights);
  });
});
