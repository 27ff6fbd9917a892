import { describe, expect, it } from 'vitest';
import { normaliseName } from './priceRegions.ts';
import { countryNamed, manifest, names, places, regionNamed } from './testing/realPlaces.ts';

describe('resolving what the user types to a manifest code', () => {
  const texas = regionNamed('Texas');
  const germany = countryNamed('Germany');

  it('reads a region name, its code in any case, a country name, ISO3 and ISO2', () => {
    expect(manifest.regions).toContain(texas.code);
    expect(manifest.countries).toContain(germany.iso3);
    expect(places.resolve('Texas')).toEqual({ code: texas.code });
    expect(places.resolve('  texas ')).toEqual({ code: texas.code });
    expect(places.resolve(texas.code.toLowerCase())).toEqual({ code: texas.code });
    expect(places.resolve('Germany')).toEqual({ code: germany.iso3 });
    expect(places.resolve(germany.iso3)).toEqual({ code: germany.iso3 });
    expect(places.resolve(germany.code)).toEqual({ code: germany.iso3 });
  });

  it('ignores accents in names', () => {
    const accented = names.find((n) => n.level === 'subnational' && n.name.normalize('NFD') !== n.name);
    expect(accented).toBeDefined();
    const plain = accented!.name.normalize('NFD').replace(/\p{M}/gu, '');
    expect(plain).not.toBe(accented!.name);
    expect(places.resolve(plain.toUpperCase())).toEqual({ code: accented!.code });
  });

  it('describes a region with its country', () => {
    expect(places.describe(texas.code)).toBe(`Texas, ${countryNamed('United States of America').name}`);
    expect(places.describe(germany.iso3)).toBe('Germany');
  });

  it('refuses an unknown name, saying what to type', () => {
    const result = places.resolve('Atlantis');
    expect(result).toEqual({ problem: expect.stringMatching(/^“Atlantis” is not a region or country/) });
  });

  it('refuses a name two places share (a country and a region), listing their codes', () => {
    const inGrid = names.filter((n) =>
      n.level === 'country' ? manifest.countries.includes(n.iso3) : manifest.regions?.includes(n.code),
    );
    const byName = new Map<string, string[]>();
    for (const n of inGrid) {
      const key = normaliseName(n.name);
      byName.set(key, [...(byName.get(key) ?? []), n.level === 'country' ? n.iso3 : n.code]);
    }
    const shared = [...byName.entries()].filter(([, codes]) => codes.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const [name, codes] of shared) {
      const result = places.resolve(name);
      expect(result).toEqual({ problem: expect.stringMatching(/type the code instead$/) });
      for (const code of codes) expect(JSON.stringify(result)).toContain(`(${code})`);
    }
  });

  it('leaves out codes the price settings cannot take, and codes outside the manifest', () => {
    const odd = (manifest.regions ?? []).filter((c) => !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(c));
    for (const code of odd) expect(places.options.some((o) => o.code === code)).toBe(false);
    const outside = names.find((n) => n.level === 'country' && !manifest.countries.includes(n.iso3));
    expect(outside).toBeDefined();
    expect(places.resolve(outside!.iso3)).toHaveProperty('problem');
  });
});
