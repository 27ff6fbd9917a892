import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRITERION_IDS } from '../../domain/index.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import { MAX_SHARE_URL_LENGTH, splitLink } from './linkTransport.ts';
import { decodeUrlState, encodeUrlState, toBase64Url, type UrlState } from './urlState.ts';
import { SHORTLIST_ORIGINS } from '../../shared/shortlistTypes.ts';

const KNOWN: OverlayId[] = ['tariffs', 'mining-sites', 'power-plants'];

/** 120 places with a one-line note each: the link that did not open as a 27 KB query. */
const places120 = Array.from({ length: 120 }, (_, i) => ({
  name: `Candidate site ${i + 1}`,
  lon: -120 + i * 0.5,
  lat: 30 + (i % 20) * 0.25,
  note: `Checked ${i + 1}: substation 4 km north, owner contacted, water rights unclear`,
  origin: SHORTLIST_ORIGINS[i % SHORTLIST_ORIGINS.length],
}));

describe('link transport (version 3)', () => {
  it('carries 120 places with notes in the fragment: the query stays short and the link opens as written', () => {
    const state: UrlState = {
      view: { lon: 10, lat: 20, zoom: 3 },
      layers: ['tariffs'],
      scoring: { weights: { carbon: 50, power_price: 50 } },
      shortlist: places120,
    };
    const link = encodeUrlState(state);
    const { query, fragment } = splitLink(`/?${link}`);
    expect(query).toBe('v=3&view=10%2C20%2C3&layers=tariffs');
    expect(fragment.startsWith('z=')).toBe(true);
    expect(link.length).toBeLessThan(MAX_SHARE_URL_LENGTH);
    expect(decodeUrlState(`https://example.org/app/?${link}`, KNOWN)).toEqual({ state, notices: [] });
  });

  it('round-trips any state it can write', () => {
    const criterion = fc.constantFrom(...CRITERION_IDS);
    const stateArb = fc.record(
      {
        view: fc.record({
          lon: fc.integer({ min: -1800000, max: 1800000 }).map((v) => v / 10000),
          lat: fc.integer({ min: -850000, max: 850000 }).map((v) => v / 10000),
          zoom: fc.integer({ min: 0, max: 2200 }).map((v) => v / 100),
        }),
        layers: fc.uniqueArray(fc.constantFrom(...KNOWN)),
        sector: fc.constantFrom('industrial' as const, 'commercial' as const),
        scoring: fc.record({ weights: fc.dictionary(criterion, fc.integer({ min: 0, max: 1000 })) }),
        shortlist: fc.array(
          fc.record({
            name: fc.string({ maxLength: 40, unit: 'grapheme' }),
            lon: fc.integer({ min: -180_000_000, max: 180_000_000 }).map((v) => v / 1e6),
            lat: fc.integer({ min: -90_000_000, max: 90_000_000 }).map((v) => v / 1e6),
            note: fc.string({ maxLength: 80, unit: 'grapheme' }),
            origin: fc.constantFrom(...SHORTLIST_ORIGINS),
          }),
          { minLength: 1, maxLength: 8 },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(stateArb, (state) => {
        const weights = Object.values(state.scoring?.weights ?? { any: 1 });
        const notices = weights.every((w) => w === 0) ? [expect.stringMatching(/sum to zero/)] : [];
        expect(decodeUrlState(encodeUrlState(state), KNOWN)).toEqual({ state, notices });
      }),
    );
  });

  it('never throws on an arbitrary fragment, and keeps the readable params', () => {
    fc.assert(
      fc.property(fc.string(), (fragment) => {
        const decoded = decodeUrlState(`v=3&layers=tariffs#z=${fragment}`, KNOWN);
        expect(decoded.state.layers).toEqual(['tariffs']);
      }),
    );
  });

  it('reports a damaged fragment by name, without dropping the readable params', () => {
    expect(decodeUrlState('v=3&layers=tariffs#z=%%%garbage', KNOWN)).toEqual({
      state: { layers: ['tariffs'] },
      notices: ['Ignored the shared settings and shortlist (#z=…): the text is damaged or cut off'],
    });
  });

  it('says which form a version carries its settings in', () => {
    const s = toBase64Url(JSON.stringify({ w: { carbon: 1 } }));
    expect(decodeUrlState(`v=3&s=${s}`, KNOWN).notices).toEqual([
      'Ignored s=…: version 3 links carry their settings in the fragment (#z=…)',
    ]);
    const v3 = encodeUrlState({ scoring: { weights: { carbon: 1 } } });
    expect(decodeUrlState(v3.replace('v=3', 'v=2'), KNOWN).notices).toEqual([
      'Ignored #z=…: version 2 links carry their settings in s=…',
    ]);
  });
});

describe('link notices', () => {
  it('reads a query encoded twice, decoded once, and says so', () => {
    const once = 'v=1&view=10,20,3&layers=tariffs';
    const { state, notices } = decodeUrlState(encodeURIComponent(once), KNOWN);
    expect(state).toEqual({ view: { lon: 10, lat: 20, zoom: 3 }, layers: ['tariffs'] });
    expect(notices).toEqual([expect.stringMatching(/encoded twice/)]);
  });

  it('names each unknown layer once, however long the value, and keeps the notice short', () => {
    const unknown = Array.from({ length: 20 }, (_, i) => `nope${i}`);
    const raw = Array.from({ length: 5000 }, (_, i) => unknown[i % unknown.length]).join(',');
    expect(raw.length).toBeGreaterThan(30_000);
    const { state, notices } = decodeUrlState(`v=1&layers=tariffs,${raw},tariffs`, KNOWN);
    expect(state.layers).toEqual(['tariffs']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toBe(`Ignored unknown layers: ${unknown.slice(0, 10).join(', ')} and 10 more`);
  });

  it('names parameters no version has, once each', () => {
    expect(decodeUrlState('v=1&zoom=3&zoom=4&colour=red&debug', KNOWN).notices).toEqual([
      'Ignored unknown link parameters: zoom, colour',
    ]);
  });

  it('says when the weights sum to zero', () => {
    const link = encodeUrlState({ scoring: { weights: { carbon: 0, power_price: 0 } } });
    expect(decodeUrlState(link, KNOWN).notices).toEqual([
      'The weights in this link sum to zero: nothing is weighted, so no place gets a score',
    ]);
    expect(decodeUrlState(encodeUrlState({ scoring: { weights: { carbon: 1 } } }), KNOWN).notices).toEqual(
      [],
    );
  });

  it('names a repeated ignored value once', () => {
    expect(decodeUrlState('v=1&sector=retail&sector=retail', KNOWN).notices).toHaveLength(1);
  });
});
