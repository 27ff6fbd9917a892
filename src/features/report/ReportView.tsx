/**
 * The printable report: summary table, each site's breakdown, the scoring settings and data sources.
 * Shown over the app; its print stylesheet hides everything else, so window.print() prints just the report.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useScoringStore } from '../scoring/scoringStore.ts';
import { buildExportMetadata } from '../export/exportMetadata.ts';
import { statusLine } from '../../shared/format.ts';
import { useModalFocus } from '../../shared/useModalFocus.ts';
import type { EntryScores } from '../shortlist/shortlistScores.ts';
import type { ShortlistEntry } from '../../shared/shortlistTypes.ts';
import { ReportSettings } from './ReportSettings.tsx';
import { SiteBreakdown } from './SiteBreakdown.tsx';
import './report.css';
import { formatPercentile } from '../../shared/format.ts';

interface Props {
  entries: readonly ShortlistEntry[];
  scores: EntryScores;
  onClose: () => void;
}

export function ReportView({ entries, scores, onClose }: Props) {
  const config = useScoringStore((s) => s.config);
  const presetId = useScoringStore((s) => s.presetId);
  const metadata = useMemo(() => buildExportMetadata(config, presetId, new Date()), [config, presetId]);
  const sourceIds = useMemo(() => {
    const ids = new Set<string>();
    for (const e of entries)
      for (const b of scores.get(e.id)?.result.breakdown ?? [])
        if (b.weighted) b.sourceIds.forEach((id) => ids.add(id));
    return [...ids].sort();
  }, [entries, scores]);
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef, closeRef, onClose);
  // Layout effect: the class is on <body> in the same commit as the dialog (a passive effect may run later,
  // so a print or a test could see the dialog without it).
  useLayoutEffect(() => {
    document.body.classList.add('report-open');
    return () => document.body.classList.remove('report-open');
  }, []);

  return createPortal(
    <div className="report-backdrop">
      <div ref={dialogRef} role="dialog" aria-modal="true" aria-labelledby="report-title" className="report">
        <header className="report-header">
          <h1 id="report-title">Gridscout shortlist report</h1>
          <div className="report-actions">
            <button type="button" onClick={() => window.print()}>
              Print report
            </button>
            <button type="button" ref={closeRef} onClick={onClose}>
              Close report
            </button>
          </div>
        </header>
        <p className="small">Generated {metadata.exportedAt.slice(0, 16).replace('T', ' ')} UTC.</p>
        <table className="report-table" aria-label="Shortlist summary">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Site</th>
              <th scope="col">Score</th>
              <th scope="col">Rank percentile</th>
              <th scope="col">Time to power</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => {
              const place = scores.get(e.id) ?? null;
              return (
                <tr key={e.id}>
                  <td>{i + 1}</td>
                  <th scope="row">{e.name}</th>
                  <td>{place?.result.score != null ? place.result.score.toFixed(1) : statusLine(place)}</td>
                  <td>{formatPercentile(place?.percentile)}</td>
                  <td>
                    {place?.result.timeToPower.months == null
                      ? '—'
                      : `${place.result.timeToPower.months} months`}
                  </td>
                  <td className="small">{e.note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {entries.map((e, i) => (
          <SiteBreakdown key={e.id} position={i + 1} entry={e} place={scores.get(e.id) ?? null} />
        ))}
        <ReportSettings metadata={metadata} sourceIds={sourceIds} />
      </div>
    </div>,
    document.body,
  );
}
