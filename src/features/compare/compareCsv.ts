/** The comparison as CSV: one row per measure, one column per site, the best site(s) named per row, metadata on top. */
import Papa from 'papaparse';
import { commentBlock } from '../export/csvExport.ts';
import type { ExportMetadata } from '../export/exportMetadata.ts';
import type { CompareRow, CompareSite } from './compareRows.ts';

export function compareCsv(
  sites: readonly CompareSite[],
  rows: readonly CompareRow[],
  metadata: ExportMetadata,
): string {
  const fields = ['measure', 'unit', 'better', ...sites.map((s) => s.name), 'best'];
  const data = rows.map((r) => [
    r.label,
    r.unit,
    r.better,
    ...r.cells.map((c) => c.value),
    sites
      .filter((_, i) => r.cells[i].best)
      .map((s) => s.name)
      .join('; '),
  ]);
  const body = Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
  return `${commentBlock(metadata)}\r\n${body}\r\n`;
}
