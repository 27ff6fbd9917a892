import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSourceIndex, buildSourceIndexAsync, search } from './searchIndex.ts';
import { fold } from './normalise.ts';
import { miningSitesSource, placesSource, regionNames, type PlaceRows } from './sources.ts';
import type { MiningSite } from '../../data/schemas.ts';

const site = (id: string, name: string, operator: string, powerMw: number | null = 100): MiningSite => ({
  id,
  name,
  operator,
  city: 'Denton',
  admin1: 'TX',
  countryIso2: 'US',
  lat: 33.2,
  lon: -97.1,
  coordPrecision: 'town',
  powerMw,
  powerMwPlanned: null,
  powerSource: 'grid',
  coin: 'BTC',
  status: 'mining',
  statusRaw: 'mining',
  aiTenant: 'CoreWeave',
  aiAnnounced: '',
  opened: '',
  notes: '',
  sourceUrls: [],
  sourceIds: [],
});

/** Fixture places: [name, ascii name, admin-1, country, population]. */
const PLACES: [string, string, string, string, number][] = [
  ['Denton', '', 'Texas', 'United States', 150000],
  ['Dentonville', '', 'Arkansas', 'United States', 50000],
  ['Luleå', 'Lulea', 'Norrbotten', 'Sweden', 48000],
  ['Malmö', 'Malmo', 'Skåne', 'Sweden', 300000],
  ['Tromsø', '', 'Troms', 'Norway', 65000],
  ['Ashburn', '', 'Virginia', 'United States', 43000],
  ['Ashburn', '', 'Georgia', 'United States', 4000],
  ['Colorado City', '', 'Texas', 'United States', 4000],
  ['Colorado City', '', 'Arizona', 'United States', 4800],
  ['Port Colorado', '', 'Texas', 'United States', 90000],
  ['Nuevo Colorado', '', 'Sonora', 'Mexico', 120000],
];
const rows: PlaceRows = {
  size: PLACES.length,
  name: (i) => PLACES[i][0],
  alternates: (i) => (PLACES[i][1] ? [PLACES[i][1]] : []),
  admin1: (i) => PLACES[i][2],
  country: (i) => PLACES[i][3],
  population: (i) => PLACES[i][4],
  lon: (i) => -i,
  lat: (i) => i,
};

describe('fold', () => {
  it('ignores case, accents and the letters Unicode does not decompose', () => {
    expect(fold('Québec')).toBe('quebec');
    expect(fold('Luleå')).toBe(fold('Lulea'));
    expect(fold('Malmö')).toBe(fold('MALMO'));
    expect(fold('Tromsø')).toBe('tromso');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('Ærøskøbing')).toBe('aeroskobing');
  });
  it('turns punctuation into one space and drops apostrophes', () => {
    expect(fold("  Xi'an ")).toBe('xian');
    expect(fold('Saint-Jean-sur-Richelieu')).toBe('saint jean sur richelieu');
  });
  it('is idempotent and never leaves an upper-case letter or a double space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        const f = fold(s);
        expect(fold(f)).toBe(f);
        expect(f).not.toMatch(/ {2}|^ | $/);
      }),
    );
  });
});

describe('search', () => {
  const names = regionNames();
  const index = [
    buildSourceIndex(placesSource(rows)),
    buildSourceIndex(
      miningSitesSource(
        [
          site('cs-denton', 'Core Scientific Denton', 'Core Scientific'),
          site('x', 'Other', 'Other Co', null),
        ],
        names,
      ),
    ),
  ];
  const labels = (q: string) => search(index, q).map((h) => `${h.name}|${h.admin1 ?? ''}`);

  it('finds accented names from plain letters', () => {
    expect(search(index, 'Lulea')[0]).toMatchObject({ name: 'Luleå', country: 'Sweden' });
    expect(search(index, 'malmo')[0].name).toBe('Malmö');
    expect(search(index, 'Tromso')[0].name).toBe('Tromsø');
  });
  it('ranks exact, then name prefix, then word prefix, then inside a word', () => {
    expect(labels('denton').slice(0, 2)).toEqual(['Denton|Texas', 'Dentonville|Arkansas']);
    // Core Scientific Denton: a word of the name starts with "denton"; kind ranks it before places of its class.
    expect(labels('denton')).toContain('Core Scientific Denton|');
    expect(labels('colorado')).toEqual([
      'Colorado City|Arizona',
      'Colorado City|Texas',
      'Nuevo Colorado|Sonora',
      'Port Colorado|Texas',
    ]);
    // Inside a word only: ties by population.
    expect(labels('olorado')).toEqual([
      'Nuevo Colorado|Sonora',
      'Port Colorado|Texas',
      'Colorado City|Arizona',
      'Colorado City|Texas',
    ]);
  });
  it('breaks ties by population', () => {
    expect(labels('ashburn')).toEqual(['Ashburn|Virginia', 'Ashburn|Georgia']);
  });
  it('narrows by region or country after a comma', () => {
    expect(labels('Colorado City, Texas')).toEqual(['Colorado City|Texas']);
    expect(labels('ashburn, geo')).toEqual(['Ashburn|Georgia']);
    expect(labels('ashburn, sweden')).toEqual([]);
  });
  it('finds a mining site by operator and by AI tenant, once', () => {
    const hits = search(index, 'core scientific');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'mining-site', id: 'cs-denton' });
    expect(search(index, 'coreweave').map((h) => h.name)).toEqual(['Core Scientific Denton', 'Other']);
  });
  it('needs two characters and answers nothing for an unknown word', () => {
    expect(search(index, 'd')).toEqual([]);
    expect(search(index, 'xyzzyq')).toEqual([]);
  });
  it('keeps the limit', () => {
    expect(search(index, 'o', 3)).toEqual([]);
    expect(search(index, 'on', 3)).toHaveLength(3);
  });
  it('builds the same index in slices', async () => {
    const source = placesSource(rows);
    const sliced = await buildSourceIndexAsync(source, 0);
    const whole = buildSourceIndex(source);
    expect(sliced.text).toBe(whole.text);
    expect([...sliced.rows]).toEqual([...whole.rows]);
  });
});
