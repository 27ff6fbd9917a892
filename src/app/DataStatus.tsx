/** Says which datasets are still loading or failed, by name, in a live region. */
import { useDatasetStore } from '../data/datasetStore.ts';

export function DataStatus() {
  const errors = useDatasetStore((s) => s.errors);
  const messages = Object.entries(errors);
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="notice notice-error">
      <strong>Some data could not be loaded; the rest of the app still works.</strong>
      <ul>
        {messages.map(([key, message]) => (
          <li key={key}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
