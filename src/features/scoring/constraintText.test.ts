import { describe, expect, it } from 'vitest';
import { getLimit } from '../../domain/index.ts';
import { gridFromPlaces } from '../../domain/testing/syntheticGrid.ts';
import { countryCodeProblems, countryLimitQuestion } from './constraintText.ts';

const countries = ['AAA', 'AAB', 'AAC'];
const grid = gridFromPlaces(
  [
    { lat: 10, lon: 10, values: { country: 'AAA', carbon: 100 } },
    { lat: 20, lon: 10, values: { country: 'AAB', carbon: 500 } },
    { lat: 30, lon: 10, values: { country: 'AAC', carbon: 700 } },
    { lat: 40, lon: 10, values: { country: 'AAC', carbon: 700 } },
  ],
  { countries },
);

describe('constraint texts', () => {
  it('asks before a limit on a country average, with the countries and land share it removes', () => {
    const text = countryLimitQuestion(getLimit('maxCarbon'), 300, grid);
    // AAB and AAC fail 300 g: 2 countries, 3 of the 4 land cells.
    expect(text).toBe(
      'This removes 2 countries (75.0 % of land cells) because grid carbon is a country average: apply as a hard limit?',
    );
    expect(countryLimitQuestion(getLimit('maxCarbon'), 300, null)).toMatch(/counts unknown/);
  });

  it('names codes that are not ISO3 and codes that are no country of the grid', () => {
    expect(countryCodeProblems(['AAA', 'US'], countries)).toBe('Not ISO3 codes: US');
    expect(countryCodeProblems(['AAA', 'XYZ', 'QQQ'], countries)).toBe(
      'Unknown ISO3 codes (no country of the grid): XYZ, QQQ',
    );
    expect(countryCodeProblems(['AAB'], countries)).toBeNull();
    expect(countryCodeProblems(['XYZ'], null)).toBeNull();
  });
});
