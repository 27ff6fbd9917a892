import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUrlState, encodeUrlState, toBase64Url, URL_STATE_VERSION, type UrlState } from './urlState.ts';
import v1Fixture from './fixtures/link.v1.json';
import v2Fixture from './fixtures/link.v2.json';
import v3Fixture from './fixtures/link.v3.json';
import type { OverlayId } from '../overlays/overlay.ts';
import { DEFAULT_GRID_ACCESS_VOLTAGE, GRID_ACCESS_VOLTAGES } from '../../domain/index.ts';

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

/** Links as written by each version of the app, with what they must keep opening as. */
const FIXTURES: Record<number, LinkFixture> = {
  1: v1Fixture as LinkFixture,
  2: v2Fixture as LinkFixture,
  3: v3Fixture as LinkFixture,
};
interface LinkFixture {
  version: number;
  search: string;
  knownLayers: OverlayId[];
  state: UrlState;
}
const KNOWN2: OverlayId[] = ['tariffs', 'mining-sites'];
const blobOf = (json: unknown, v = 2) => `v=${v}&s=${toBase64Url(JSON.stringify(json))}`;

describe('URL state versions', () => {
  it.each(Object.values(FIXTURES))('decodes the version $version fixture', (fixture) => {
    expect(decodeUrlState(fixture.search, fixture.knownLayers)).toEqual({
      state: fixture.state,
      notices: [],
    });
  });

  it('the current version is the last fixture, and it re-encodes to the same link', () => {
    const versions = Object.keys(FIXTURES).map(Number);
    expect(Math.max(...versions)).toBe(URL_STATE_VERSION);
    const current = FIXTURES[URL_STATE_VERSION];
    expect(encodeUrlState(decodeUrlState(current.search, current.knownLayers).state)).toBe(current.search);
  });

  it('v selects the schema: version 1 links carry no s; without v a link is read as the current version', () => {
    const s = { w: { carbon: 10 } };
    const v1 = decodeUrlState(`${blobOf(s, 1)}&sector=commercial`, KNOWN2);
    expect(v1.state).toEqual({ sector: 'commercial' });
    expect(v1.notices).toEqual([expect.stringMatching(/s=….*version 1 links carry none/)]);
    expect(decodeUrlState(blobOf(s, 2), KNOWN2)).toEqual({
      state: { scoring: { weights: s.w } },
      notices: [],
    });
    expect(decodeUrlState(blobOf(s, 2).replace('v=2&', ''), KNOWN2).state.scoring).toEqual({ weights: s.w });
    const unknown = decodeUrlState(blobOf(s, 9), KNOWN2);
    expect(unknown.notices).toEqual(['Link version "9" is not one this app knows; read as version 2']);
    expect(unknown.state.scoring).toEqual({ weights: s.w });
  });

  it('names the problem with each view: its format or its range', () => {
    for (const view of ['1,2', '1,2,3,4', 'a,b,c'])
      expect(decodeUrlState(`v=1&view=${view}`, KNOWN2).notices).toEqual([
        `Ignored map view "${view}": expected longitude,latitude,zoom`,
      ]);
    expect(decodeUrlState('v=1&view=1,,3', KNOWN2).notices).toEqual([
      'Ignored map view "1,,3": latitude empty (expected longitude,latitude,zoom)',
    ]);
    expect(decodeUrlState('v=1&view=', KNOWN2).notices).toEqual([
      'Ignored map view "": empty (expected longitude,latitude,zoom)',
    ]);
    for (const view of ['181,0,3', '0,-86,3', '0,0,23'])
      expect(decodeUrlState(`v=1&view=${view}`, KNOWN2).notices[0]).toMatch(/out of range/);
  });

  it('ignores a map of values that is not a map, naming it', () => {
    const { state, notices } = decodeUrlState(blobOf({ w: [1, 2], a: 'x', r: 300 }), KNOWN2);
    expect(state.scoring).toEqual({ populationRadius: 300 });
    expect(notices).toEqual([
      'Ignored weight: expected a list of named values',
      'Ignored assumption: expected a list of named values',
    ]);
  });
});

describe('URL state version 2 (s), as read now', () => {
  it('leaves the settings out when there is nothing to share beyond the map', () => {
    expect(encodeUrlState({ layers: ['tariffs'] })).toBe('v=3&layers=tariffs');
  });

  it('ignores tampered values one by one, naming each, and keeps the rest', () => {
    const { state, notices } = decodeUrlState(
      blobOf({
        w: { power_price: 40, evil: 3, carbon: -1 },
        c: { maxCarbon: 'lots', maxPowerPrice: 0.1, excludedCountries: ['<script>'] },
        a: { greenfield_months: 100000, hv_substation_months: 20, approved_months: 20, nope: 1 },
        n: 'teleport',
        g: 400,
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
      assumptions: { hv_substation_months: 20 },
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
      'assumption "approved_months" = 20: no longer in the model',
      'grid access voltage 400',
      'connectivity "teleport"',
      'preset "secret"',
      '"Bad coords"',
      'site number 3',
      'unknown origin "ufo"',
    ])
      expect(text).toContain(named);
  });

  it('carries the grid access voltage, leaving out the default so older links read the same', () => {
    const other = GRID_ACCESS_VOLTAGES.find((v) => v !== DEFAULT_GRID_ACCESS_VOLTAGE);
    expect(other).toBeDefined();
    const link = encodeUrlState({ scoring: { weights: { grid_access: 1 }, gridAccessVoltage: other } });
    expect(decodeUrlState(link, KNOWN2).state.scoring?.gridAccessVoltage).toBe(other);
    const byDefault = encodeUrlState({
      scoring: { weights: { grid_access: 1 }, gridAccessVoltage: DEFAULT_GRID_ACCESS_VOLTAGE },
    });
    expect(byDefault).toBe(encodeUrlState({ scoring: { weights: { grid_access: 1 } } }));
    expect(decodeUrlState(byDefault, KNOWN2).state.scoring).toEqual({ weights: { grid_access: 1 } });
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
