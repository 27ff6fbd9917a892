/** Builds the shortlist's export files (text + name + type) from entries, scores and the scoring config. */
import type { ScoringConfig } from '../../domain/index.ts';
import type { EntryScores } from '../shortlist/shortlistScores.ts';
import type { ShortlistEntry } from '../../shared/shortlistTypes.ts';
import { toCsv } from './csvExport.ts';
import { exportFileName } from '../../shared/download.ts';
import { buildExportMetadata, restrictedLicenses } from './exportMetadata.ts';
import type { Source } from '../../contract/sources.ts';
import { geoJsonText } from './geojsonExport.ts';
import { toKml } from './kmlExport.ts';
import { siteRecord, siteRecordColumns } from './siteRecord.ts';

export type ExportFormat = 'csv' | 'geojson' | 'kml';

export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

export function buildShortlistExport(
  format: ExportFormat,
  entries: readonly ShortlistEntry[],
  scores: EntryScores | null,
  config: ScoringConfig,
  presetId: string | null,
  now = new Date(),
  sources: readonly Source[] = [],
): ExportFile {
  const records = entries.map((e, i) => siteRecord(i + 1, e, scores?.get(e.id) ?? null));
  const usedIds = records.flatMap((r) =>
    String(r.source_ids ?? '')
      .split('; ')
      .filter(Boolean),
  );
  const metadata = buildExportMetadata(config, presetId, now, restrictedLicenses(usedIds, sources));
  const columns = siteRecordColumns();
  switch (format) {
    case 'csv':
      return {
        filename: exportFileName('shortlist', 'csv', now),
        mimeType: 'text/csv;charset=utf-8',
        text: toCsv(columns, records, metadata),
      };
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
