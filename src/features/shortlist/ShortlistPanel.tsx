/** The Shortlist tab: the places kept, live scores, exports, the share link and the comparison of 2–6 of them. */
import { useEffect, useMemo, useState } from 'react';
import { flyTo } from '../map/mapHandle.ts';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { CompareDialog } from '../compare/CompareDialog.tsx';
import { ReportView } from '../report/ReportView.tsx';
import { ImportPanel } from '../import/ImportPanel.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { ShareLinkButton } from './ShareLinkButton.tsx';
import { ShortlistItem } from './ShortlistItem.tsx';
import { StorageProblemNotice } from './StorageProblemNotice.tsx';
import { useEntryScores } from './shortlistScores.ts';
import { connectShortlist, useShortlist } from './shortlistStore.ts';
import type { ShortlistEntry } from './shortlistTypes.ts';
import './shortlist.css';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

export function ShortlistPanel() {
  useEffect(connectShortlist, []);
  const entries = useShortlist((s) => s.entries);
  const problem = useShortlist((s) => s.problem);
  const startNew = useShortlist((s) => s.startNew);
  const scores = useEntryScores(entries);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState(false);
  const [reporting, setReporting] = useState(false);
  const selected = useMemo(() => entries.filter((e) => selectedIds.has(e.id)), [entries, selectedIds]);
  const compareSites = useMemo(
    () =>
      selected.map((e) => ({
        id: e.id,
        name: e.name || 'Unnamed place',
        lon: e.lon,
        lat: e.lat,
        place: scores?.get(e.id) ?? null,
      })),
    [selected, scores],
  );

  const setSelected = (id: string, on: boolean) =>
    setSelectedIds((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const locate = (e: ShortlistEntry) => {
    flyTo({ lon: e.lon, lat: e.lat });
    useSelectionStore.getState().select({ kind: 'point', lon: e.lon, lat: e.lat, label: e.name });
  };
  const canCompare = selected.length >= MIN_COMPARE && selected.length <= MAX_COMPARE && scores !== null;

  if (problem) return <StorageProblemNotice problem={problem} onStartNew={startNew} />;
  return (
    <div className="shortlist">
      <ImportPanel />
      <h2>Shortlist</h2>
      {entries.length === 0 ? (
        <p className="muted">
          Your shortlist is empty. Add places from a mining site, a clicked point, a search result or “find
          best sites”.
        </p>
      ) : (
        <>
          <p className="small muted">
            {entries.length} place{entries.length > 1 ? 's' : ''}, scored live with the current weights. Kept
            in this browser.
          </p>
          <ol className="shortlist-list" aria-label="Shortlisted places">
            {entries.map((e, i) => (
              <ShortlistItem
                key={e.id}
                entry={e}
                index={i}
                count={entries.length}
                place={scores ? (scores.get(e.id) ?? null) : undefined}
                selected={selectedIds.has(e.id)}
                onSelect={(on) => setSelected(e.id, on)}
                onLocate={() => locate(e)}
              />
            ))}
          </ol>
          <div className="shortlist-buttons">
            <button type="button" disabled={!canCompare} onClick={() => setComparing(true)}>
              Compare selected ({selected.length})
            </button>
            <span className="small muted">
              Tick {MIN_COMPARE}–{MAX_COMPARE} places to compare them.
            </span>
          </div>
          <ExportButtons entries={entries} scores={scores} />
          <div className="shortlist-buttons">
            <button type="button" disabled={scores === null} onClick={() => setReporting(true)}>
              Printable report
            </button>
          </div>
        </>
      )}
      <ShareLinkButton />
      {reporting && scores && (
        <ReportView entries={entries} scores={scores} onClose={() => setReporting(false)} />
      )}
      {comparing && canCompare && <CompareDialog sites={compareSites} onClose={() => setComparing(false)} />}
    </div>
  );
}
