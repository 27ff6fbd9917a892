/** data/mining_sites.json: located mining / ex-mining / miner-built AI sites with a normalised status. */
import { join } from 'node:path';
import { z } from 'zod';
import { MiningSitesFileSchema, type MiningSite, type MiningStatus } from '../src/data/schemas.ts';
import { parseCsv } from './lib/csv.ts';
import { round } from './lib/num.ts';
import { SRC } from './source-ids.ts';
import { isEnergisedStatus } from '../src/contract/index.ts';

/** Raw status vocabulary of mining/mining_sites.csv (PROVENANCE "Columns"). Unknown values fail the run. */
export const RawMiningStatus = z.enum(['mining', 'converting_to_ai', 'ai_hpc', 'mixed', 'closed']);

/**
 * Planned-but-unbuilt sites named in mining/PROVENANCE.md ("Second pass" → Status): they carry only
 * power_mw_planned and their raw status says "mining" as of the source, but nothing is energised yet.
 */
export const PLANNED_SITE_IDS = new Set([
  'bitriver-b-mukhorshibir',
  'bitdeer-fox-creek',
  'cipher-cotulla',
  'greenidge-spartanburg',
]);

/**
 * Normalisation rule: `mixed` (mining and AI/HPC side by side) → `ai_hpc` (an AI/HPC tenant is running on an
 * energised site); ids in PLANNED_SITE_IDS → `planned`; everything else keeps its raw value.
 */
export function normaliseStatus(id: string, raw: z.infer<typeof RawMiningStatus>): MiningStatus {
  if (PLANNED_SITE_IDS.has(id)) return 'planned';
  if (raw === 'mixed') return 'ai_hpc';
  return raw;
}

const optMw = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.number().finite().nonnegative().nullable());
const coord = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'coordinate required in the located file')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

export const MiningRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  operator: z.string(),
  city: z.string(),
  admin1: z.string(),
  country_iso2: z.string().regex(/^[A-Z]{2}$/),
  lat: coord(-90, 90),
  lon: coord(-180, 180),
  coord_precision: z.enum(['site', 'town', 'county']),
  power_mw: optMw,
  power_mw_planned: optMw,
  power_source: z.enum(['grid', 'hydro', 'gas', 'coal', 'wind', 'nuclear', 'mixed', 'flare', '']),
  coin: z.enum(['BTC', 'ETH', 'mixed', '']),
  status: RawMiningStatus,
  ai_tenant: z.string(),
  ai_announced: z.string(),
  opened: z.string(),
  notes: z.string(),
  source_urls: z
    .string()
    .transform((s) => s.split(/\s+/).filter((u) => u.length > 0))
    .pipe(
      z
        .array(z.string().regex(/^https?:\/\/\S+$/, 'source URL must be http(s)'))
        .min(1, 'at least one source URL'),
    ),
});

const CoordSourceSchema = z.object({
  id: z.string().min(1),
  coord_precision: z.enum(['site', 'town', 'county']),
  method: z.string(),
  coord_source: z.string().min(1),
});

export interface MiningResult {
  sites: MiningSite[];
  counts: {
    in: number;
    out: number;
    rejected: number;
    unlocated: number;
    byStatus: Record<string, number>;
    byPrecision: Record<string, number>;
  };
}

export function buildMining(rawDir: string): MiningResult {
  const rows = parseCsv(join(rawDir, 'mining/mining_sites.csv'), MiningRowSchema, {
    label: 'mining/mining_sites.csv',
  });
  const coords = parseCsv(join(rawDir, 'mining/coord_sources.csv'), CoordSourceSchema, {
    label: 'mining/coord_sources.csv',
  });
  const coordById = new Map(coords.map((c) => [c.id, c]));
  const unlocated = parseCsv(
    join(rawDir, 'mining/mining_sites_unlocated.csv'),
    z.object({ id: z.string().min(1) }).passthrough(),
    {
      label: 'mining/mining_sites_unlocated.csv',
    },
  );
  const seen = new Set<string>();
  const sites: MiningSite[] = rows.map((r, i) => {
    if (seen.has(r.id)) throw new Error(`mining/mining_sites.csv row ${i + 1}: duplicate id ${r.id}`);
    seen.add(r.id);
    const cs = coordById.get(r.id);
    if (!cs) throw new Error(`mining/coord_sources.csv: no row for site ${r.id}`);
    if (cs.coord_precision !== r.coord_precision)
      throw new Error(
        `mining site ${r.id}: coord_precision ${r.coord_precision} differs from coord_sources.csv (${cs.coord_precision})`,
      );
    const sourceIds: string[] = [SRC.mining];
    if (/geonames/i.test(cs.coord_source)) sourceIds.push(SRC.geonames);
    if (/power_plants_gppd/i.test(cs.coord_source)) sourceIds.push(SRC.gppd);
    return {
      id: r.id,
      name: r.name,
      operator: r.operator,
      city: r.city,
      admin1: r.admin1,
      countryIso2: r.country_iso2,
      lat: round(r.lat, 5),
      lon: round(r.lon, 5),
      coordPrecision: r.coord_precision,
      powerMw: r.power_mw,
      powerMwPlanned: r.power_mw_planned,
      powerSource: r.power_source,
      coin: r.coin,
      status: normaliseStatus(r.id, r.status),
      statusRaw: r.status,
      aiTenant: r.ai_tenant,
      aiAnnounced: r.ai_announced,
      opened: r.opened,
      notes: r.notes,
      sourceUrls: r.source_urls,
      sourceIds,
    };
  });
  for (const id of PLANNED_SITE_IDS)
    if (!seen.has(id)) throw new Error(`PLANNED_SITE_IDS: ${id} not in mining_sites.csv`);
  sites.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  MiningSitesFileSchema.parse({ sites });
  const byStatus: Record<string, number> = {};
  const byPrecision: Record<string, number> = {};
  for (const s of sites) {
    byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
    byPrecision[s.coordPrecision] = (byPrecision[s.coordPrecision] ?? 0) + 1;
  }
  return {
    sites,
    counts: {
      in: rows.length,
      out: sites.length,
      rejected: 0,
      unlocated: unlocated.length,
      byStatus,
      byPrecision,
    },
  };
}

/**
 * Median current MW of the energised sites that publish one, and how many do: the figure behind the default of
 * the energised_mw_not_published assumption (src/domain/assumptions.ts), written into the
 * energized_site_mw_basis layer description.
 */
export function publishedMwMedian(sites: readonly MiningSite[]): { median: number; n: number } {
  const mw = sites
    .filter((s) => isEnergisedStatus(s.status) && s.powerMw !== null)
    .map((s) => s.powerMw!)
    .sort((a, b) => a - b);
  if (mw.length === 0) throw new Error('no energised mining site publishes its current MW');
  const mid = Math.floor(mw.length / 2);
  const median = mw.length % 2 === 1 ? mw[mid]! : (mw[mid - 1]! + mw[mid]!) / 2;
  return { median, n: mw.length };
}
