/** Row schemas of the tariff inputs (tariffs.csv, sources.csv, the World Bank raw file) and the period format. */
import { z } from 'zod';

const num = z.string().trim().min(1).transform(Number).pipe(z.number().finite());
const optNum = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.number().finite().positive().nullable());

export const TariffRowSchema = z.object({
  region_code: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'ISO 3166-1 alpha-2 or ISO 3166-2 code expected'),
  region_name: z.string().min(1),
  level: z.enum(['country', 'subnational']),
  sector: z.enum(['industrial', 'commercial']),
  price_original: num,
  currency: z.string().regex(/^[A-Z]{3}$/),
  unit_original: z.string().min(1),
  price_usd_per_kwh: optNum,
  fx_rate_used: optNum,
  period: z.string().min(1),
  source_id: z.string().min(1),
});
export type TariffRow = z.infer<typeof TariffRowSchema>;

export const TariffSourceRowSchema = z.object({
  source_id: z.string().min(1),
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.string().min(1),
  license: z.string().min(1),
  retrieved_from: z.string(),
  notes: z.string(),
});
export type TariffSourceRow = z.infer<typeof TariffSourceRowSchema>;

export const WbRowSchema = z.object({
  economy_iso3: z.string().regex(/^[A-Z]{3}$/),
  economy_name: z.string().min(1),
  indicator_id: z.literal('WB.DB.58'),
  indicator: z.string(),
  col_2019: z
    .string()
    .trim()
    .transform((s) => (s === '' ? null : Number(s)))
    .pipe(z.number().finite().nonnegative().nullable()),
});
export type WbRow = z.infer<typeof WbRowSchema>;

const PERIOD_PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(\d{4})$/, (m) => `${m[1]}-12-31`],
  [/^(\d{4})-[SH]([12])$/, (m) => `${m[1]}-${m[2] === '1' ? '06-30' : '12-31'}`],
  [/^(\d{4})-Q([1-4])$/, (m) => `${m[1]}-${['03-31', '06-30', '09-30', '12-31'][Number(m[2]) - 1]}`],
  [/^FY(\d{4})$/, (m) => `${Number(m[1]) + 1}-03-31`], // Japanese fiscal year (April-March)
  [/^(\d{4})-(\d{2})$/, (m) => `${m[1]}-${m[2]}-01`], // month in which rates took effect
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => m[0]],
];

/** Period -> sortable end date (YYYY-MM-DD). Throws on an unknown format so new conventions are noticed. */
export function periodEnd(p: string): string {
  for (const [re, f] of PERIOD_PATTERNS) {
    const m = p.match(re);
    if (m) return f(m);
  }
  throw new Error(`unknown tariff period format "${p}"`);
}
