/**
 * The gazetteer's naming rule (scripts/gazetteer.ts, scripts/README.md) on synthetic polygons: admin-1 by the
 * containing polygon of the same country, the 0.1° neighbour rule for a place just outside, absent otherwise; the
 * country name by ISO2, else by the containing admin-0 polygon, else null; delta-coded coordinates that decode back.
 */
import { describe, expect, it } from 'vitest';
import { decodeGazetteer, gazetteerPlace } from '../../../src/contract/gazetteer.ts';
import { gazetteerFile } from '../../../scripts/gazetteer.ts';
import type { NeAdmin1, NeCountry, PolygonCoords } from '../../../scripts/natural-earth.ts';
import type { Place } from '../../../scripts/places.ts';

const square = (w: number, s: number, e: number, n: number): PolygonCoords => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const country = (index: number, iso2: string, name: string, polygons: PolygonCoords[]): NeCountry => ({
  index,
  code: iso2,
  name,
  iso2,
  iso3: `${iso2}X`,
  adm0: `${iso2}X`,
  continent: 'Test',
  polygons,
});
const admin0 = [
  country(0, 'AA', 'Alphaland', [square(0, 0, 10, 10)]),
  country(1, 'BB', 'Betaland', [square(10, 0, 20, 10)]),
];
const admin1: NeAdmin1[] = [
  {
    index: 0,
    code: 'AA-N',
    name: 'North Province',
    iso2: 'AA',
    adm0: 'AAX',
    polygons: [square(0, 5, 10, 10)],
  },
  {
    index: 1,
    code: 'AA-S',
    name: 'South Province',
    iso2: 'AA',
    adm0: 'AAX',
    polygons: [square(0, 0, 10, 5)],
  },
];
let id = 0;
const place = (name: string, iso2: string, lon: number, lat: number, admin = '07'): Place => ({
  id: ++id,
  name,
  country: iso2,
  admin1: admin,
  lon,
  lat,
  population: 1000 + id,
});

function build(places: Place[]) {
  const { file, counts } = gazetteerFile(places, admin0, admin1);
  const g = decodeGazetteer(file);
  const byName = new Map(
    Array.from({ length: g.size }, (_, i) => [g.name[i]!, gazetteerPlace(g, i)] as const),
  );
  return { file, counts, byName };
}

describe('gazetteerFile', () => {
  it('names the admin-1 by the polygon containing the place, never the GeoNames code', () => {
    const { byName, file } = build([place('Northtown', 'AA', 5, 7.5), place('Southtown', 'AA', 5, 2.5)]);
    expect(byName.get('Northtown')?.admin1).toBe('North Province');
    expect(byName.get('Southtown')?.admin1).toBe('South Province');
    expect(file.admin1Names).not.toContain('07');
  });

  it('takes a neighbour 0.1° away for a place just outside every polygon, else leaves the admin-1 absent', () => {
    const { byName, counts } = build([place('Coastal', 'AA', 5, 10.05), place('Offshore', 'AA', 5, 11)]);
    expect(byName.get('Coastal')?.admin1).toBe('North Province');
    expect(byName.get('Offshore')?.admin1).toBeUndefined();
    expect(counts.admin1Uncovered).toBe(1);
  });

  it("does not give a place another country's admin-1, nor one to a country without admin-1 polygons", () => {
    const { byName } = build([place('Borderville', 'BB', 9.95, 7), place('Betatown', 'BB', 15, 5)]);
    expect(byName.get('Borderville')?.admin1).toBeUndefined();
    expect(byName.get('Betatown')?.admin1).toBeUndefined();
    expect(byName.get('Betatown')?.country).toBe('Betaland');
  });

  it('names a country Natural Earth lacks after the admin-0 polygon containing the place, else not at all', () => {
    const { byName, counts } = build([place('Overseas', 'CC', 15, 5), place('Nowhere', 'DD', 50, 50)]);
    expect(byName.get('Overseas')).toMatchObject({ iso2: 'CC', country: 'Betaland' });
    expect(byName.get('Nowhere')?.country).toBeUndefined();
    expect(counts.countryUnnamed).toBe(1);
  });

  it('keeps coordinates to 1e-4° through the delta coding, in a fixed order', () => {
    const input = [
      place('P1', 'AA', 3.1234, 4.5678),
      place('P2', 'AA', -1.0001, 2.0002),
      place('P3', 'BB', 12.5, 9.9999),
    ];
    const { byName, file } = build(input);
    for (const p of input)
      expect(byName.get(p.name)).toMatchObject({ lon: p.lon, lat: p.lat, population: p.population });
    expect(build([...input].reverse()).file).toEqual(file);
  });
});
