/**
 * The comparison as CSV: one row per measure, one column per site, the best site(s) named per row. Numbers as
 * the comparison table shows them; the same format as the shortlist CSV (header first, UTF-8 with BOM,
 * formula escaping) with the metadata in a file beside it.
 */
import { csvText, metadataSidecar, type ExportFile, CSV_MIME_TYPE } from '../export/csvExport.ts';
import type { ExportMetadata } from '../export/exportMetadata.ts';
import type { CompareCell, CompareRow, CompareSite } from './compareRows.ts';

/** A cell as the table shows it: its display text read back as a number (empty when no value). */
const shown = (c: CompareCell): number | string | null => {
  if (c.value === null) return null;
  const n = Number(c.text);
  return Number.isFinite(n) ? n : c.text;
};

export function compareCsv(sites: readonly CompareSite[], rows: readonly CompareRow[]): string {
  const header = ['measure', 'unit', 'better', ...sites.map((s) => s.name), 'best'];
  const data = rows.map((r) => [
    r.label,
    r.unit,
    r.better,
    ...r.cells.map(shown),
    sites
      .filter((_, i) => r.cells[i].best)
      .map((s) => s.name)
      .join('; '),
  ]);
  return csvText(header, data);
}

/** The source ids behind the compared sites' weighted criteria. */
export function compareSourceIds(sites: readonly CompareSite[]): string[] {
  return [
    ...new Set(
      sites.flatMap(
        (s) => s.place?.result.breakdown.filter((b) => b.weighted).flatMap((b) => b.sourceIds) ?? [],
      ),
    ),
  ];
}

/** The comparison CSV and its metadata file. */
export function compareCsvFiles(
  filename: string,
  sites: readonly CompareSite[],
  rows: readonly CompareRow[],
  metadata: ExportMetadata,
): [ExportFile, ExportFile] {
  return [
    { filename, mimeType: CSV_MIME_TYPE, text: compareCsv(sites, rows) },
    metadataSidecar(filename, metadata),
  ];
}
