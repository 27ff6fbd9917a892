/**
 * Eurostat nrg_pc_205 (non-household electricity prices, excl. VAT) by consumption band, read from the raw all-bands
 * file, and the ECB USD-per-EUR reference rates used to convert it. tariffs/tariffs.csv carries only bands ID and IE;
 * the band nearest a large load (a constant 50 MW draws ~440 GWh/yr: band IG) is taken from the raw file here, with
 * the same conversion rule tariffs.csv uses (PROVENANCE §2: EUR × mean of the ECB daily USD-per-EUR fixings of the
 * semester, the mean rounded to 5 decimals, the product to 4) — checked row for row against tariffs.csv.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from './lib/csv.ts';

export const EUROSTAT_ALLBANDS_FILE = 'raw/eurostat_nrg_pc_205_allbands_XVAT_EUR_2024S1_2024S2.csv';
export const ECB_USD_FILE = 'raw/ecb_eurofxref_USD_CAD_2022_2024.csv';
/** Pipeline-derived rows (bands other than ID/IE, which tariffs.csv carries under their own source ids). */
export const EUROSTAT_ALLBANDS_SOURCE_ID = 'EUROSTAT_NRG_PC_205_ALLBANDS';
/** tariffs.csv source ids of the two bands it carries. */
export const EUROSTAT_CSV_SOURCE: Readonly<Record<string, string>> = {
  ID: 'EUROSTAT_NRG_PC_205_ID',
  IE: 'EUROSTAT_NRG_PC_205_IE',
};

/**
 * Eurostat consumption bands, largest first (annual consumption). Source: the band_label column of the raw file
 * (e.g. "Consumption 150 000 MWh or over - band IG"), also listed in tariffs/PROVENANCE.md §2; the loader checks
 * that every label of the file matches its row here.
 */
export const EUROSTAT_BANDS = [
  { code: 'IG', label: 'Consumption 150 000 MWh or over - band IG', text: '≥ 150 GWh/yr' },
  { code: 'IF', label: 'Consumption from 70 000 MWh to 149 999 MWh - band IF', text: '70–150 GWh/yr' },
  { code: 'IE', label: 'Consumption from 20 000 MWh to 69 999 MWh - band IE', text: '20–70 GWh/yr' },
  { code: 'ID', label: 'Consumption from 2 000 MWh to 19 999 MWh - band ID', text: '2–20 GWh/yr' },
  { code: 'IC', label: 'Consumption from 500 MWh to 1 999 MWh - band IC', text: '0.5–2 GWh/yr' },
  { code: 'IB', label: 'Consumption from 20 MWh to 499 MWh - band IB', text: '20–500 MWh/yr' },
  { code: 'IA', label: 'Consumption less than 20 MWh - band IA', text: '< 20 MWh/yr' },
] as const;
export type EurostatBand = (typeof EUROSTAT_BANDS)[number]['code'];
/** The all-bands average row of the file: not a band, never used. */
const ALL_BANDS_LABEL = 'Consumption of kWh - all bands';
/** Aggregates dropped, as for tariffs.csv (PROVENANCE §2). */
const AGGREGATES = new Set(['EU27', 'Euro area']);

export function bandText(code: EurostatBand): string {
  return `Eurostat band ${code}, ${EUROSTAT_BANDS.find((b) => b.code === code)!.text}`;
}

const EurostatRowSchema = z.object({
  period: z.string().regex(/^\d{4}-S[12]$/),
  geo_label_in_source: z.string().min(1),
  iso2: z.string(),
  band_label: z.string().min(1),
  eur_per_kwh: z
    .string()
    .trim()
    .transform((s) => (s === '' ? null : Number(s)))
    .pipe(z.number().finite().nonnegative().nullable()),
});

const EcbRowSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  USD_per_EUR: z.string().trim().min(1).transform(Number).pipe(z.number().finite().positive()),
});

/** ECB daily USD-per-EUR fixings, by date. */
export function loadEcbUsd(tariffDir: string): { date: string; usdPerEur: number }[] {
  return parseCsv(join(tariffDir, ECB_USD_FILE), EcbRowSchema.passthrough(), {
    label: `tariffs/${ECB_USD_FILE}`,
  }).map((r) => ({ date: r.date, usdPerEur: r.USD_per_EUR }));
}

/** Mean of the fixings dated from..to (inclusive, YYYY-MM-DD), rounded to 5 decimals as PROVENANCE states them. */
export function meanRate(
  fixings: readonly { date: string; usdPerEur: number }[],
  from: string,
  to: string,
): { rate: number; n: number } {
  const xs = fixings.filter((f) => f.date >= from && f.date <= to).map((f) => f.usdPerEur);
  if (xs.length === 0) throw new Error(`no ECB USD fixings ${from}..${to} in tariffs/${ECB_USD_FILE}`);
  return { rate: Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1e5) / 1e5, n: xs.length };
}

export function semesterRange(period: string): [string, string] {
  const [y, s] = period.split('-S');
  return s === '1' ? [`${y}-01-01`, `${y}-06-30`] : [`${y}-07-01`, `${y}-12-31`];
}

export interface EurostatValue {
  iso2: string;
  period: string;
  band: EurostatBand;
  eurPerKwh: number;
  usdPerKwh: number;
  fx: number;
}

/** Every usable (country, period, band) value: empty and 0.0 cells dropped (PROVENANCE §2: 0.0 is not a price). */
export function loadEurostatBands(tariffDir: string): EurostatValue[] {
  const rows = parseCsv(join(tariffDir, EUROSTAT_ALLBANDS_FILE), EurostatRowSchema, {
    label: `tariffs/${EUROSTAT_ALLBANDS_FILE}`,
  });
  const fixings = loadEcbUsd(tariffDir);
  const fx = new Map<string, number>();
  const out: EurostatValue[] = [];
  for (const r of rows) {
    if (AGGREGATES.has(r.geo_label_in_source) || r.band_label === ALL_BANDS_LABEL) continue;
    const band = EUROSTAT_BANDS.find((b) => b.label === r.band_label);
    if (!band) throw new Error(`tariffs/${EUROSTAT_ALLBANDS_FILE}: unknown band label "${r.band_label}"`);
    if (!/^[A-Z]{2}$/.test(r.iso2))
      throw new Error(`tariffs/${EUROSTAT_ALLBANDS_FILE}: no ISO2 for ${r.geo_label_in_source}`);
    if (r.eur_per_kwh === null || r.eur_per_kwh === 0) continue;
    let rate = fx.get(r.period);
    if (rate === undefined) {
      rate = meanRate(fixings, ...semesterRange(r.period)).rate;
      fx.set(r.period, rate);
    }
    const usd = Math.round(r.eur_per_kwh * rate * 1e4) / 1e4;
    out.push({
      iso2: r.iso2,
      period: r.period,
      band: band.code,
      eurPerKwh: r.eur_per_kwh,
      usdPerKwh: usd,
      fx: rate,
    });
  }
  return out;
}

/** Band order rank: 0 = IG (largest), 6 = IA. */
export const bandOrder = (b: EurostatBand): number => EUROSTAT_BANDS.findIndex((x) => x.code === b);

/** Per country and period, the largest band with a value (IG, else IF, else IE, ...). */
export function largestBands(values: readonly EurostatValue[]): EurostatValue[] {
  const best = new Map<string, EurostatValue>();
  for (const v of values) {
    const k = `${v.iso2}|${v.period}`;
    const cur = best.get(k);
    if (!cur || bandOrder(v.band) < bandOrder(cur.band)) best.set(k, v);
  }
  return [...best.values()].sort((a, b) => (a.iso2 + a.period < b.iso2 + b.period ? -1 : 1));
}

/**
 * Checks that the raw file, converted by the rule above, reproduces every Eurostat row of tariffs.csv (same
 * country, period and band, same USD value): the derived IF/IG rows then follow tariffs.csv's own rule.
 */
export function checkAgainstTariffsCsv(
  values: readonly EurostatValue[],
  csvRows: readonly {
    region_code: string;
    period: string;
    source_id: string;
    price_usd_per_kwh: number | null;
  }[],
): number {
  const bySource = new Map(Object.entries(EUROSTAT_CSV_SOURCE).map(([b, s]) => [s, b]));
  let checked = 0;
  for (const r of csvRows) {
    const band = bySource.get(r.source_id);
    if (!band) continue;
    const v = values.find((x) => x.iso2 === r.region_code && x.period === r.period && x.band === band);
    if (!v || v.usdPerKwh !== r.price_usd_per_kwh)
      throw new Error(
        `tariffs/${EUROSTAT_ALLBANDS_FILE}: ${r.region_code} ${r.period} band ${band} gives ${v?.usdPerKwh ?? 'no value'} USD/kWh, tariffs.csv ${r.price_usd_per_kwh}`,
      );
    checked++;
  }
  return checked;
}
