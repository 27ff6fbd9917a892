/**
 * Reads candidate sites from CSV text (papaparse; comma, semicolon, tab or pipe). A leading `#` comment block,
 * as Gridscout's own export writes, is skipped. Row numbers count every line of the file from 1, header
 * included, as a spreadsheet shows them. Never throws.
 */
import Papa from 'papaparse';
import { detectColumns } from './columnDetection.ts';
import { unescapeFormula } from '../export/formulaEscape.ts';
import { SiteCollector } from './siteValidation.ts';
import {
  MAX_HEADER_CHARS,
  MAX_IMPORT_ROWS,
  emptyResult,
  summarise,
  type ColumnChoice,
  type ImportResult,
} from './importTypes.ts';

/** Splits off leading comment lines (starting with #) and blank lines; returns how many lines were skipped. */
function skipPreamble(text: string): { body: string; skipped: number } {
  let offset = 0;
  let skipped = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end < 0 ? text.length : end).trim();
    if (line !== '' && !line.startsWith('#')) break;
    skipped++;
    offset = end < 0 ? text.length : end + 1;
  }
  return { body: text.slice(offset), skipped };
}

/** The delimiter used most in the header line (comma, semicolon, tab or pipe); comma when none. */
function headerDelimiter(body: string): string {
  const end = body.indexOf('\n');
  const header = body.slice(0, end < 0 ? body.length : end);
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t', '|']) {
    const count = header.split(d).length - 1;
    if (count > most) [best, most] = [d, count];
  }
  return best;
}

/** Line ends in the text: the number of rows, counting quoted line breaks too (so "about"). */
function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

export function parseCsvSites(text: string, choice: ColumnChoice = {}): ImportResult {
  const { body, skipped } = skipPreamble(text);
  if (body.trim() === '') return emptyResult('csv', 'The file holds no rows.');
  const headerEnd = body.indexOf('\n');
  const headerLength = headerEnd < 0 ? body.length : headerEnd;
  if (headerLength > MAX_HEADER_CHARS)
    return emptyResult(
      'csv',
      `The first line is ${headerLength.toLocaleString('en-US')} characters long${headerEnd < 0 ? ' with no line end' : ''}; a table of sites starts with a header line of at most ${MAX_HEADER_CHARS.toLocaleString('en-US')}. This is not a CSV table of sites.`,
    );
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: headerDelimiter(body),
    // The header, MAX_IMPORT_ROWS rows and one more, to know the file holds more than the limit.
    preview: MAX_IMPORT_ROWS + 2,
  });
  const rows = parsed.data.filter((r): r is string[] => Array.isArray(r));
  const headers = (rows[0] ?? []).map((h) => String(h ?? '').trim());
  const detected = detectColumns(headers);
  const pick = (kind: keyof ColumnChoice) => {
    const chosen = choice[kind];
    return chosen !== undefined && (chosen === null || headers.includes(chosen)) ? chosen : detected[kind];
  };
  const columns = { lat: pick('lat'), lon: pick('lon'), name: pick('name'), note: pick('note') };
  if (columns.lat === null || columns.lon === null) {
    const missing = [columns.lat === null && 'latitude', columns.lon === null && 'longitude'].filter(Boolean);
    return {
      ...emptyResult('csv', `No ${missing.join(' or ')} column was recognised: choose the columns to use.`),
      columns,
      headers,
    };
  }
  const index = (header: string | null) => (header === null ? -1 : headers.indexOf(header));
  const [latAt, lonAt, nameAt, noteAt] = [columns.lat, columns.lon, columns.name, columns.note].map(index);
  const collector = new SiteCollector();
  const dataRows = rows.slice(1, MAX_IMPORT_ROWS + 1);
  dataRows.forEach((cells, i) => {
    if (isBlank(cells)) return;
    collector.add({
      row: skipped + i + 2,
      lat: cells[latAt],
      lon: cells[lonAt],
      name: nameAt >= 0 ? unescapeFormula(cells[nameAt] ?? '') : undefined,
      note: noteAt >= 0 ? unescapeFormula(cells[noteAt] ?? '') : undefined,
    });
  });
  const total = rows.length > MAX_IMPORT_ROWS + 1 ? lineCount(body) - 1 : 0;
  return {
    format: 'csv',
    sites: collector.sites,
    errors: collector.errors,
    columns,
    headers,
    message: summarise(collector.sites.length, collector.errors.length, total, true),
  };
}
