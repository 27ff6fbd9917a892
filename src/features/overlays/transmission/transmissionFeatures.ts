/** Substations as map points, and the coverage mask's filters, from the transmission files. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { voltageClass, type CoverageFile, type SubstationsFile } from '../../../contract/transmission.ts';
import { COUNTRY_ALIASES } from '../../../contract/transmissionCoverage.ts';
import { NOTHING } from './transmissionStyle.ts';

/** Highest kV of a substation: its listed voltage, else the one borrowed from the lines ending there (OSM). */
export function substationKv(s: SubstationsFile, i: number): { kv: number | null; fromLines: boolean } {
  const listed = s.maxKv[i];
  if (listed !== null) return { kv: listed, fromLines: false };
  const fromLines = s.lineKv[i];
  return { kv: fromLines, fromLines: fromLines !== null };
}

export function substationFeatures(s: SubstationsFile): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let i = 0; i < s.count; i++) {
    const { kv } = substationKv(s, i);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [s.lon[i], s.lat[i]] },
      properties: { i, kv, class: voltageClass(kv) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Countries with no substation source at all, and admin-1 regions no source covers (the US West). */
export function coverageMaskFilters(coverage: CoverageFile | undefined): {
  countries: ExpressionSpecification;
  regions: ExpressionSpecification;
} {
  if (!coverage) return { countries: NOTHING, regions: NOTHING };
  const covered = new Set(coverage.countries.map((c) => c.iso3));
  // Countries the coverage rule aliases onto another country's substations are covered when that one is.
  for (const [alias, target] of Object.entries(COUNTRY_ALIASES)) if (covered.has(target)) covered.add(alias);
  return {
    countries: ['!', ['in', ['get', 'iso3'], ['literal', [...covered]]]],
    regions: ['in', ['get', 'code'], ['literal', coverage.uncoveredRegions.map((r) => r.code)]],
  };
}
