/** Every dataset Gridscout uses, with publisher, license, period, what was done to it and its caveats. */
import { useDatasetStore } from '../../data/datasetStore.ts';
import { SourceLine } from './SourceCitation.tsx';

export function DataSourcesPanel() {
  const sources = useDatasetStore((s) => s.data.sources);
  if (!sources) return <p className="muted">Loading sources…</p>;
  return (
    <div className="sources-panel">
      <h2>Data sources</h2>
      <p className="muted">
        Every value on the map traces to one of these {sources.length} sources. Missing data is shown as
        missing.
      </p>
      <p className="small">
        Licenses travel with the data: {sources.filter((s) => s.nonCommercial).length} non-commercial and{' '}
        {sources.filter((s) => s.shareAlike).length} share-alike (e.g. ODbL: derived data must stay under the
        same license) sources are flagged below.
      </p>
      <ul className="source-list" aria-label="Data sources">
        {sources.map((s) => (
          <li key={s.id} className="source-card">
            <ul>
              <SourceLine source={s} />
            </ul>
            <details>
              <summary>What Gridscout did with it{s.caveats.length > 0 ? ' · caveats' : ''}</summary>
              <p>{s.transformation}</p>
              {s.retrieved && <p className="muted">Retrieved: {s.retrieved}</p>}
              {s.caveats.length > 0 && (
                <ul className="caveats" aria-label={`Caveats for ${s.title}`}>
                  {s.caveats.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              )}
            </details>
            <code className="source-id">{s.id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
