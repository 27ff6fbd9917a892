/**
 * A table of the user's own prices, CSV or TSV (papaparse; comma, semicolon, tab or pipe), to price overrides
 * plus one message per bad row (each row checked as ./priceRows.ts checks a typed one). Row numbers count the file's lines
 * from 1, header included, as a spreadsheet shows them. Never throws; bad rows are listed, never applied.
 *
 * Columns (header names compared without case, spaces or punctuation):
 *   region: region, code, country, state, province, region_code, country_code, iso, place, name
 *   price:  usd_per_kwh, usd/kwh, usd_kwh, price, price_usd_per_kwh, price_usd_kwh, usd
 *   label (optional): label, note, notes, source, comment, description
 * A first row whose second cell is a number is read as data, with columns region, price, label in that order.
 */
import Papa from 'papaparse';
import { MAX_PRICE_OVERRIDES, type PriceOverride } from '../../domain/index.ts';
import type { PriceRegions } from './priceRegions.ts';
import { checkRow, parsePrice } from './priceRows.ts';

/** Rows read from one file; more are reported, not read. */
export const MAX_TABLE_ROWS = 2000;
/** Bytes of text accepted for one table file. */
export const MAX_TABLE_BYTES = 1_000_000;

export interface RowMessage {
  /** Line in the file (header = 1). */
  row: number;
  message: string;
}

export interface TableResult {
  /** Valid rows, in file order, one per code. */
  overrides: PriceOverride[];
  /** Bad rows, in file order: never applied. */
  rows: RowMessage[];
  /** A problem with the whole file (no rows applied), or null. */
  problem: string | null;
}

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const REGION_HEADERS = [
  'region',
  'code',
  'country',
  'state',
  'province',
  'regioncode',
  'countrycode',
  'iso',
  'place',
  'name',
];
const PRICE_HEADERS = ['usdperkwh', 'usdkwh', 'price', 'priceusdperkwh', 'priceusdkwh', 'usd'];
const LABEL_HEADERS = ['label', 'note', 'notes', 'source', 'comment', 'description'];

const firstOf = (headers: readonly string[], names: readonly string[]) => {
  for (const name of names) {
    const at = headers.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
};

const empty = (problem: string): TableResult => ({ overrides: [], rows: [], problem });
const isBlank = (cells: readonly unknown[]) => cells.every((c) => String(c ?? '').trim() === '');

/** Reads a price table; `existing` counts towards the limit of MAX_PRICE_OVERRIDES codes. */
export function parsePriceTable(
  text: string,
  places: PriceRegions,
  existing: readonly string[] = [],
): TableResult {
  try {
    return readTable(text, places, existing);
  } catch (error) {
    // papaparse and the checks do not throw; this is the last guard so a bad file never breaks the panel.
    return empty(`The table could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function readTable(text: string, places: PriceRegions, existing: readonly string[]): TableResult {
  if (text.length > MAX_TABLE_BYTES)
    return empty(`The table is over ${MAX_TABLE_BYTES / 1_000_000} MB; a price table needs far less.`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return empty('The table holds no rows.');
  const parsed = Papa.parse<unknown[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';', '|'],
    preview: MAX_TABLE_ROWS + 1,
  });
  const lines = parsed.data.filter((r): r is unknown[] => Array.isArray(r));
  const first = (lines[0] ?? []).map((c) => String(c ?? '').trim());
  const headerless = first.length >= 2 && 'value' in parsePrice(first[1]);
  const headers = first.map(key);
  const at = headerless
    ? { region: 0, price: 1, label: first.length > 2 ? 2 : -1 }
    : {
        region: firstOf(headers, REGION_HEADERS),
        price: firstOf(headers, PRICE_HEADERS),
        label: firstOf(headers, LABEL_HEADERS),
      };
  if (at.region < 0 || at.price < 0) {
    const missing = [at.region < 0 && 'region', at.price < 0 && 'usd_per_kwh'].filter(Boolean).join(' and ');
    return empty(
      `No ${missing} column was recognised in the header “${first.join(', ').slice(0, 80)}”: name the columns region and usd_per_kwh (optional: label).`,
    );
  }
  const overrides: PriceOverride[] = [];
  const rows: RowMessage[] = [];
  const firstRow = new Map<string, number>();
  const known = new Set(existing);
  const dataStart = headerless ? 0 : 1;
  lines.slice(dataStart, MAX_TABLE_ROWS + 1).forEach((cells, i) => {
    const row = dataStart + i + 1;
    if (isBlank(cells)) return;
    const cell = (index: number) => (index >= 0 && index < cells.length ? String(cells[index] ?? '') : '');
    const checked = checkRow(
      { region: cell(at.region), price: cell(at.price), label: cell(at.label) },
      places,
    );
    if ('problems' in checked) {
      const { region, price, label } = checked.problems;
      rows.push({ row, message: `Row ${row}: ${[region, price, label].filter(Boolean).join('; ')}` });
      return;
    }
    const { code } = checked.ok;
    const earlier = firstRow.get(code);
    if (earlier !== undefined) {
      rows.push({
        row,
        message: `Row ${row}: ${places.describe(code)} (${code}) is given twice (first in row ${earlier}); this row is not applied`,
      });
      return;
    }
    if (!known.has(code) && known.size >= MAX_PRICE_OVERRIDES) {
      rows.push({
        row,
        message: `Row ${row}: at most ${MAX_PRICE_OVERRIDES} own prices; ${code} is not applied`,
      });
      return;
    }
    firstRow.set(code, row);
    known.add(code);
    overrides.push(checked.ok);
  });
  if (lines.length > MAX_TABLE_ROWS + dataStart)
    rows.push({
      row: MAX_TABLE_ROWS + dataStart + 1,
      message: `Rows after row ${MAX_TABLE_ROWS + dataStart} were not read (at most ${MAX_TABLE_ROWS} rows)`,
    });
  if (overrides.length === 0 && rows.length === 0) return empty('The table holds no rows.');
  return { overrides, rows, problem: null };
}
