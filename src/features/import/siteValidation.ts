/**
 * Turns raw coordinate, name and note values (strings or numbers, from any format) into a valid site or a row
 * error. Pure; never throws. Duplicates are places within ~1 m of an earlier valid row of the same file.
 */
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../shared/shortlistTypes.ts';
import { unescapeFormula } from '../export/formulaEscape.ts';
import type { ImportedSite, RowError } from './importTypes.ts';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** A comma used as the decimal mark ("52,37"), as written in many European spreadsheets. */
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;

type Coordinate = { value: number } | { problem: 'missing coordinate' | 'not a number'; text: string };

function readCoordinate(raw: unknown): Coordinate {
  if (raw === null || raw === undefined) return { problem: 'missing coordinate', text: '' };
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { value: raw } : { problem: 'not a number', text: String(raw) };
  if (typeof raw !== 'string') return { problem: 'not a number', text: shorten(safeString(raw)) };
  let text = unescapeFormula(raw.trim());
  if (text === '') return { problem: 'missing coordinate', text: '' };
  if (COMMA_DECIMAL.test(text)) text = text.replace(',', '.');
  if (!DECIMAL.test(text)) return { problem: 'not a number', text: shorten(text) };
  const value = Number(text);
  return Number.isFinite(value) ? { value } : { problem: 'not a number', text: shorten(text) };
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'object' ? (JSON.stringify(value) ?? '') : String(value);
  } catch {
    return '';
  }
}

const shorten = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Text from any value (a name or note), without control characters, trimmed and clipped. */
function cleanText(raw: unknown, max: number): string {
  if (raw === null || raw === undefined) return '';
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
  return (
    text
      .trim()
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .slice(0, max)
  );
}

export interface RawSite {
  row: number;
  lat: unknown;
  lon: unknown;
  name?: unknown;
  note?: unknown;
}

/** Collects valid sites and row errors, remembering places already seen to flag duplicates. */
export class SiteCollector {
  readonly sites: ImportedSite[] = [];
  readonly errors: RowError[] = [];
  private readonly seen = new Map<string, number>();

  add(raw: RawSite): void {
    const lat = readCoordinate(raw.lat);
    const lon = readCoordinate(raw.lon);
    for (const [axis, c] of [
      ['latitude', lat],
      ['longitude', lon],
    ] as const) {
      if ('problem' in c) {
        this.fail(
          raw.row,
          c.problem,
          c.problem === 'missing coordinate' ? `no ${axis}` : `${axis} “${c.text}” is not a number`,
        );
        return;
      }
    }
    const la = (lat as { value: number }).value;
    const lo = (lon as { value: number }).value;
    if (la < -90 || la > 90) return this.fail(raw.row, 'out of range', `latitude ${la} is outside −90…90`);
    if (lo < -180 || lo > 180)
      return this.fail(raw.row, 'out of range', `longitude ${lo} is outside −180…180`);
    const key = `${la.toFixed(5)},${lo.toFixed(5)}`;
    const first = this.seen.get(key);
    if (first !== undefined) return this.fail(raw.row, 'duplicate', `same place as row ${first}`);
    this.seen.set(key, raw.row);
    this.sites.push({
      row: raw.row,
      name: cleanText(raw.name, MAX_NAME_LENGTH) || `Unnamed site ${raw.row}`,
      lat: la,
      lon: lo,
      note: cleanText(raw.note, MAX_NOTE_LENGTH),
    });
  }

  fail(row: number, reason: RowError['reason'], detail: string): void {
    this.errors.push({ row, reason, detail });
  }
}
