/**
 * CSV export (papaparse): a `#` comment block with the metadata, then a header row and one row per site.
 * Read it back with Papa.parse(text, { header: true, comments: '#' }). Formula-like text is escaped
 * reversibly (formulaEscape.ts), so spreadsheets do not run it.
 */
import Papa from 'papaparse';
import { metadataLines, type ExportMetadata } from './exportMetadata.ts';
import type { SiteRecord } from './siteRecord.ts';
import { CSV_QUOTES, escapeCsvValue } from './formulaEscape.ts';

export function commentBlock(metadata: ExportMetadata): string {
  const lines = [...metadataLines(metadata), `Metadata JSON: ${JSON.stringify(metadata)}`];
  return lines.map((l) => `# ${l.replace(/[\r\n]+/g, ' ')}`).join('\r\n');
}

export function toCsv(
  columns: readonly string[],
  records: readonly SiteRecord[],
  metadata: ExportMetadata | null,
): string {
  const body = Papa.unparse(
    { fields: [...columns], data: records.map((r) => columns.map((c) => escapeCsvValue(r[c] ?? null))) },
    { quotes: CSV_QUOTES, newline: '\r\n' },
  );
  return metadata ? `${commentBlock(metadata)}\r\n${body}\r\n` : `${body}\r\n`;
}

/** Reads the metadata JSON back out of a CSV comment block (null when absent). */
export function csvMetadata(text: string): ExportMetadata | null {
  const line = text.split(/\r?\n/).find((l) => l.startsWith('# Metadata JSON: '));
  if (!line) return null;
  try {
    return JSON.parse(line.slice('# Metadata JSON: '.length)) as ExportMetadata;
  } catch {
    return null;
  }
}
