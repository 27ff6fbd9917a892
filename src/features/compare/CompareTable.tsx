/** The side-by-side table: sites as columns, measures as rows, the best value in each row in bold with a "Best" badge. */
import { statusLine } from '../../shared/format.ts';
import type { CompareRow, CompareSite } from './compareRows.ts';

export function CompareTable({
  sites,
  rows,
}: {
  sites: readonly CompareSite[];
  rows: readonly CompareRow[];
}) {
  return (
    <div className="compare-table-wrap">
      <table className="compare-table" aria-label="Comparison of shortlisted sites">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {sites.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
                <span className="small muted compare-status">{statusLine(s.place)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              <th scope="row">
                {r.label}{' '}
                <span className="small muted">
                  ({r.unit}, {r.better} is better)
                </span>
              </th>
              {r.cells.map((c, i) => (
                <td
                  key={sites[i].id}
                  data-best={c.best || undefined}
                  className={c.best ? 'compare-best' : undefined}
                >
                  {c.best ? (
                    <>
                      <strong>{c.text}</strong> <span className="best-badge">Best</span>
                    </>
                  ) : (
                    c.text
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
