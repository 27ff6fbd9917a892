/** What an import of candidate sites produces: valid sites, rejected rows with reasons, and the columns used. */
export type ImportFormat = 'csv' | 'geojson' | 'kml';

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
  /** CSV header row (empty for GeoJSON and KML), so the user can pick columns that were not recognised. */
  headers: string[];
  /** Why nothing (or not everything) could be read; null when every row was read. */
  message: string | null;
}

/** CSV columns chosen by the user, by header text. */
export type ColumnChoice = Partial<DetectedColumns>;

export const NO_COLUMNS: DetectedColumns = { lat: null, lon: null, name: null, note: null };

/** File name endings the file picker offers. */
export const ACCEPTED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.geojson', '.json', '.kml'] as const;

/** The largest file read at all; bigger ones are refused before reading. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows beyond this are not read (reported once). */
export const MAX_IMPORT_ROWS = 100_000;

export function emptyResult(format: ImportFormat, message: string): ImportResult {
  return { format, sites: [], errors: [], columns: NO_COLUMNS, headers: [], message };
}

/** A message when some or all rows could not be read; null when every row was read. */
export function summarise(valid: number, invalid: number, truncated = false): string | null {
  const cut = truncated ? ` Only the first ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows were read.` : '';
  if (valid === 0 && invalid === 0) return `The file holds no sites.${cut}`;
  if (valid === 0)
    return `No valid site: all ${invalid} row${invalid > 1 ? 's have' : ' has'} a problem.${cut}`;
  if (invalid > 0) return `${invalid} row${invalid > 1 ? 's' : ''} skipped; the ${valid} valid kept.${cut}`;
  return cut ? cut.trim() : null;
}
