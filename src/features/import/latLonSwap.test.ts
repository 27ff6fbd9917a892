import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { swapLatLon, swapSuggestion } from './latLonSwap.ts';
import type { ImportedSite } from './importTypes.ts';

const site = (row: number, lat: number, lon: number): ImportedSite => ({
  row,
  name: `S${row}`,
  lat,
  lon,
  note: '',
});
/** Land: a box north of 30° between 0° and 30° east, for a test that does not need the real grid. */
const isLand = (lat: number, lon: number) => lat > 30 && lat < 70 && lon > 0 && lon < 30;

describe('latitude and longitude swap', () => {
  it('is offered when most sites are off land but most would be on land swapped', () => {
    const sites = [site(1, 10, 50), site(2, 5, 45), site(3, 40, 10)];
    expect(swapSuggestion(sites, isLand)).toEqual({ checked: 3, onLand: 1, onLandSwapped: 2 });
    expect(swapLatLon(sites).map((s) => [s.lat, s.lon])).toEqual([
      [50, 10],
      [45, 5],
      [10, 40],
    ]);
  });

  it('is not offered when most sites are on land, or when a longitude is no valid latitude', () => {
    expect(swapSuggestion([site(1, 40, 10), site(2, 50, 20), site(3, 10, 50)], isLand)).toBeNull();
    expect(swapSuggestion([site(1, 10, 50), site(2, 5, 45), site(3, 2, 120)], isLand)).toBeNull();
    expect(swapSuggestion([], isLand)).toBeNull();
  });

  it('swapping twice gives the sites back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -90, max: 90, noNaN: true }),
            fc.double({ min: -90, max: 90, noNaN: true }),
          ),
        ),
        (pairs) => {
          const sites = pairs.map(([lat, lon], i) => site(i + 1, lat, lon));
          expect(swapLatLon(swapLatLon(sites))).toEqual(sites);
        },
      ),
    );
  });
});
