/**
 * Day-ahead wholesale prices (tariffs/wholesale/, see its PROVENANCE.md): the price basis a user can switch to.
 * - Ember, monthly by country (ISO3): per country the latest FULL year (12 monthly values, none of them the partial
 *   month EMBER_PARTIAL_MONTH); the annual figure is the mean of the 12 monthly values (Ember's monthly prices are
 *   load-weighted, so this is a mean of months, not of hours); EUR/MWh → USD/kWh with the mean of that year's ECB
 *   daily USD-per-EUR fixings (rounded to 5 decimals, as tariffs.csv's Eurostat rule), the result to 4 decimals.
 * - ENTSO-E Swedish zones SE1–SE4 and JEPX's nine Japanese areas are read and validated but NOT mapped to cells:
 *   Natural Earth 1:50m has no admin-1 polygons for Sweden or Japan (it subdivides 9 countries only), and the
 *   rates file has no JPY rate for 2024. Sweden gets Ember's national price; Japan keeps its retail price.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv, type RejectedRow } from './lib/csv.ts';
import { loadEcbUsd, meanRate } from './tariffs-eurostat.ts';

export const EMBER_FILE = 'wholesale/ember_europe_monthly_2015-2025.csv';
export const ENTSOE_SE_FILE = 'wholesale/entsoe_se_zones_monthly_2016-2024.csv';
export const JEPX_FILE = 'wholesale/jepx_area_monthly_2024.csv';
export const EMBER_SOURCE_ID = 'EMBER_EU_WHOLESALE_MONTHLY';
/** PROVENANCE §1: the file was committed on 2025-12-25, so December 2025 covers at most ~24 days. */
export const EMBER_PARTIAL_MONTH = '2025-12';

const price = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.number().finite().nullable());

const EmberRowSchema = z.object({
  Country: z.string().min(1),
  'ISO3 Code': z.string().regex(/^[A-Z]{3}$/),
  Date: z.string().regex(/^\d{4}-\d{2}-01$/),
  'Price (EUR/MWhe)': price,
});
const SeRowSchema = z.object({
  zone: z.enum(['SE1', 'SE2', 'SE3', 'SE4']),
  period: z.string().regex(/^\d{4}(-\d{2})?$/),
  period_type: z.enum(['month', 'year']),
  mean_eur_mwh: price,
  hours_missing: z.string().regex(/^\d+$/).transform(Number),
});
const JepxRowSchema = z
  .object({
    period: z.string().regex(/^\d{4}(-\d{2})?$/),
    period_type: z.enum(['month', 'year']),
    system_price_jpy_kwh: price,
  })
  .passthrough();

/** One wholesale price that applies to cells. */
export interface WholesalePrice {
  /** Ember: ISO3 country. */
  iso3: string;
  usdPerKwh: number;
  eurPerMwh: number;
  usdPerEur: number;
  period: string;
  sourceId: string;
  /** Shown on the card and exported: what the figure is, with its period. */
  label: string;
}

export interface WholesaleData {
  byIso3: Map<string, WholesalePrice>;
  /** Rows or series read but not applied, with the reason (build report). */
  rejected: RejectedRow[];
  counts: { emberRows: number; seRows: number; jepxRows: number; countries: number };
}

/** Latest year with 12 monthly values (none partial), and its 12 values. */
export function latestFullYear(
  months: readonly { month: string; value: number | null }[],
): { year: string; values: number[] } | null {
  const byYear = new Map<string, number[]>();
  for (const m of months) {
    if (m.value === null || m.month === EMBER_PARTIAL_MONTH) continue;
    const y = m.month.slice(0, 4);
    byYear.set(y, [...(byYear.get(y) ?? []), m.value]);
  }
  const full = [...byYear.entries()]
    .filter(([, v]) => v.length === 12)
    .sort((a, b) => (a[0] < b[0] ? 1 : -1));
  return full[0] ? { year: full[0][0], values: full[0][1] } : null;
}

export function loadWholesale(rawDir: string): WholesaleData {
  const dir = join(rawDir, 'tariffs');
  const ember = parseCsv(join(dir, EMBER_FILE), EmberRowSchema, { label: `tariffs/${EMBER_FILE}` });
  const se = parseCsv(join(dir, ENTSOE_SE_FILE), SeRowSchema.passthrough(), {
    label: `tariffs/${ENTSOE_SE_FILE}`,
  });
  const jepx = parseCsv(join(dir, JEPX_FILE), JepxRowSchema, { label: `tariffs/${JEPX_FILE}` });
  const fixings = loadEcbUsd(dir);
  const series = new Map<string, { country: string; months: { month: string; value: number | null }[] }>();
  for (const r of ember) {
    const s = series.get(r['ISO3 Code']) ?? { country: r.Country, months: [] };
    s.months.push({ month: r.Date.slice(0, 7), value: r['Price (EUR/MWhe)'] });
    series.set(r['ISO3 Code'], s);
  }
  const rejected: RejectedRow[] = [];
  const byIso3 = new Map<string, WholesalePrice>();
  for (const [iso3, s] of [...series.entries()].sort()) {
    const full = latestFullYear(s.months);
    if (!full) {
      rejected.push({
        file: `tariffs/${EMBER_FILE}`,
        row: 0,
        id: iso3,
        reason: 'no full year of monthly prices',
      });
      continue;
    }
    const eur = full.values.reduce((a, b) => a + b, 0) / 12;
    const fx = meanRate(fixings, `${full.year}-01-01`, `${full.year}-12-31`).rate;
    byIso3.set(iso3, {
      iso3,
      eurPerMwh: eur,
      usdPerEur: fx,
      usdPerKwh: Math.round(eur * fx * 10) / 1e4, // EUR/MWh × USD/EUR / 1000 → USD/kWh, 4 decimals
      period: full.year,
      sourceId: EMBER_SOURCE_ID,
      label: `Ember day-ahead ${full.year}, mean of 12 monthly prices (${s.country})`,
    });
  }
  const seYears = se.filter((r) => r.period_type === 'year' && r.hours_missing === 0).map((r) => r.period);
  rejected.push({
    file: `tariffs/${ENTSOE_SE_FILE}`,
    row: 0,
    id: `SE1-SE4 ${[...seYears].sort().at(-1) ?? 'no full year'}`,
    reason:
      'bidding zones not mapped: no Swedish admin-1 polygons in Natural Earth 1:50m; Sweden gets the national Ember price',
  });
  rejected.push({
    file: `tariffs/${JEPX_FILE}`,
    row: 0,
    id: `JEPX ${jepx.find((r) => r.period_type === 'year')?.period ?? 'no year row'}`,
    reason:
      'not converted: tariffs/raw has no ECB JPY rate for 2024, and no Japanese admin-1 polygons; Japan keeps its retail price',
  });
  return {
    byIso3,
    rejected,
    counts: { emberRows: ember.length, seRows: se.length, jepxRows: jepx.length, countries: byIso3.size },
  };
}
