/** Natural Earth 1:50m admin-0 and admin-1 loading, with the ISO code fallbacks Natural Earth needs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatZodIssues } from './lib/csv.ts';

export type Ring = [number, number][];
export type PolygonCoords = Ring[];

const Position = z.tuple([z.number().finite(), z.number().finite()]).rest(z.number());
const PolygonGeom = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position).min(4)) });
const MultiPolygonGeom = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(Position).min(4))),
});
const Geom = z.union([PolygonGeom, MultiPolygonGeom]);

const Admin0Props = z.object({
  ISO_A2: z.string(),
  ISO_A2_EH: z.string(),
  ISO_A3: z.string(),
  ISO_A3_EH: z.string(),
  NAME: z.string().min(1),
  ADM0_A3: z.string().regex(/^[A-Z]{3}$/),
  CONTINENT: z.string(),
});
const Admin1Props = z.object({
  iso_3166_2: z.string().min(3),
  name: z.string().nullable(),
  admin: z.string(),
  adm0_a3: z.string().regex(/^[A-Z]{3}$/),
  iso_a2: z.string().regex(/^[A-Z]{2}$/),
  type_en: z.string().nullable(),
});

export interface NeCountry {
  index: number; // feature order in the file
  code: string; // ISO2 for the primary feature of a country, else ADM0_A3 (e.g. "IOA", "SOL")
  name: string;
  iso2: string; // '' when Natural Earth has none (Somaliland, N. Cyprus, Siachen)
  iso3: string; // ISO_A3_EH / ISO_A3, else ADM0_A3 (e.g. Kosovo "KOS")
  adm0: string;
  continent: string;
  polygons: PolygonCoords[];
}
export interface NeAdmin1 {
  index: number;
  code: string; // iso_3166_2
  name: string;
  iso2: string;
  adm0: string;
  polygons: PolygonCoords[];
}

const isA2 = (s: string) => /^[A-Z]{2}$/.test(s);
const isA3 = (s: string) => /^[A-Z]{3}$/.test(s);

function polygonsOf(g: z.infer<typeof Geom>): PolygonCoords[] {
  const strip = (rings: number[][][]): PolygonCoords =>
    rings.map((r) => r.map((p) => [p[0]!, p[1]!] as [number, number]));
  return g.type === 'Polygon' ? [strip(g.coordinates)] : g.coordinates.map(strip);
}

function readFeatures(path: string, label: string): { properties: unknown; geometry: unknown }[] {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as { type?: string; features?: unknown[] };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new Error(`${label}: not a FeatureCollection`);
  return fc.features as { properties: unknown; geometry: unknown }[];
}

/**
 * Reads a Natural Earth file and validates every feature's properties and geometry; fails the run
 * naming each bad feature, else hands back the valid ones with their 0-based feature index.
 */
function validFeatures<P extends z.ZodType>(
  rawDir: string,
  label: string,
  props: P,
): { index: number; props: z.infer<P>; polygons: PolygonCoords[] }[] {
  const problems: string[] = [];
  const out: { index: number; props: z.infer<P>; polygons: PolygonCoords[] }[] = [];
  readFeatures(join(rawDir, label), label).forEach((f, i) => {
    const p = props.safeParse(f.properties);
    const g = Geom.safeParse(f.geometry);
    if (!p.success || !g.success) {
      problems.push(
        `${label} feature ${i + 1}: ${!p.success ? formatZodIssues(p.error) : formatZodIssues(g.error!)}`,
      );
      return;
    }
    out.push({ index: i, props: p.data, polygons: polygonsOf(g.data) });
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}

export function loadAdmin0(rawDir: string): NeCountry[] {
  const label = 'grid/ne_50m_admin_0_countries.geojson';
  const out: NeCountry[] = validFeatures(rawDir, label, Admin0Props).map(({ index, props: q, polygons }) => {
    const iso2 = isA2(q.ISO_A2_EH) ? q.ISO_A2_EH : isA2(q.ISO_A2) ? q.ISO_A2 : '';
    const iso3 = isA3(q.ISO_A3_EH) ? q.ISO_A3_EH : isA3(q.ISO_A3) ? q.ISO_A3 : q.ADM0_A3;
    // The country's own feature keeps the ISO2 code; dependent pieces sharing it (e.g. Indian Ocean Ter. -> AU) use ADM0_A3.
    const primary = iso2 !== '' && (iso3 === q.ADM0_A3 || !isA3(q.ISO_A3_EH));
    return {
      index,
      code: primary ? iso2 : q.ADM0_A3,
      name: q.NAME,
      iso2,
      iso3,
      adm0: q.ADM0_A3,
      continent: q.CONTINENT,
      polygons,
    };
  });
  const codes = new Set<string>();
  for (const c of out) {
    if (codes.has(c.code)) throw new Error(`${label}: duplicate region code ${c.code}`);
    codes.add(c.code);
  }
  return out;
}

export function loadAdmin1(rawDir: string): NeAdmin1[] {
  const label = 'grid/ne_50m_admin_1_states_provinces.geojson';
  return validFeatures(rawDir, label, Admin1Props).map(({ index, props: q, polygons }) => ({
    index,
    code: q.iso_3166_2,
    name: q.name ?? q.iso_3166_2,
    iso2: q.iso_a2,
    adm0: q.adm0_a3,
    polygons,
  }));
}

/** ISO3 -> ISO2 for joins (includes common aliases for codes Natural Earth spells differently). */
export function iso3To2Map(countries: NeCountry[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of countries) if (c.iso2 && !m.has(c.iso3)) m.set(c.iso3, c.iso2);
  for (const c of countries) if (c.iso2 && isA3(c.adm0) && !m.has(c.adm0)) m.set(c.adm0, c.iso2);
  const aliases: [string, string][] = [
    ['XKX', 'XK'], // Kosovo (World Bank)
    ['KSV', 'XK'],
    ['OWID_KOS', 'XK'],
    ['PSE', 'PS'], // Palestine (NE: PSX)
  ];
  for (const [a, b] of aliases) if (!m.has(a)) m.set(a, b);
  return m;
}
