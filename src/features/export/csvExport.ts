/**
 * CSV export (papaparse, RFC 4180): UTF-8 with a byte-order mark, so Excel reads the accents right (papaparse,
 * pandas, QGIS and GDAL skip it), then the header row on the first line and one row per site, CRLF between records.
 * Read it back with Papa.parse(text, { header: true }). Formula-like text is escaped reversibly
 * (formulaEscape.ts), so spreadsheets do not run it. What the file does not say (weights, constraints,
 * assumptions, sources and licences, date, app version) goes in the metadata file beside it (metadataSidecar).
 */
import Papa from 'papaparse';
import { metadataLines, type ExportMetadata } from './exportMetadata.ts';
import type { MetadataSidecar } from './exportMetadataSchema.ts';
import type { RecordValue } from './siteRecord.ts';
import { CSV_QUOTES, escapeCsvValue } from './formulaEscape.ts';

/** The UTF-8 byte-order mark every CSV export starts with (Papa.BYTE_ORDER_MARK). */
export const CSV_BOM = '\uFEFF';

export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/** A CSV of `rows` under `header`: text cells formula-escaped, numbers as they are, null as an empty cell. */
export function csvText(header: readonly string[], rows: readonly (readonly RecordValue[])[]): string {
  const body = Papa.unparse(
    { fields: header.map((h) => escapeCsvValue(h)), data: rows.map((r) => r.map((v) => escapeCsvValue(v))) },
    { quotes: CSV_QUOTES, newline: '\r\n' },
  );
  // No line break after the last record (RFC 4180 allows either): a reader with default options then sees no
  // empty last row.
  return `${CSV_BOM}${body}`;
}

export function toCsv(columns: readonly string[], records: readonly Record<string, RecordValue>[]): string {
  return csvText(
    columns,
    records.map((r) => columns.map((c) => r[c] ?? null)),
  );
}

/** "gridscout-shortlist-2026-11-24.csv" → "gridscout-shortlist-2026-11-24.metadata.json" */
export function metadataFileName(csvFileName: string): string {
  return `${csvFileName.replace(/\.csv$/i, '')}.metadata.json`;
}

/** The metadata file that goes with a CSV: the structured metadata, the file it describes, one-line summaries. */
export function metadataSidecar(csvFileName: string, metadata: ExportMetadata): ExportFile {
  const sidecar: MetadataSidecar = { ...metadata, describes: csvFileName, summary: metadataLines(metadata) };
  return {
    filename: metadataFileName(csvFileName),
    mimeType: 'application/json',
    text: `${JSON.stringify(sidecar, null, 2)}\n`,
  };
}
