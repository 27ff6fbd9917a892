/** One site's page in the report: status, time to power and the same criterion breakdown, with sources, as the site card. */
import { STAGE_LABELS } from '../../domain/index.ts';
import { statusLine } from '../../shared/format.ts';
import type { PlaceScore } from '../scoring/placeScore.ts';
import type { ShortlistEntry } from '../../shared/shortlistTypes.ts';
import { formatPercentile } from '../../shared/format.ts';
import { ScoreBreakdown, usePlaceContext } from '../scoring/SiteScoreCard.tsx';

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
  const context = usePlaceContext(entry.lon, entry.lat);
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
      {r && <ScoreBreakdown result={r} place={context} exact={place?.point?.exact} />}
    </section>
  );
}
