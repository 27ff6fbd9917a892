/**
 * The Shortlist tab: the places kept with live scores, and ticking 2–6 of them to compare. What acts on the
 * list (import, exports, comparison, report, share link) belongs to other features: App passes them in as
 * slots, so this folder depends on none of them.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { flyTo } from '../map/mapHandle.ts';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import type { PlaceScore } from '../scoring/placeScore.ts';
import { ShortlistItem } from './ShortlistItem.tsx';
import { StorageProblemNotice } from './StorageProblemNotice.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { SetAsideList } from './SetAsideList.tsx';
import { removeWithUndo } from './undoNotices.ts';
import { useEntryScores, type EntryScores } from './shortlistScores.ts';
import { connectShortlist, useShortlist } from './shortlistStore.ts';
import type { ShortlistEntry } from '../../shared/shortlistTypes.ts';
import './shortlist.css';

const MIN_COMPARE = 2;
const MAX_COMPARE = 6;

/** A ticked place as the comparison receives it. */
export interface SelectedSite {
  id: string;
  name: string;
  lon: number;
  lat: number;
  place: PlaceScore | null;
}

export interface ShortlistPanelSlots {
  /** Above the list (the import panel). */
  header?: ReactNode;
  /** Below the list: exports of the entries with their live scores. */
  renderExports?: (entries: readonly ShortlistEntry[], scores: EntryScores | null) => ReactNode;
  /** The comparison of the ticked places; without it there is no compare button. */
  renderCompare?: (sites: readonly SelectedSite[], onClose: () => void) => ReactNode;
  /** The printable report; without it there is no report button. */
  renderReport?: (entries: readonly ShortlistEntry[], scores: EntryScores, onClose: () => void) => ReactNode;
  /** At the bottom, shown even when the list is empty (the share link). */
  footer?: ReactNode;
}

export function ShortlistPanel({
  header,
  renderExports,
  renderCompare,
  renderReport,
  footer,
}: ShortlistPanelSlots) {
  useEffect(connectShortlist, []);
  const entries = useShortlist((s) => s.entries);
  const problem = useShortlist((s) => s.problem);
  const startNew = useShortlist((s) => s.startNew);
  const scores = useEntryScores(entries);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState(false);
  const [reporting, setReporting] = useState(false);
  const selected = useMemo(() => entries.filter((e) => selectedIds.has(e.id)), [entries, selectedIds]);
  const compareSites = useMemo<SelectedSite[]>(
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
  const removeSelected = () => {
    removeWithUndo(selected.map((e) => e.id));
    setSelectedIds(new Set());
  };

  if (problem) return <StorageProblemNotice problem={problem} onStartNew={startNew} />;
  return (
    <div className="shortlist">
      {header}
      <h2>Shortlist</h2>
      {entries.length === 0 ? (
        <>
          <p className="muted">
            Your shortlist is empty. Add places from a mining site, a clicked point, a search result or “find
            best sites”.
          </p>
          <SaveStatusLine />
        </>
      ) : (
        <>
          <p className="small muted">
            {entries.length} place{entries.length > 1 ? 's' : ''}, scored live with the current weights.
          </p>
          <SaveStatusLine />
          <div className="shortlist-buttons">
            <button
              type="button"
              disabled={selected.length === entries.length}
              onClick={() => setSelectedIds(new Set(entries.map((e) => e.id)))}
            >
              Select all
            </button>
            <button type="button" disabled={selected.length === 0} onClick={() => setSelectedIds(new Set())}>
              Clear selection
            </button>
            <button type="button" disabled={selected.length === 0} onClick={removeSelected}>
              Remove selected ({selected.length})
            </button>
          </div>
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
          {renderCompare && (
            <div className="shortlist-buttons">
              <button type="button" disabled={!canCompare} onClick={() => setComparing(true)}>
                Compare selected ({selected.length})
              </button>
              <span className="small muted">
                Tick {MIN_COMPARE}–{MAX_COMPARE} places to compare them.
              </span>
            </div>
          )}
          {renderExports?.(entries, scores)}
          {renderReport && (
            <div className="shortlist-buttons">
              <button type="button" disabled={scores === null} onClick={() => setReporting(true)}>
                Printable report
              </button>
            </div>
          )}
        </>
      )}
      <SetAsideList />
      {footer}
      {reporting && scores && renderReport?.(entries, scores, () => setReporting(false))}
      {comparing && canCompare && renderCompare?.(compareSites, () => setComparing(false))}
    </div>
  );
}
