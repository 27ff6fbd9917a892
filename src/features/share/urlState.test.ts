import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUrlState, encodeUrlState, toBase64Url } from './urlState.ts';
import type { OverlayId } from '../overlays/overlay.ts';

const KNOWN: OverlayId[] = ['tariffs', 'mining-sites', 'power-plants'];

describe('URL state', () => {
  it('round-trips view, layers and sector', () => {
    const state = {
      view: { lon: -97.1, lat: 33.2, zoom: 6.5 },
      layers: ['tariffs', 'power-plants'] as OverlayId[],
      sector: 'commercial' as const,
    };
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

/** Links as written by each version of the app: they must keep opening. */
const FIXTURES = {
  v1: 'v=1&view=-97.1,33.2,6.5&layers=tariffs,mining-sites&sector=commercial',
  v2: 'v=2&view=-97.1%2C33.2%2C6.5&layers=tariffs%2Cmining-sites&sector=industrial&s=eyJ3Ijp7InBvd2VyX3ByaWNlIjo1MCwidGltZV90b19wb3dlciI6MzAsImNhcmJvbiI6MjB9LCJ0Ijp7InBvd2VyX3ByaWNlIjp7ImtpbmQiOiJsaW5lYXIiLCJtaW4iOjAuMDIsIm1heCI6MC4yNX19LCJjIjp7Im1heENhcmJvbiI6NDAwLCJleGNsdWRlZENvdW50cmllcyI6WyJSVVMiXX0sImEiOnsiZ3JlZW5maWVsZF9tb250aHMiOjcyfSwibiI6ImxhbmRpbmciLCJwIjoibG93X2NhcmJvbiIsImwiOltbIlJvY2tkYWxlLCBUWCIsLTk3LjAwMTQsMzAuNjU1NywiRW5lcmdpc2VkIFwibm93XCIgJiBjaGVhcCDigJQgw7xuw69jb2RlIiwibWluaW5nLXNpdGUiLCJyaW90LXJvY2tkYWxlIl0sWyJQb2ludCBuZWFyIEx1bGXDpSIsMjIuMTUsNjUuNTgsIiIsInBvaW50Il1dfQ',
};
const KNOWN2: OverlayId[] = ['tariffs', 'mining-sites'];
const blobOf = (json: unknown) => `v=2&s=${toBase64Url(JSON.stringify(json))}`;

describe('URL state version 2', () => {
  it('decodes the version 1 fixture', () => {
    expect(decodeUrlState(FIXTURES.v1, KNOWN2)).toEqual({
      state: {
        view: { lon: -97.1, lat: 33.2, zoom: 6.5 },
        layers: ['tariffs', 'mining-sites'],
        sector: 'commercial',
      },
      notices: [],
    });
  });

  it('decodes the version 2 fixture: scoring configuration and shortlist', () => {
    const { state, notices } = decodeUrlState(FIXTURES.v2, KNOWN2);
    expect(notices).toEqual([]);
    expect(state.scoring).toEqual({
      weights: { power_price: 50, time_to_power: 30, carbon: 20 },
      transforms: { power_price: { kind: 'linear', min: 0.02, max: 0.25 } },
      constraints: { maxCarbon: 400, excludedCountries: ['RUS'] },
      assumptions: { greenfield_months: 72 },
      connectivity: 'landing',
      presetId: 'low_carbon',
    });
    expect(state.shortlist).toEqual([
      {
        name: 'Rockdale, TX',
        lon: -97.0014,
        lat: 30.6557,
        note: 'Energised "now" & cheap — ünïcode',
        origin: 'mining-site',
        refId: 'riot-rockdale',
      },
      { name: 'Point near Luleå', lon: 22.15, lat: 65.58, note: '', origin: 'point' },
    ]);
  });

  it('re-encodes the version 2 fixture to the same link', () => {
    const { state } = decodeUrlState(FIXTURES.v2, KNOWN2);
    expect(encodeUrlState(state)).toBe(FIXTURES.v2);
  });

  it('leaves s out when there is nothing to share beyond the map', () => {
    expect(encodeUrlState({ layers: ['tariffs'] })).toBe('v=2&layers=tariffs');
  });

  it('ignores tampered values one by one, naming each, and keeps the rest', () => {
    const { state, notices } = decodeUrlState(
      blobOf({
        w: { power_price: 40, evil: 3, carbon: -1 },
        c: { maxCarbon: 'lots', maxPowerPrice: 0.1, excludedCountries: ['<script>'] },
        a: { greenfield_months: 100000, approved_months: 20, nope: 1 },
        n: 'teleport',
        p: 'secret',
        l: [
          ['Good', 10, 20, 'ok'],
          ['Bad coords', 500, 20],
          [42, 1, 1],
          ['Odd origin', 1, 2, '', 'ufo'],
        ],
      }),
      KNOWN2,
    );
    expect(state.scoring).toEqual({
      weights: { power_price: 40 },
      constraints: { maxPowerPrice: 0.1 },
      assumptions: { approved_months: 20 },
    });
    expect(state.shortlist?.map((s) => [s.name, s.origin])).toEqual([
      ['Good', 'point'],
      ['Odd origin', 'point'],
    ]);
    const text = notices.join('\n');
    for (const named of [
      'weight "evil"',
      'weight "carbon"',
      'constraint "maxCarbon"',
      'constraint "excludedCountries"',
      'assumption "greenfield_months"',
      'assumption "nope"',
      'connectivity "teleport"',
      'preset "secret"',
      '"Bad coords"',
      'site number 3',
      'unknown origin "ufo"',
    ])
      expect(text).toContain(named);
  });

  it('reports a damaged s without dropping the readable params', () => {
    const { state, notices } = decodeUrlState('v=2&layers=tariffs&s=%%%not-base64', KNOWN2);
    expect(state.layers).toEqual(['tariffs']);
    expect(notices).toEqual([expect.stringMatching(/damaged or cut off/)]);
    expect(decodeUrlState(`v=2&s=${toBase64Url('[1,2]')}`, KNOWN2).notices[0]).toMatch(
      /not a settings object/,
    );
  });

  it('round-trips any shortlist names and notes, Unicode included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ maxLength: 30 }),
            note: fc.string({ maxLength: 60 }),
            lon: fc.integer({ min: -180, max: 180 }),
            lat: fc.integer({ min: -90, max: 90 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (sites) => {
          const shortlist = sites.map((s) => ({ ...s, origin: 'search' as const }));
          const decoded = decodeUrlState(encodeUrlState({ shortlist }), KNOWN2);
          expect(decoded.notices).toEqual([]);
          expect(decoded.state.shortlist).toEqual(shortlist);
        },
      ),
    );
  });

  it('never throws on arbitrary s blobs', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const decoded = decodeUrlState(blobOf(json), KNOWN2);
        expect(Array.isArray(decoded.notices)).toBe(true);
      }),
    );
  });
});
