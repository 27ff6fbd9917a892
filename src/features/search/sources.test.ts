/** The search sources over the committed data/ files: names, kinds and regions as the options show them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../data/datasets.ts';
import type { MiningSite } from '../../data/schemas.ts';
import type { PlantsFile } from '../../contract/plants.ts';
import type { SubstationsFile } from '../../contract/transmission.ts';
import { buildSourceIndex, search } from './searchIndex.ts';
import {
  SEARCH_PLANT_MIN_MW,
  miningSitesSource,
  plantsSource,
  regionNames,
  regionsSource,
  substationsSource,
} from './sources.ts';
import { hitDetail } from './SearchBox.tsx';

const read = <T>(path: string): T => JSON.parse(readFileSync(`data/${path}`, 'utf8')) as T;
const countries = read<RegionCollection>('regions/countries.geojson');
const admin1 = read<RegionCollection>('regions/admin1.geojson');
const names = regionNames(countries, admin1);
const sites = read<{ sites: MiningSite[] }>('mining_sites.json').sites;

describe('mining sites', () => {
  const index = [buildSourceIndex(miningSitesSource(sites, names))];

  it('names a US state from data/regions, never by its code', () => {
    const site = sites.find((s) => s.countryIso2 === 'US' && /^[A-Z]{2}$/.test(s.admin1))!;
    const state = admin1.features.find((f) => f.properties.code === `US-${site.admin1}`)!.properties.name;
    const hit = search(index, site.name)[0];
    expect(hit).toMatchObject({
      kind: 'mining-site',
      id: site.id,
      admin1: state,
      country: 'United States of America',
    });
  });

  it('never shows a bare code as a region', () => {
    const shown = sites.flatMap((s) => search(index, s.name, 1)).map((h) => h.admin1 ?? '');
    expect(shown.filter((a) => /^[A-Z0-9]{1,3}$/.test(a))).toEqual([]);
  });

  it('finds the sites of an operator', () => {
    const operator = sites[0].operator;
    const ids = search(index, operator, 50).map((h) => (h.kind === 'mining-site' ? h.id : ''));
    expect(ids).toEqual(
      expect.arrayContaining(sites.filter((s) => s.operator === operator).map((s) => s.id)),
    );
  });
});

describe('plants and substations', () => {
  const plants = read<PlantsFile>('plants.json');
  const subs = read<SubstationsFile>('transmission/substations.json');

  it(`finds a named plant of ${SEARCH_PLANT_MIN_MW} MW or more, and selects it by its index`, () => {
    const i = plants.capacityMw.findIndex((mw, k) => mw >= SEARCH_PLANT_MIN_MW && plants.name[k].length > 6);
    const hit = search([buildSourceIndex(plantsSource(plants, names))], plants.name[i])[0];
    expect(hit).toMatchObject({ kind: 'plant', index: i, lon: plants.lon[i], lat: plants.lat[i] });
    expect(hitDetail(hit)).toContain(`${Math.round(plants.capacityMw[i]).toLocaleString('en-US')} MW`);
  });

  it('leaves smaller plants out', () => {
    const small = plants.capacityMw.findIndex(
      (mw, k) =>
        mw < SEARCH_PLANT_MIN_MW &&
        plants.name[k].length > 10 &&
        !plants.name.some((n, j) => j !== k && n === plants.name[k]),
    );
    const hits = search([buildSourceIndex(plantsSource(plants, names))], plants.name[small], 50);
    expect(hits.map((h) => (h.kind === 'plant' ? h.index : -1))).not.toContain(small);
  });

  it('finds a substation by each of its names', () => {
    const i = subs.name.findIndex((n) => n.includes(';'));
    const index = [buildSourceIndex(substationsSource(subs, names))];
    for (const part of subs.name[i].split(';')) {
      const hit = search(index, part).find((h) => h.lon === subs.lon[i] && h.lat === subs.lat[i]);
      expect(hit).toMatchObject({ kind: 'substation', name: part.trim() });
    }
  });
});

describe('countries and regions', () => {
  const index = [
    buildSourceIndex(regionsSource('country', countries, names)),
    buildSourceIndex(regionsSource('region', admin1, names)),
  ];

  it('finds a country by name or ISO alpha-3 code, and a region with its country', () => {
    const us = countries.features.find((f) => f.properties.iso2 === 'US')!.properties;
    expect(search(index, us.iso3)[0]).toMatchObject({ kind: 'country', name: us.name });
    const region = admin1.features[0].properties;
    const hit = search(index, region.name).find((h) => h.kind === 'region')!;
    const country = countries.features.find((f) => f.properties.iso2 === region.iso2)!.properties.name;
    expect(hitDetail(hit)).toBe(`Region · ${country}`);
  });
});
