/** A compact citation for one or more source ids: publisher, title, period, license, link out. */
import type { Source } from '../../data/schemas.ts';
import { useSourceIndex } from './useSources.ts';

export function SourceLine({ source }: { source: Source }) {
  return (
    <li className="source-line">
      <span className="source-publisher">{source.publisher}</span>: {source.title} ({source.period}).{' '}
      <span className="source-license">{source.license}</span>
      {source.nonCommercial && <span className="badge badge-warn"> Non-commercial license</span>}
      {source.shareAlike && (
        <span className="badge badge-warn" title="Derived data must be shared under the same license">
          {' '}
          Share-alike license
        </span>
      )}{' '}
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        Open source
      </a>
    </li>
  );
}

export function SourceCitation({ ids, label = 'Sources' }: { ids: readonly string[]; label?: string }) {
  const index = useSourceIndex();
  if (ids.length === 0) return null;
  return (
    <div className="citation" aria-label={label}>
      <ul>
        {ids.map((id) => {
          const source = index.get(id);
          return source ? (
            <SourceLine key={id} source={source} />
          ) : (
            <li key={id} className="muted">
              {id} (source record not loaded)
            </li>
          );
        })}
      </ul>
    </div>
  );
}
