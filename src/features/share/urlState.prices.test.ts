import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import withPrices from './fixtures/link.v2.own-prices.json';
import v1Fixture from './fixtures/link.v1.json';
import v2Fixture from './fixtures/link.v2.json';
import { MAX_OVERRIDE_USD_PER_KWH, type PriceOverride } from '../../domain/index.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import { decodeUrlState, encodeUrlState, toBase64Url } from './urlState.ts';

const linkWith = (s: unknown) => `v=2&s=${toBase64Url(JSON.stringify(s))}`;

describe('own prices in a share link', () => {
  it('opens the fixture link with its prices; the link the app writes for it (version 3) opens to the same state', () => {
    const known = withPrices.knownLayers as OverlayId[];
    const decoded = decodeUrlState(withPrices.search, known);
    expect(decoded).toEqual({ state: withPrices.state, notices: [] });
    const written = encodeUrlState(decoded.state);
    expect(written).toMatch(/^v=3&.*#z=/);
    expect(decodeUrlState(written, known)).toEqual({ state: withPrices.state, notices: [] });
  });

  it('old links (every version fixture) still open, with no own prices', () => {
    for (const fixture of [v1Fixture, v2Fixture]) {
      const decoded = decodeUrlState(fixture.search, fixture.knownLayers as OverlayId[]);
      expect(decoded.notices).toEqual([]);
      expect(decoded.state).toEqual(fixture.state);
      expect(decoded.state).not.toHaveProperty('prices');
    }
  });

  it('round-trips any valid table', () => {
    const price = fc.record(
      {
        code: fc.oneof(fc.stringMatching(/^[A-Z]{3}$/), fc.stringMatching(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)),
        usdPerKwh: fc.double({ min: 0, max: MAX_OVERRIDE_USD_PER_KWH, noNaN: true, noDefaultInfinity: true }),
        label: fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/\s+/g, ' ').trim()),
      },
      { requiredKeys: ['code', 'usdPerKwh'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(price, { selector: (p) => p.code, maxLength: 8 }), (raw) => {
        const prices: PriceOverride[] = raw.map(({ label, ...p }) => (label ? { ...p, label } : p));
        const { state, notices } = decodeUrlState(encodeUrlState({ prices }), []);
        expect(notices).toEqual([]);
        expect(state.prices ?? []).toEqual(prices.map((p) => ({ ...p, usdPerKwh: p.usdPerKwh + 0 })));
      }),
    );
  });

  it('ignores each bad row with a notice naming it, keeping the rest', () => {
    const { state, notices } = decodeUrlState(
      linkWith({
        po: [
          ['US-TX', 0.03],
          ['US-TX', 0.04],
          ['Texas', 0.05],
          ['DEU', -1],
          ['FRA', '0.1'],
          ['ESP', MAX_OVERRIDE_USD_PER_KWH * 2],
          'ITA',
        ],
      }),
      [],
    );
    expect(state.prices).toEqual([{ code: 'US-TX', usdPerKwh: 0.03 }]);
    expect(notices).toEqual([
      'Ignored shared own price number 2: US-TX is given twice',
      expect.stringMatching(
        /^Ignored shared own price number 3 \["Texas",0.05\]: own price: "Texas" is not a region/,
      ),
      expect.stringMatching(/^Ignored shared own price number 4 \["DEU",-1\]: expected a price of 0–/),
      expect.stringMatching(/^Ignored shared own price number 5 \["FRA","0.1"\]: expected a price/),
      expect.stringMatching(/^Ignored shared own price number 6 .*: expected a price of 0–/),
      expect.stringMatching(
        /^Ignored shared own price number 7 "ITA": expected \[region code, USD\/kWh, label\]/,
      ),
    ]);
  });

  it('ignores a po that is not a list, naming it', () => {
    const { state, notices } = decodeUrlState(linkWith({ po: { 'US-TX': 0.03 } }), []);
    expect(state).toEqual({});
    expect(notices).toEqual(['Ignored the shared own prices: expected a list of prices']);
  });
});
