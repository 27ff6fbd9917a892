/**
 * One row of the user's own prices as typed (the panel's fields) to a price override, or the problem of each
 * bad field (for aria-invalid and the described-by message). Pure; never throws. No papaparse here: the table
 * reader (./priceTable.ts) loads only when a file is imported.
 */
import { MAX_OVERRIDE_USD_PER_KWH, type PriceOverride } from '../../domain/index.ts';
import type { PriceRegions } from './priceRegions.ts';

export const MAX_LABEL_LENGTH = 200;

export interface RowFields {
  region: string;
  price: string;
  label?: string;
}

/** Why a field is refused, per field, for aria-invalid and the described-by message. */
export interface FieldProblems {
  region?: string;
  price?: string;
  label?: string;
}

export type RowCheck = { ok: PriceOverride } | { problems: FieldProblems };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The price in USD/kWh, or why the text is not one. */
export function parsePrice(text: string): { value: number } | { problem: string } {
  const typed = text.trim();
  const shown = typed.length > 30 ? `${typed.slice(0, 30)}…` : typed;
  if (typed === '') return { problem: 'no price given' };
  if (/^\d*,\d+$/.test(typed))
    return { problem: `price “${shown}” uses a decimal comma: write it with a dot (e.g. 0.03)` };
  if (!NUMBER.test(typed)) return { problem: `price “${shown}” is not a number of USD/kWh` };
  const value = Number(typed);
  if (!Number.isFinite(value)) return { problem: `price “${shown}” is not a number of USD/kWh` };
  if (value < 0) return { problem: `price “${shown}” is negative` };
  if (value > MAX_OVERRIDE_USD_PER_KWH)
    return {
      problem: `price “${shown}” is above ${MAX_OVERRIDE_USD_PER_KWH} USD/kWh (a typing error? prices are per kWh, not per MWh)`,
    };
  return { value };
}

/** One row as typed: a resolved override, or the problem of each bad field. */
export function checkRow(fields: RowFields, places: PriceRegions): RowCheck {
  const problems: FieldProblems = {};
  const region = places.resolve(fields.region);
  if ('problem' in region) problems.region = region.problem;
  const price = parsePrice(fields.price);
  if ('problem' in price) problems.price = price.problem;
  const label = (fields.label ?? '').replace(/\s+/g, ' ').trim();
  if (label.length > MAX_LABEL_LENGTH) problems.label = `label is longer than ${MAX_LABEL_LENGTH} characters`;
  if ('code' in region && 'value' in price && !problems.label)
    return { ok: { code: region.code, usdPerKwh: price.value, ...(label ? { label } : {}) } };
  return { problems };
}
