import { describe, expect, it } from 'vitest';
import { placeValuesAt } from './grid.ts';
import { LAYER_NO_DATA } from './layerImage.ts';
import { PRICE_BASIS_CLASSES, priceBasisCodes } from './priceBasisCodes.ts';
import { powerPriceValue } from './price.ts';
import { syntheticGrid } from './testing/syntheticGrid.ts';

describe('priceBasisCodes', () => {
  const grid = syntheticGrid({ resolutionDeg: 4, seed: 3, missingRate: 0.05 });
  const settings = {
    priceBasis: 'retail' as const,
    priceOverrides: [{ code: grid.manifest.countries[0]!, usdPerKwh: 0.04 }],
  };

  it('agrees with the price each cell is scored with', () => {
    const codes = priceBasisCodes(grid, settings);
    for (let i = 0; i < grid.cells.length; i++) {
      const v = placeValuesAt(grid, i);
      const p = powerPriceValue(v, settings);
      const retailClass = PRICE_BASIS_CLASSES.indexOf(
        v.power_price_basis as (typeof PRICE_BASIS_CLASSES)[number],
      );
      // A priced cell whose basis is unknown (synthetic gaps) is drawn as no data, never as a known basis.
      const expected =
        p.value === null
          ? LAYER_NO_DATA
          : p.price.origin === 'own'
            ? 0
            : retailClass < 0
              ? LAYER_NO_DATA
              : retailClass;
      expect(codes[i], `cell ${i}`).toBe(expected);
    }
    expect(codes.some((c) => c === 0)).toBe(true);
  });
});
