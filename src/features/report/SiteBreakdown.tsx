/** One site's page in the report: status, time to power and the criterion-by-criterion breakdown with sources. */
import { STAGE_LABELS } from '../../domain/index.ts';
import { formatNumber } from '../../domain/format.ts';
import { statusLine } from '../compare/compareRows.ts';
import type { PlaceScore } from '../scoring/placeScore.ts';
import type { ShortlistEntry } from '../shortlist/shortlistTypes.ts';
import { formatPercentile } from '../scoring/placeScore.ts';

const num = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));

export function SiteBreakdown({
  position,
  entry,
  place,
}: {
  position: number;
  entry: ShortlistEntry;
  place: PlaceScore | null;
}) {
  const r = place?.result ?? null;
  return (
    <section className="report-site" aria-label={`Report on ${entry.name}`}>
      <h3>
        {position}. {entry.name}
      </h3>
      <p className="small">
        {entry.lat.toFixed(4)}, {entry.lon.toFixed(4)} · {statusLine(place)}
        {place?.percentile != null && ` · rank percentile ${formatPercentile(place.percentile)}`}
      </p>
      {r && (
        <p className="small">
          Time to power: {r.timeToPower.months === null ? 'unknown' : `${r.timeToPower.months} months`}
          {r.timeToPower.stage && ` (${STAGE_LABELS[r.timeToPower.stage]})`}. {r.timeToPower.explanation}
        </p>
      )}
      {entry.note && <p className="report-note">{entry.note}</p>}
      {r && (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Value</th>
              <th scope="col">Score</th>
              <th scope="col">Weight</th>
              <th scope="col">Points</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {r.breakdown.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.label}</th>
                <td>
                  {b.value === null ? 'no data' : `${formatNumber(b.value)} ${b.unit}`}
                  {b.notes.length > 0 && <span className="small muted"> ({b.notes.join('; ')})</span>}
                </td>
                <td>{num(b.score, 0)}</td>
                <td>{b.weighted ? `${num(b.weightPercent, 0)} %` : '—'}</td>
                <td>{b.weighted ? num(b.contribution) : '—'}</td>
                <td className="small">{b.sourceIds.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
