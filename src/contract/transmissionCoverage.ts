/**
 * The coverage rule of data/transmission/coverage.json as code, shared by the grid builder (the per-cell
 * `transmission_coverage` layer), the site card and the map's coverage mask, so the three cannot disagree.
 * Rule in words: `coverage.rule`, scripts/README.md "Coverage".
 */
import { COVERAGE, type CoverageCode } from './transmissionCodes.ts';
import type { CoverageFile } from './transmission.ts';

/**
 * Natural Earth countries whose substations the source tags as another country (grid/transmission PROVENANCE
 * (a)): ENTSO-E tags Kosovo SRB and northern Cyprus CYP. Such a place uses that country's rows.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = { KOS: 'SRB', CYN: 'CYP' };

export interface CoverageLookup {
  /** Coverage code of a point in Natural Earth country `iso3` and admin-1 region `region` (null when none). */
  at(iso3: string, region: string | null, lon: number, lat: number): CoverageCode;
}

export function coverageLookup(cov: CoverageFile): CoverageLookup {
  const countries = new Map(cov.countries.map((c) => [c.iso3, c.sources]));
  const uncovered = new Set(cov.uncoveredRegions.map((r) => r.code));
  return {
    at(iso3, region, lon, lat) {
      if (region !== null && uncovered.has(region)) return COVERAGE.none;
      if (iso3 === 'USA' && region === null) return COVERAGE.none;
      const sources = countries.get(iso3) ?? countries.get(COUNTRY_ALIASES[iso3] ?? '');
      if (!sources) return COVERAGE.none;
      for (const s of sources) {
        if (s.source === 'osm_2017') return COVERAGE.osm_2017;
        const [w, so, e, n] = s.footprint;
        if (lon >= w && lon <= e && lat >= so && lat <= n) return COVERAGE[s.source];
      }
      return COVERAGE.none;
    },
  };
}
