/** What the surface shows right now: cells scored, excluded, incomplete, and the last redraw time. */
import { useSurfaceStore } from './surfaceStore.ts';

export function SurfaceSummaryView() {
  const summary = useSurfaceStore((s) => s.summary);
  const error = useSurfaceStore((s) => s.error);
  if (error)
    return (
      <p role="alert" className="field-error">
        Scoring: {error}
      </p>
    );
  if (!summary) return <p className="small muted">Scoring the world…</p>;
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    <p className="small surface-summary" aria-label="Surface summary">
      {n(summary.scoredCount)} cells scored · {n(summary.excludedCount)} excluded ·{' '}
      {n(summary.incompleteCount)} incomplete · redrawn in {summary.millis.toFixed(0)} ms
    </p>
  );
}
