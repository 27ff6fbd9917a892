/** What an import of candidate sites produces: valid sites, rejected rows with reasons, and the columns used. */
export type ImportFormat = 'csv' | 'geojson' | 'kml' | 'gpx';

/** A valid candidate site read from a file. `row` is its row (CSV), feature or placemark number, from 1. */
export interface ImportedSite {
  row: number;
  name: string;
  lat: number;
  lon: number;
  note: string;
}

export type RowProblem = 'missing coordinate' | 'not a number' | 'out of range' | 'duplicate' | 'not a point';

export interface RowError {
  row: number;
  reason: RowProblem;
  /** Plain text for people, e.g. "latitude 91 is outside −90…90". */
  detail: string;
}

/** Which column holds what (CSV); header text, or null when none was found. */
export interface DetectedColumns {
  lat: string | null;
  lon: string | null;
  name: string | null;
  note: string | null;
}

export interface ImportResult {
  format: ImportFormat;
  sites: ImportedSite[];
  errors: RowError[];
  columns: DetectedColumns;
  /** CSV header row (empty for GeoJSON, KML and GPX), so the user can pick columns that were not recognised. */
  headers: string[];
  /** Why nothing (or not everything) could be read; null when every row was read. */
  message: string | null;
}

/** CSV columns chosen by the user, by header text. */
export type ColumnChoice = Partial<DetectedColumns>;

export const NO_COLUMNS: DetectedColumns = { lat: null, lon: null, name: null, note: null };

/** File name endings the file picker offers. */
export const ACCEPTED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.geojson', '.json', '.kml', '.gpx'] as const;

/** The largest file read at all; bigger ones are refused before reading. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/**
 * Rows beyond this are not read; the message says how many were kept of how many. 100,000 points still draw as
 * map circles and score in a few seconds (npm run bench:import), and 20 MB of CSV holds about that many rows.
 */
export const MAX_IMPORT_ROWS = 100_000;
/**
 * The most import layers kept: each is a list in the Shortlist tab and a share of the few MB of localStorage
 * a browser gives a page, and more than a handful of overlapping point layers cannot be told apart on the map.
 */
export const MAX_IMPORT_LAYERS = 8;
/** The longest layer name kept (a file name is the default). */
export const MAX_LAYER_NAME_LENGTH = 80;
/**
 * How long the import worker may take to read one file before it is stopped and nothing is imported: long
 * enough for 100,000 CSV or GeoJSON rows (2–6 s in npm run bench:import on a loaded 2-core machine), short enough
 * that a file built to make a parser crawl cannot hold the import. KML (xmldom) is the slowest: about 2,000–3,500
 * placemarks/s in Node on that machine, while headless Chromium read 150,000 placemarks (14 MB) within the budget.
 */
export const IMPORT_TIME_BUDGET_MS = 10_000;
/**
 * The longest CSV header line read: a table of sites has a header of a few hundred characters at most, so a
 * longer first line (e.g. a 5 MB file with no line end) is not a table and is refused with a message.
 */
export const MAX_HEADER_CHARS = 64 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A message when a file of this size must not be read; null when it may. */
export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES
    ? `The file is ${megabytes(bytes)}; files over ${megabytes(MAX_IMPORT_BYTES)} are not imported. Split it or keep only the columns needed.`
    : null;
}

export function emptyResult(format: ImportFormat, message: string): ImportResult {
  return { format, sites: [], errors: [], columns: NO_COLUMNS, headers: [], message };
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A message when some or all rows could not be read; null when every row was read. `total` is the number of
 * rows in the file (`approximate` when counted by line ends), to say how many were kept over MAX_IMPORT_ROWS.
 */
export function summarise(valid: number, invalid: number, total = 0, approximate = false): string | null {
  const cut =
    total > MAX_IMPORT_ROWS
      ? ` Only the first ${count(MAX_IMPORT_ROWS)} rows of ${approximate ? 'about ' : ''}${count(total)} were read (the limit for one file).`
      : '';
  if (valid === 0 && invalid === 0) return `The file holds no sites.${cut}`;
  if (valid === 0)
    return `No valid site: all ${invalid} row${invalid > 1 ? 's have' : ' has'} a problem.${cut}`;
  if (invalid > 0) return `${invalid} row${invalid > 1 ? 's' : ''} skipped; the ${valid} valid kept.${cut}`;
  return cut ? cut.trim() : null;
}
