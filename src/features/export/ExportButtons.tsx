/** Export the shortlist as CSV (with its metadata file), GeoJSON or KML, with the scoring configuration recorded. */
import { useScoringStore } from '../scoring/scoringStore.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { downloadText } from '../../shared/download.ts';
import { buildShortlistExport, type ExportFormat } from './shortlistExport.ts';
import type { EntryScores } from '../shortlist/shortlistScores.ts';
import type { ShortlistEntry } from '../../shared/shortlistTypes.ts';

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: 'csv', label: 'Export CSV' },
  { format: 'geojson', label: 'Export GeoJSON' },
  { format: 'kml', label: 'Export KML' },
];

export function ExportButtons({
  entries,
  scores,
}: {
  entries: readonly ShortlistEntry[];
  scores: EntryScores | null;
}) {
  const run = (format: ExportFormat) => {
    const { config, presetId } = useScoringStore.getState();
    const sources = useDatasetStore.getState().data.sources ?? [];
    const file = buildShortlistExport(format, entries, scores, config, presetId, new Date(), sources);
    // A CSV and its metadata file: two downloads from one click.
    for (const f of file.sidecar ? [file, file.sidecar] : [file])
      downloadText(f.filename, f.mimeType, f.text);
  };
  return (
    <div className="shortlist-buttons" role="group" aria-label="Export the shortlist">
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          disabled={entries.length === 0 || scores === null}
          onClick={() => run(format)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
