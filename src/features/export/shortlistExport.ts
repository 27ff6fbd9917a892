/**
 * Builds the shortlist's export files (text + name + type) from entries, scores and the scoring config. A CSV
 * comes with its metadata file (`sidecar`); GeoJSON and KML carry the metadata inside.
 */
import type { ScoringConfig } from '../../domain/index.ts';
import type { EntryScores } from '../shortlist/shortlistScores.ts';
import type { ShortlistEntry } from '../../shared/shortlistTypes.ts';
import { CSV_MIME_TYPE, metadataSidecar, toCsv, type ExportFile } from './csvExport.ts';
import { exportFileName } from '../../shared/download.ts';
import { buildExportMetadata, restrictedLicenses, usedSources } from './exportMetadata.ts';
import type { Source } from '../../contract/sources.ts';
import { geoJsonText } from './geojsonExport.ts';
import { toKml } from './kmlExport.ts';
import { siteRecord, siteRecordColumns } from './siteRecord.ts';

export type ExportFormat = 'csv' | 'geojson' | 'kml';
export type { ExportFile };

/** An export: the file, and for a CSV the metadata file to save beside it. */
export interface ShortlistExport extends ExportFile {
  sidecar?: ExportFile;
}

export function buildShortlistExport(
  format: ExportFormat,
  entries: readonly ShortlistEntry[],
  scores: EntryScores | null,
  config: ScoringConfig,
  presetId: string | null,
  now = new Date(),
  sources: readonly Source[] = [],
): ShortlistExport {
  const records = entries.map((e, i) => siteRecord(i + 1, e, scores?.get(e.id) ?? null));
  const usedIds = records.flatMap((r) =>
    String(r.source_ids ?? '')
      .split('; ')
      .filter(Boolean),
  );
  const metadata = buildExportMetadata(
    config,
    presetId,
    now,
    restrictedLicenses(usedIds, sources),
    usedSources(usedIds, sources),
  );
  const columns = siteRecordColumns();
  switch (format) {
    case 'csv': {
      const filename = exportFileName('shortlist', 'csv', now);
      return {
        filename,
        mimeType: CSV_MIME_TYPE,
        text: toCsv(columns, records),
        sidecar: metadataSidecar(filename, metadata),
      };
    }
    case 'geojson':
      return {
        filename: exportFileName('shortlist', 'geojson', now),
        mimeType: 'application/geo+json',
        text: geoJsonText(records, metadata),
      };
    case 'kml':
      return {
        filename: exportFileName('shortlist', 'kml', now),
        mimeType: 'application/vnd.google-earth.kml+xml',
        text: toKml(columns, records, metadata),
      };
  }
}
