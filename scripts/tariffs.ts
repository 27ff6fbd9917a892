/**
 * Tariffs: parse tariffs/tariffs.csv, tariffs/sources.csv, the World Bank Doing Business raw file and the Eurostat
 * all-bands raw file, and pick one tariff per region by the DESIGN.md rule:
 *   subnational before country; (World Bank DB2019 only where nothing else exists); industrial before commercial;
 *   final before preliminary; band nearest a large load (Eurostat: per country and period the largest band with a
 *   value, IG else IF else IE ..., see tariffs-eurostat.ts; PLN I-4 before I-3); most recent period.
 */
import { join } from 'node:path';
import type { Tariff, TariffBasis } from '../src/data/schemas.ts';
import { parseCsv, type RejectedRow } from './lib/csv.ts';
import {
  bandText,
  checkAgainstTariffsCsv,
  EUROSTAT_ALLBANDS_SOURCE_ID,
  EUROSTAT_CSV_SOURCE,
  largestBands,
  loadEurostatBands,
} from './tariffs-eurostat.ts';
import {
  periodEnd,
  TariffRowSchema,
  TariffSourceRowSchema,
  WbRowSchema,
  type TariffRow,
  type TariffSourceRow,
  type WbRow,
} from './tariffs-schemas.ts';

export const WB_SOURCE_ID = 'WB_DB2020_GE_PRICE';

/** Consumption-band rank per source (lower = nearer a large load). Sources not listed rank 0. Eurostat rows are
 * replaced by one row per country and period, its largest band (tariffs-eurostat.ts). */
export const BAND_RANK: Record<string, number> = {
  ID_PLN_I4_2024Q3: 0, // PLN I-4/TT, >= 30,000 kVA
  ID_PLN_I3_2024Q3: 1, // PLN I-3/TM, > 200 kVA
};

/** World Bank values above this are not plausible prices (PROVENANCE: Venezuela, hundreds of US cents/kWh). */
export const WB_MAX_PLAUSIBLE_USD = 1.0;

/** One usable price for a region. */
export interface Candidate {
  region: string; // ISO2 or ISO 3166-2
  level: 'country' | 'subnational';
  sector: 'industrial' | 'commercial';
  usdPerKwh: number;
  period: string;
  sourceId: string;
  worldBank: boolean;
  preliminary: boolean;
  bandRank: number;
  /** Consumption band shown with the price (Eurostat), e.g. "Eurostat band IG, ≥ 150 GWh/yr". */
  band?: string;
}

type KeyName = 'worldBank' | 'sector' | 'preliminary' | 'band' | 'period' | 'sourceId';
const REASON: Record<KeyName, string> = {
  worldBank: 'World Bank 2019 only as last resort',
  sector: 'industrial before commercial',
  preliminary: 'final before preliminary',
  band: 'band nearest a large load',
  period: 'most recent period',
  sourceId: 'tie broken by source id',
};

/** Compare two candidates; returns [sign, key that decided]. Negative = a preferred. */
export function compareCandidates(a: Candidate, b: Candidate): [number, KeyName | null] {
  const keys: [KeyName, number, number][] = [
    ['worldBank', +a.worldBank, +b.worldBank],
    ['sector', a.sector === 'industrial' ? 0 : 1, b.sector === 'industrial' ? 0 : 1],
    ['preliminary', +a.preliminary, +b.preliminary],
    ['band', a.bandRank, b.bandRank],
  ];
  for (const [k, x, y] of keys) if (x !== y) return [x - y, k];
  const pa = periodEnd(a.period);
  const pb = periodEnd(b.period);
  if (pa !== pb) return [pa > pb ? -1 : 1, 'period'];
  if (a.sourceId !== b.sourceId) return [a.sourceId < b.sourceId ? -1 : 1, 'sourceId'];
  if (a.usdPerKwh !== b.usdPerKwh) return [a.usdPerKwh - b.usdPerKwh, 'sourceId'];
  return [0, null];
}

/** Best candidate and the rule sentence explaining why it beat the others. */
export function pickBest(cands: Candidate[]): { best: Candidate; reasons: string[] } | null {
  if (cands.length === 0) return null;
  const sorted = [...cands].sort((a, b) => compareCandidates(a, b)[0]);
  const best = sorted[0]!;
  const keys = new Set<KeyName>();
  for (const c of sorted.slice(1)) {
    const [, k] = compareCandidates(best, c);
    if (k) keys.add(k);
  }
  const order: KeyName[] = ['worldBank', 'sector', 'preliminary', 'band', 'period', 'sourceId'];
  return { best, reasons: order.filter((k) => keys.has(k)).map((k) => REASON[k]) };
}

function toTariff(c: Candidate, basis: TariffBasis, rule: string): Tariff {
  const t: Tariff = {
    usdPerKwh: c.usdPerKwh,
    sector: c.sector,
    period: c.period,
    sourceId: c.sourceId,
    basis,
    rule,
  };
  if (!c.band) return t;
  return {
    ...t,
    band: c.band,
    rule: `${rule} Largest consumption band reported for ${c.period}: ${c.band}.`,
  };
}

function ruleText(prefix: string, reasons: string[]): string {
  return reasons.length ? `${prefix} (${reasons.join('; ')}).` : `${prefix}.`;
}

export const WB_RULE =
  'World Bank Doing Business 2019 small-business price: the only data; not an industrial tariff.';
export const WB_FALLBACK_RULE =
  'No regional row; country has only the World Bank 2019 small-business price: not an industrial tariff.';

export interface ChosenTariffs {
  tariff: Tariff | null;
  commercial: Tariff | null;
}

/** Country polygon: country-level rows (incl. World Bank) only. */
export function chooseCountry(cands: Candidate[]): ChosenTariffs {
  const own = cands.filter((c) => c.level === 'country');
  const main = pickBest(own);
  const com = pickBest(own.filter((c) => c.sector === 'commercial'));
  const mk = (p: NonNullable<ReturnType<typeof pickBest>>): Tariff =>
    p.best.worldBank
      ? toTariff(p.best, 'worldbank_2019', WB_RULE)
      : toTariff(p.best, 'country', ruleText(`Country ${p.best.sector} row`, p.reasons));
  return { tariff: main ? mk(main) : null, commercial: com ? mk(com) : null };
}

/** Subnational polygon: its own rows, else the country's choice (basis country_fallback, or worldbank_2019). */
export function chooseSubnational(own: Candidate[], country: ChosenTariffs): ChosenTariffs {
  const mine = own.filter((c) => c.level === 'subnational');
  const fallback = (t: Tariff | null): Tariff | null => {
    if (!t) return null;
    if (t.basis === 'worldbank_2019') return { ...t, rule: WB_FALLBACK_RULE };
    return { ...t, basis: 'country_fallback', rule: `No regional row: country price applies. ${t.rule}` };
  };
  const main = pickBest(mine);
  const com = pickBest(mine.filter((c) => c.sector === 'commercial'));
  return {
    tariff: main
      ? toTariff(main.best, 'subnational', ruleText(`Own ${main.best.sector} row`, main.reasons))
      : fallback(country.tariff),
    commercial: com
      ? toTariff(com.best, 'subnational', ruleText('Own commercial row', com.reasons))
      : fallback(country.commercial),
  };
}

export interface TariffData {
  /** Candidates by region code (ISO2 for countries, ISO 3166-2 for subnational). */
  byRegion: Map<string, Candidate[]>;
  sources: TariffSourceRow[];
  rows: TariffRow[];
  wbRows: WbRow[];
  rejected: RejectedRow[];
  counts: { tariffRowsIn: number; wbRowsIn: number; candidates: number; rejected: number };
}

/**
 * Load all tariff inputs. `iso3to2` maps WB ISO3 economies to ISO2 (from Natural Earth).
 * Rejection rules (documented): rows without a USD price (PROVENANCE §6-7: KGS not converted);
 * WB values above WB_MAX_PLAUSIBLE_USD (PROVENANCE §5: Venezuela); WB economies without a 2019 value or unknown ISO3.
 */
export function loadTariffs(rawDir: string, iso3to2: Map<string, string>): TariffData {
  const dir = join(rawDir, 'tariffs');
  const rows = parseCsv(join(dir, 'tariffs.csv'), TariffRowSchema, { label: 'tariffs/tariffs.csv' });
  const sources = parseCsv(join(dir, 'sources.csv'), TariffSourceRowSchema, { label: 'tariffs/sources.csv' });
  const wbFile = 'raw/worldbank_doingbusiness_WB.DB.58_price_of_electricity_2014_2019.csv';
  const wbRows = parseCsv(join(dir, wbFile), WbRowSchema.passthrough(), { label: `tariffs/${wbFile}` });
  const srcIds = new Set(sources.map((s) => s.source_id));
  const prelim = new Set(sources.filter((s) => /\bpreliminary\b/i.test(s.title)).map((s) => s.source_id));
  const rejected: RejectedRow[] = [];
  const byRegion = new Map<string, Candidate[]>();
  const add = (c: Candidate) => {
    const l = byRegion.get(c.region) ?? [];
    l.push(c);
    byRegion.set(c.region, l);
  };
  const eurostatCsv = new Set(Object.values(EUROSTAT_CSV_SOURCE));
  const eurostat = loadEurostatBands(dir);
  checkAgainstTariffsCsv(eurostat, rows);
  for (const v of largestBands(eurostat))
    add({
      region: v.iso2,
      level: 'country',
      sector: 'industrial', // Eurostat non-household, labelled industrial as in tariffs.csv (PROVENANCE caveats)
      usdPerKwh: v.usdPerKwh,
      period: v.period,
      sourceId: EUROSTAT_CSV_SOURCE[v.band] ?? EUROSTAT_ALLBANDS_SOURCE_ID,
      worldBank: false,
      preliminary: false,
      bandRank: 0,
      band: bandText(v.band),
    });
  rows.forEach((r, i) => {
    if (!srcIds.has(r.source_id))
      throw new Error(`tariffs/tariffs.csv row ${i + 1}: source_id ${r.source_id} not in sources.csv`);
    periodEnd(r.period); // fail early on unknown period formats
    if (eurostatCsv.has(r.source_id)) return; // superseded by the largest band above (checked equal)
    if (r.price_usd_per_kwh === null) {
      rejected.push({
        file: 'tariffs/tariffs.csv',
        row: i + 1,
        id: `${r.region_code} ${r.source_id}`,
        reason: 'no USD value (not converted in the source table; PROVENANCE §6-7)',
      });
      return;
    }
    add({
      region: r.region_code,
      level: r.level,
      sector: r.sector,
      usdPerKwh: r.price_usd_per_kwh,
      period: r.period,
      sourceId: r.source_id,
      worldBank: r.source_id === WB_SOURCE_ID,
      preliminary: prelim.has(r.source_id),
      bandRank: BAND_RANK[r.source_id] ?? 0,
    });
  });
  // World Bank raw file: all 190 economies, used as the last resort where tariffs.csv has no WB row.
  wbRows.forEach((w, i) => {
    const rowRef = { file: `tariffs/${wbFile}`, row: i + 1, id: w.economy_iso3 };
    const iso2 = iso3to2.get(w.economy_iso3);
    if (!iso2)
      return void rejected.push({ ...rowRef, reason: 'ISO3 not matched to a Natural Earth country' });
    if (w.col_2019 === null) return void rejected.push({ ...rowRef, reason: 'no 2019 value' });
    const usd = Math.round(w.col_2019 * 100) / 10000; // US cents -> USD, 4 decimals as in tariffs.csv
    if (!(usd > 0) || usd > WB_MAX_PLAUSIBLE_USD)
      return void rejected.push({
        ...rowRef,
        reason: `implausible price ${w.col_2019} US cents/kWh (PROVENANCE §5)`,
      });
    const existing = (byRegion.get(iso2) ?? []).filter((c) => c.worldBank);
    if (existing.length > 0) {
      if (existing.some((c) => Math.abs(c.usdPerKwh - usd) > 1e-9))
        throw new Error(`${wbFile} ${w.economy_iso3}: 2019 value ${usd} differs from tariffs.csv WB row`);
      return;
    }
    add({
      region: iso2,
      level: 'country',
      sector: 'commercial',
      usdPerKwh: usd,
      period: '2019',
      sourceId: WB_SOURCE_ID,
      worldBank: true,
      preliminary: false,
      bandRank: 0,
    });
  });
  let candidates = 0;
  for (const l of byRegion.values()) candidates += l.length;
  return {
    byRegion,
    sources,
    rows,
    wbRows,
    rejected,
    counts: { tariffRowsIn: rows.length, wbRowsIn: wbRows.length, candidates, rejected: rejected.length },
  };
}
