/** Names every dataset or grid file that failed to load, with a Retry button that fetches it again. */
import { DATASET_LABELS, useDatasetStore, type DatasetKey } from '../data/datasetStore.ts';
import { useGridStore } from '../data/gridStore.ts';

export function DataStatus() {
  const errors = useDatasetStore((s) => s.errors);
  const retry = useDatasetStore((s) => s.retry);
  const gridError = useGridStore((s) => s.error);
  const retryGrid = useGridStore((s) => s.retry);
  const failed = Object.entries(errors) as [DatasetKey, string][];
  // The grid retries its manifest itself: one Retry for both.
  const datasets = gridError ? failed.filter(([key]) => key !== 'gridManifest') : failed;
  if (datasets.length === 0 && !gridError) return null;
  return (
    <div role="alert" className="notice notice-error">
      <strong>Some data could not be loaded; the rest of the app still works.</strong>
      <ul>
        {datasets.map(([key, message]) => (
          <li key={key}>
            {DATASET_LABELS[key]}: {message}{' '}
            <button type="button" aria-label={`Retry ${DATASET_LABELS[key]}`} onClick={() => void retry(key)}>
              Retry
            </button>
          </li>
        ))}
        {gridError && (
          <li key="grid">
            {gridError}{' '}
            <button type="button" aria-label="Retry Analysis grid" onClick={() => void retryGrid()}>
              Retry
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
