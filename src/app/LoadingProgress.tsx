/**
 * Says what the first view is still loading (basemap, grid, overlays, by name) until it is ready, then goes away.
 * "Ready" is every first-view dataset loaded or failed, the analysis grid loaded or failed, the suitability surface
 * drawn (or nothing weighted), and the map idle; at that moment it records the User Timing measure
 * `gridscout:first-view` (navigation start → first view ready) that the benchmark and browser tests read.
 * Until then it holds back the point evaluator's datasets (`firstViewReady` in the dataset store).
 * Failures are not listed here: DataStatus names the failed file and offers a retry.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { DATASET_LABELS, FIRST_VIEW, useDatasetStore } from '../data/datasetStore.ts';
import { useGridStore } from '../data/gridStore.ts';
import { useMap } from '../features/map/mapHandle.ts';
import { useSurfaceStore } from '../features/scoring/surfaceStore.ts';
import './loadingProgress.css';
import { measure } from '../shared/userTiming.ts';

/** True once the scoring surface has been drawn at least once (its `gridscout:rescore` measure). */
function useSurfaceDrawn(): boolean {
  const [drawn, setDrawn] = useState(
    () => performance.getEntriesByName('gridscout:rescore', 'measure').length > 0,
  );
  useEffect(() => {
    if (drawn || typeof PerformanceObserver === 'undefined') return;
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('gridscout:rescore').length > 0) setDrawn(true);
    });
    observer.observe({ type: 'measure', buffered: true });
    return () => observer.disconnect();
  }, [drawn]);
  return drawn;
}

export function LoadingProgress() {
  const data = useDatasetStore((s) => s.data);
  const errors = useDatasetStore((s) => s.errors);
  const grid = useGridStore((s) => s.grid);
  const gridError = useGridStore((s) => s.error);
  const gridProgress = useGridStore((s) => s.progress);
  const nothingWeighted = useSurfaceStore((s) => s.nothingWeighted);
  const surfaceError = useSurfaceStore((s) => s.error);
  const surfaceDrawn = useSurfaceDrawn();
  const map = useMap();
  const [ready, setReady] = useState(false);
  // Before any other component's effect starts a load: the point datasets wait for the first view.
  useLayoutEffect(() => useDatasetStore.getState().setFirstViewReady(false), []);

  const pending: string[] = FIRST_VIEW.filter((k) => !(k in data) && !(k in errors)).map(
    (k) => DATASET_LABELS[k],
  );
  const gridSettled = grid !== null || gridError !== null;
  if (!gridSettled)
    pending.push(
      gridProgress
        ? `Analysis grid (${gridProgress.loaded} of ${gridProgress.total} files)`
        : 'Analysis grid',
    );
  const surfaceSettled = surfaceDrawn || nothingWeighted || gridError !== null || surfaceError !== null;
  if (gridSettled && !surfaceSettled) pending.push('Suitability surface');
  if (!map) pending.push('Map');
  const settled = pending.length === 0;

  useEffect(() => {
    if (!settled || ready || !map) return;
    const done = () => {
      measure('gridscout:first-view', { start: 0, end: performance.now() });
      document.body.dataset.firstView = 'ready';
      setReady(true);
      useDatasetStore.getState().setFirstViewReady(true);
    };
    // The map answers `idle` after the frame it draws once nothing more is loading.
    map.once('idle', done);
    map.triggerRepaint();
    return () => void map.off('idle', done);
  }, [settled, ready, map]);

  if (ready) return null;
  const total = FIRST_VIEW.length + 3;
  return (
    <div role="status" aria-label="Loading" className="notice notice-info loading-progress">
      <strong>Loading the first view…</strong>
      <progress max={total} value={total - Math.min(total, pending.length)} aria-label="First view loaded" />
      {pending.length > 0 ? (
        <ul aria-label="Still loading">
          {pending.map((name) => (
            <li key={name.replace(/ \(.*/, '')}>{name}</li>
          ))}
        </ul>
      ) : (
        <p>Drawing the map…</p>
      )}
    </div>
  );
}
