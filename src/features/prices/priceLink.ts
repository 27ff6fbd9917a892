/**
 * The user's own prices in a share link: key `po` of the link's `s` settings object, a list of
 * [code, usdPerKwh, label?] (compact; codes as the grid manifest's regions/countries). Decoding never throws:
 * each row is checked on its own, a bad one is ignored with a notice naming it, the rest are kept.
 * Which codes the grid knows is not checked here (the link is read before the grid loads); the panel marks
 * a code the grid lacks.
 */
import { z } from 'zod';
import {
  MAX_OVERRIDE_USD_PER_KWH,
  MAX_PRICE_OVERRIDES,
  validatePriceOverrides,
  type PriceOverride,
} from '../../domain/index.ts';
import { MAX_LABEL_LENGTH } from './priceRows.ts';

export const PRICE_LINK_KEY = 'po';

const PRICE = `expected a price of 0–${MAX_OVERRIDE_USD_PER_KWH} USD/kWh`;

export const priceLinkField = z.array(z.unknown(), { error: 'expected a list of prices' });

export const priceLinkRow = z
  .tuple(
    [
      z.string({ error: 'no region code' }).max(10, { error: 'no region code' }),
      z.number({ error: PRICE }).min(0, { error: PRICE }).max(MAX_OVERRIDE_USD_PER_KWH, { error: PRICE }),
      z.string({ error: 'unreadable label' }).max(MAX_LABEL_LENGTH, { error: 'unreadable label' }).optional(),
    ],
    { error: 'expected [region code, USD/kWh, label]' },
  )
  .transform(([code, usdPerKwh, text]): PriceOverride => {
    const label = text?.replace(/\s+/g, ' ').trim();
    return { code, usdPerKwh, ...(label ? { label } : {}) };
  })
  .superRefine((o, ctx) => {
    const problem = validatePriceOverrides([o]);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export function encodePriceLink(prices: readonly PriceOverride[]): unknown[] {
  return prices.map((p) => (p.label ? [p.code, p.usdPerKwh, p.label] : [p.code, p.usdPerKwh]));
}

const short = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** The valid rows of a link's `po` (first of each code), with a notice for every row ignored. */
export function decodePriceLink(raw: unknown, notices: string[]): PriceOverride[] | undefined {
  const list = priceLinkField.safeParse(raw);
  if (!list.success) {
    notices.push(`Ignored the shared own prices: ${list.error.issues[0]?.message ?? 'invalid'}`);
    return undefined;
  }
  const out: PriceOverride[] = [];
  const seen = new Set<string>();
  list.data.slice(0, MAX_PRICE_OVERRIDES).forEach((row, i) => {
    const parsed = priceLinkRow.safeParse(row);
    if (!parsed.success) {
      notices.push(
        `Ignored shared own price number ${i + 1} ${short(row)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
      return;
    }
    if (seen.has(parsed.data.code)) {
      notices.push(`Ignored shared own price number ${i + 1}: ${parsed.data.code} is given twice`);
      return;
    }
    seen.add(parsed.data.code);
    out.push(parsed.data);
  });
  if (list.data.length > MAX_PRICE_OVERRIDES)
    notices.push(`Ignored shared own prices after the first ${MAX_PRICE_OVERRIDES}`);
  return out;
}
