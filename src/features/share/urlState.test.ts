import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUrlState, encodeUrlState } from './urlState.ts';
import type { OverlayId } from '../overlays/overlay.ts';

const KNOWN: OverlayId[] = ['tariffs', 'mining-sites', 'power-plants'];

describe('URL state', () => {
  it('round-trips view, layers and sector', () => {
    const state = { view: { lon: -97.1, lat: 33.2, zoom: 6.5 }, layers: ['tariffs', 'power-plants'] as OverlayId[], sector: 'commercial' as const };
    expect(decodeUrlState(encodeUrlState(state), KNOWN)).toEqual({ state, notices: [] });
  });

  it('ignores bad values with a notice naming each, and keeps the rest', () => {
    const { state, notices } = decodeUrlState('v=1&view=abc&layers=tariffs,evil&sector=retail', KNOWN);
    expect(state).toEqual({ view: undefined, layers: ['tariffs'] });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/map view "abc"/);
    expect(notices[1]).toMatch(/unknown layer: evil/);
    expect(notices[2]).toMatch(/sector "retail"/);
  });

  it('rejects out-of-range views', () => {
    expect(decodeUrlState('view=0,95,3', KNOWN).notices[0]).toMatch(/out of range/);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const decoded = decodeUrlState(s, KNOWN);
        expect(Array.isArray(decoded.notices)).toBe(true);
      }),
    );
  });
});
