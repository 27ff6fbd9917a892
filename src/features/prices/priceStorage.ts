/**
 * The user's own prices as stored in the browser (localStorage, beside the shortlist), with a schema version.
 * Reading never throws: unreadable text comes back as `corrupt` with the raw text, so the panel can keep a
 * backup, offer it for download and explain, instead of dropping the table silently.
 * Version history (fixtures for each in ./fixtures):
 *   1: { version: 1, prices: [{ code, usdPerKwh, label? }] } (codes as the grid manifest's regions/countries).
 * A later version adds a schema here and a migration from the one before it in MIGRATIONS.
 */
import { z } from 'zod';
import { validatePriceOverrides, type PriceOverride } from '../../domain/index.ts';
import { MAX_LABEL_LENGTH } from './priceRows.ts';

export const PRICES_STORAGE_VERSION = 1;
export const PRICES_KEY = 'gridscout.own-prices';
export const PRICES_BACKUP_KEY = 'gridscout.own-prices.unreadable-backup';

const v1Schema = z.object({
  version: z.literal(1),
  prices: z.array(
    z.object({
      code: z.string().max(10),
      usdPerKwh: z.number(),
      label: z.string().max(MAX_LABEL_LENGTH).optional(),
    }),
  ),
});

type StoredPrices = z.infer<typeof v1Schema>;

/** The schema of each stored version. */
const SCHEMAS: Record<number, z.ZodType> = { 1: v1Schema };
/** MIGRATIONS[n] turns a version-n value into a version n+1 value (none yet: version 1 is the first). */
const MIGRATIONS: Record<number, (stored: unknown) => unknown> = {};

export type PricesRead =
  | { kind: 'empty' }
  | { kind: 'ok'; prices: PriceOverride[]; migratedFrom: number | null }
  | { kind: 'corrupt'; raw: string; reason: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'top level';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

export function readPrices(raw: string | null): PricesRead {
  if (raw === null || raw === '') return { kind: 'empty' };
  const corrupt = (reason: string): PricesRead => ({ kind: 'corrupt', raw, reason });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return corrupt('The stored own prices are not valid JSON.');
  }
  const version =
    typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > PRICES_STORAGE_VERSION)
    return corrupt(`The stored own prices were written by a newer Gridscout (version ${version}).`);
  if (typeof version !== 'number' || !SCHEMAS[version])
    return corrupt('The stored own prices have no known version.');
  let value: unknown = json;
  for (let v = version; v <= PRICES_STORAGE_VERSION; v++) {
    const parsed = SCHEMAS[v].safeParse(value);
    if (!parsed.success)
      return corrupt(`The stored own prices (version ${v}) are damaged at ${firstIssue(parsed.error)}.`);
    value = v < PRICES_STORAGE_VERSION ? MIGRATIONS[v](parsed.data) : parsed.data;
  }
  const prices = (value as StoredPrices).prices.map(({ code, usdPerKwh, label }) => ({
    code,
    usdPerKwh,
    ...(label ? { label } : {}),
  }));
  const problem = validatePriceOverrides(prices);
  if (problem) return corrupt(`The stored own prices are damaged: ${problem}.`);
  return { kind: 'ok', prices, migratedFrom: version === PRICES_STORAGE_VERSION ? null : version };
}

export function writePrices(prices: readonly PriceOverride[]): string {
  const stored: StoredPrices = { version: PRICES_STORAGE_VERSION, prices: [...prices] };
  return JSON.stringify(stored);
}
