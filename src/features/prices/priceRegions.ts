/**
 * Which places a user's own price can name, and how typed text resolves to one: the grid manifest's `regions`
 * (ISO 3166-2, e.g. "US-TX") and `countries` (ISO3, e.g. "DEU"), with names from data/regions/*.geojson.
 * Accepted: a region or country code in any case ("us-tx", "DEU"), a country's ISO2 ("DE"), or a name
 * ("Texas", "Germany"; case, accents and extra spaces ignored). A name shared by several places is refused
 * with the codes to type instead. Pure; never throws.
 */
import { validatePriceOverrides } from '../../domain/index.ts';

export interface RegionName {
  /** ISO 3166-2 for a region, ISO 3166-1 alpha-2 for a country (as in the geojson's `code`). */
  code: string;
  name: string;
  iso3: string;
  level: 'country' | 'subnational';
}

export interface PriceRegionInput {
  /** manifest.regions (ISO 3166-2). */
  regions: readonly string[];
  /** manifest.countries (ISO3). */
  countries: readonly string[];
  /** Properties of the admin-1 and country features. */
  names: readonly RegionName[];
}

export type Resolved = { code: string } | { problem: string };

export interface PriceRegions {
  resolve: (text: string) => Resolved;
  /** "Texas, United States" for US-TX, "Germany" for DEU; the code itself when no name is known. */
  describe: (code: string) => string;
  /** Every code with its description, countries first, for a picker. */
  options: readonly { code: string; label: string }[];
}

/** Lower case, accents dropped, runs of spaces, dots, hyphens and underscores as one space. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s._-]+/g, ' ')
    .trim();
}

/** A code the price settings accept (the domain's format check). */
const wellFormed = (code: string) => validatePriceOverrides([{ code, usdPerKwh: 0 }]) === null;

export function buildPriceRegions(input: PriceRegionInput): PriceRegions {
  const regions = new Set(input.regions.filter(wellFormed));
  const countries = new Set(input.countries.filter(wellFormed));
  const countryName = new Map<string, string>();
  const iso2ToIso3 = new Map<string, string>();
  for (const n of input.names)
    if (n.level === 'country' && countries.has(n.iso3)) {
      countryName.set(n.iso3, n.name);
      iso2ToIso3.set(n.code.toUpperCase(), n.iso3);
    }
  const regionName = new Map<string, { name: string; iso3: string }>();
  for (const n of input.names)
    if (n.level === 'subnational' && regions.has(n.code))
      regionName.set(n.code, { name: n.name, iso3: n.iso3 });

  const describe = (code: string): string => {
    const region = regionName.get(code);
    if (region) {
      const country = countryName.get(region.iso3);
      return country ? `${region.name}, ${country}` : region.name;
    }
    return countryName.get(code) ?? code;
  };

  const byName = new Map<string, string[]>();
  const addName = (name: string, code: string) => {
    const key = normaliseName(name);
    if (!key) return;
    const codes = byName.get(key) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byName.set(key, codes);
  };
  for (const [code, name] of countryName) addName(name, code);
  for (const [code, { name }] of regionName) addName(name, code);

  const resolve = (text: string): Resolved => {
    const typed = text.trim();
    if (typed === '') return { problem: 'no region given' };
    const upper = typed.toUpperCase();
    if (regions.has(upper) || countries.has(upper)) return { code: upper };
    const fromIso2 = iso2ToIso3.get(upper);
    if (fromIso2 && /^[A-Z]{2}$/.test(upper)) return { code: fromIso2 };
    const codes = byName.get(normaliseName(typed)) ?? [];
    if (codes.length === 1) return { code: codes[0] };
    const shown = typed.length > 60 ? `${typed.slice(0, 60)}…` : typed;
    if (codes.length > 1)
      return {
        problem: `“${shown}” names ${codes.length} places: ${codes
          .map((c) => `${describe(c)} (${c})`)
          .join(', ')}; type the code instead`,
      };
    return {
      problem: `“${shown}” is not a region or country in the grid (type a name such as Texas, or a code such as US-TX or DEU)`,
    };
  };

  const options = [
    ...[...countries].map((code) => ({ code, label: describe(code) })),
    ...[...regions].map((code) => ({ code, label: describe(code) })),
  ].sort((a, b) => a.label.localeCompare(b.label));

  return { resolve, describe, options };
}
