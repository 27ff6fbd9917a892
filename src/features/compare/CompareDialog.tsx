/** The comparison view: a modal dialog over the app with the table, the profile chart, rank sensitivity and a CSV export. */
import { useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { downloadText, exportFileName } from '../../shared/download.ts';
import { buildExportMetadata, restrictedLicenses, usedSources } from '../export/exportMetadata.ts';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { buildCompareRows, type CompareSite } from './compareRows.ts';
import { compareCsvFiles, compareSourceIds } from './compareCsv.ts';
import { CompareTable } from './CompareTable.tsx';
import { ProfileChart } from './ProfileChart.tsx';
import { LocatorMap } from './LocatorMap.tsx';
import { rankSensitivity } from '../../domain/index.ts';
import { SensitivityTable } from './SensitivityTable.tsx';
import { useModalFocus } from '../../shared/useModalFocus.ts';
import './compare.css';

export function CompareDialog({ sites, onClose }: { sites: readonly CompareSite[]; onClose: () => void }) {
  const config = useScoringStore((s) => s.config);
  const presetId = useScoringStore((s) => s.presetId);
  const rows = useMemo(() => buildCompareRows(sites), [sites]);
  const sensitivity = useMemo(
    () =>
      rankSensitivity(
        sites.map((s) => ({
          id: s.id,
          criterionScores:
            s.place?.result.status === 'scored'
              ? Object.fromEntries(s.place.result.breakdown.map((b) => [b.id, b.score]))
              : null,
        })),
        config.weights,
      ),
    [sites, config.weights],
  );
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef, closeRef, onClose);

  const exportCsv = () => {
    const now = new Date();
    const sources = useDatasetStore.getState().data.sources ?? [];
    const ids = compareSourceIds(sites);
    const metadata = buildExportMetadata(
      config,
      presetId,
      now,
      restrictedLicenses(ids, sources),
      usedSources(ids, sources),
    );
    for (const f of compareCsvFiles(exportFileName('comparison', 'csv', now), sites, rows, metadata))
      downloadText(f.filename, f.mimeType, f.text);
  };

  return createPortal(
    <div className="compare-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="compare-title"
        className="compare-dialog"
      >
        <header className="compare-header">
          <h2 id="compare-title">Compare {sites.length} sites</h2>
          <div className="shortlist-buttons">
            <button type="button" onClick={exportCsv}>
              Export comparison (CSV)
            </button>
            <button type="button" onClick={() => window.print()}>
              Print
            </button>
            <button type="button" ref={closeRef} onClick={onClose}>
              Close comparison
            </button>
          </div>
        </header>
        <CompareTable sites={sites} rows={rows} />
        <h3>Where they are</h3>
        <LocatorMap sites={sites} />
        <h3>Criterion profiles</h3>
        <ProfileChart sites={sites} />
        <h3>How stable are the ranks?</h3>
        <SensitivityTable sites={sites} result={sensitivity} />
      </div>
    </div>,
    document.body,
  );
}
