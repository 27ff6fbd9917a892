/**
 * Where each transmission source covers (rule: scripts/README.md "Coverage"), and the per-cell coverage code.
 * Built from the substation rows themselves plus the gaps stated in grid/transmission/PROVENANCE.md.
 */
import {
  COVERAGE,
  CoverageFileSchema,
  TRANSMISSION_SOURCES,
  type CoverageFile,
  type TransmissionSource,
} from '../../src/contract/transmission.ts';
import { coverageLookup } from '../../src/contract/transmissionCoverage.ts';
import { effectiveKv } from './transmissionLineKv.ts';

export {
  COUNTRY_ALIASES,
  coverageLookup,
  type CoverageLookup,
} from '../../src/contract/transmissionCoverage.ts';
import type { Substation } from './transmissionLoad.ts';

/**
 * Margin around a source's substations in a country, degrees. The raw builder used the same 0.5° box to drop
 * OSM rows inside the ENTSO-E and GA footprints (PROVENANCE (c) step 5), so OSM rows exist exactly outside it.
 */
export const FOOTPRINT_MARGIN_DEG = 0.5;

/**
 * The US Census West region. The OSM 2017 repository has Midwest, Northeast and South files only ("no US West
 * file"); PROVENANCE finds no rows in these states apart from 1 in MT. DC is in the South region (covered).
 */
export const US_WEST_REGIONS = [
  'US-AK',
  'US-AZ',
  'US-CA',
  'US-CO',
  'US-HI',
  'US-ID',
  'US-MT',
  'US-NM',
  'US-NV',
  'US-OR',
  'US-UT',
  'US-WA',
  'US-WY',
] as const;

export const COVERAGE_RULE =
  'A cell is covered by source S when its Natural Earth country (aliases: KOS→SRB, CYN→CYP) has substations of S and, for ENTSO-E and GA, ' +
  `the cell lies inside the bounding box of S's substations in that country enlarged by ${FOOTPRINT_MARGIN_DEG}°. ` +
  'OSM covers the rest of a country that has OSM rows. ENTSO-E is tried before GA before OSM. US cells in the Census West region, ' +
  'or without an admin-1 region, are not covered. Otherwise the code is 0 (no substation data).';

/** Known gaps (grid/transmission/PROVENANCE.md "Known gaps"), with the counts measured from the rows. */
export function coverageGaps(subs: Substation[]): string[] {
  const inCountry = (iso3: string) => subs.filter((s) => s.iso3 === iso3);
  const tally = (iso3: string) => {
    const rows = inCountry(iso3);
    const sources = [...new Set(rows.map((s) => s.source))].sort().join(', ');
    const noKv = rows.filter((s) => s.maxKv === null).length;
    const fromLines = rows.filter((s) => s.maxKv === null && s.lineKv !== null).length;
    return `${sources || 'no source'}: ${rows.length} substations, ${noKv} without a listed voltage (${fromLines} of them get one from the lines ending there)`;
  };
  return [
    `United States, Census West region (${US_WEST_REGIONS.map((r) => r.slice(3)).join(', ')}): no substation source (the OSM 2017 extract has no US West file).`,
    `China: ${tally('CHN')}; several provinces have no row.`,
    `India: ${tally('IND')}.`,
    'Countries with no substation row at all (much of Africa, Central America and the Caribbean) have no data.',
    'ENTSO-E positions are schematic (several km off the real site); OSM and GA data are from 2017, ENTSO-E from 2022 or earlier.',
  ];
}

function bboxOf(points: Substation[]): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of points) {
    w = Math.min(w, p.lon);
    s = Math.min(s, p.lat);
    e = Math.max(e, p.lon);
    n = Math.max(n, p.lat);
  }
  const m = FOOTPRINT_MARGIN_DEG;
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return [r(Math.max(-180, w - m)), r(Math.max(-90, s - m)), r(Math.min(180, e + m)), r(Math.min(90, n + m))];
}

export function buildCoverage(subs: Substation[]): CoverageFile {
  const groups = new Map<string, Substation[]>();
  for (const s of subs) {
    const k = `${s.iso3}\t${s.source}`;
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  const byCountry = new Map<string, CoverageFile['countries'][number]['sources']>();
  const order = (s: TransmissionSource) => TRANSMISSION_SOURCES.indexOf(s);
  for (const [k, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [iso3, source] = k.split('\t') as [string, TransmissionSource];
    const ge = (kv: number) => g.filter((s) => (effectiveKv(s, true) ?? -1) >= kv).length;
    const list = byCountry.get(iso3) ?? [];
    list.push({
      source,
      substations: g.length,
      withVoltage: g.filter((s) => s.maxKv !== null).length,
      withLineKv: g.filter((s) => s.maxKv === null && s.lineKv !== null).length,
      ge110: ge(110),
      ge220: ge(220),
      ge345: ge(345),
      footprint: bboxOf(g),
    });
    list.sort((a, b) => order(a.source) - order(b.source));
    byCountry.set(iso3, list);
  }
  return CoverageFileSchema.parse({
    rule: COVERAGE_RULE,
    codes: [
      { code: COVERAGE.none, source: null },
      ...TRANSMISSION_SOURCES.map((s) => ({ code: COVERAGE[s], source: s })),
    ],
    countries: [...byCountry].map(([iso3, sources]) => ({ iso3, sources })),
    footprintMarginDeg: FOOTPRINT_MARGIN_DEG,
    uncoveredRegions: US_WEST_REGIONS.map((code) => ({
      code,
      reason: 'US Census West region: the OSM 2017 extract has no US West file',
    })),
    gaps: coverageGaps(subs),
  });
}

/** Coverage codes for cell arrays as the grid builder holds them (iso3 and admin-1 code per cell). */
export function cellCoverage(
  cov: CoverageFile,
  cells: {
    lon: Float64Array;
    lat: Float64Array;
    iso3: readonly string[];
    region: readonly (string | null)[];
  },
): Uint8Array {
  const look = coverageLookup(cov);
  const out = new Uint8Array(cells.lon.length);
  for (let k = 0; k < out.length; k++)
    out[k] = look.at(cells.iso3[k]!, cells.region[k] ?? null, cells.lon[k]!, cells.lat[k]!);
  return out;
}
