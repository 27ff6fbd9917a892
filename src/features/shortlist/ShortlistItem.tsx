/**
 * One shortlisted place: editable name and notes (written after a pause in typing, ./useFieldDraft.ts), live
 * score, and controls to reorder, locate, compare or remove it.
 */
import type { PlaceScore } from '../scoring/placeScore.ts';
import { statusLine } from '../../shared/format.ts';
import { ORIGIN_LABELS, type ShortlistEntry } from '../../shared/shortlistTypes.ts';
import { useShortlist } from './shortlistStore.ts';
import { formatPercentile } from '../../shared/format.ts';
import { useFieldDraft } from './useFieldDraft.ts';

interface Props {
  entry: ShortlistEntry;
  index: number;
  count: number;
  /** undefined while the grid loads; null outside the land grid. */
  place: PlaceScore | null | undefined;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onLocate: () => void;
}

export function ShortlistItem({ entry, index, count, place, selected, onSelect, onLocate }: Props) {
  const rename = useShortlist((s) => s.rename);
  const annotate = useShortlist((s) => s.annotate);
  const move = useShortlist((s) => s.move);
  const remove = useShortlist((s) => s.remove);
  const label = entry.name || 'Unnamed place';
  const name = useFieldDraft(entry.name, (v) => rename(entry.id, v));
  const note = useFieldDraft(entry.note, (v) => annotate(entry.id, v));
  const ttp = place?.result.timeToPower.months;
  return (
    <li className="shortlist-item">
      <article aria-label={`Shortlisted ${label}`}>
        <div className="shortlist-item-head">
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
            aria-label={`Compare ${label}`}
          />
          <input
            className="shortlist-name"
            value={name.value}
            onChange={(e) => name.onChange(e.target.value)}
            onBlur={name.onBlur}
            aria-label={`Name of ${label}`}
            maxLength={200}
          />
        </div>
        <p className="small muted">
          {ORIGIN_LABELS[entry.origin]} · {entry.lat.toFixed(4)}, {entry.lon.toFixed(4)}
        </p>
        <dl className="shortlist-facts" aria-label={`Scores of ${label}`}>
          <dt>Score</dt>
          <dd
            data-testid="shortlist-score"
            data-scored-at={place ? (place.point ? 'point' : 'cell') : undefined}
            title={
              place
                ? place.point
                  ? 'Score at this point'
                  : '0.25° cell score (point data loading or unavailable)'
                : undefined
            }
          >
            {place === undefined
              ? 'loading…'
              : place?.result.status === 'scored'
                ? place.result.score!.toFixed(1)
                : statusLine(place)}
          </dd>
          <dt>Rank percentile</dt>
          <dd>{formatPercentile(place?.percentile)}</dd>
          <dt>Time to power</dt>
          <dd>{ttp == null ? '—' : `${ttp} months`}</dd>
        </dl>
        <label className="shortlist-note">
          <span className="small">Notes</span>
          <textarea
            value={note.value}
            onChange={(e) => note.onChange(e.target.value)}
            onBlur={note.onBlur}
            aria-label={`Notes for ${label}`}
            rows={2}
            maxLength={5000}
          />
        </label>
        <div className="shortlist-buttons">
          <button type="button" onClick={onLocate} aria-label={`Show ${label} on the map`}>
            Show
          </button>
          <button
            type="button"
            onClick={() => move(entry.id, -1)}
            disabled={index === 0}
            aria-label={`Move ${label} up`}
          >
            ↑
          </button>
          <button
            type="button"
            onClick={() => move(entry.id, 1)}
            disabled={index === count - 1}
            aria-label={`Move ${label} down`}
          >
            ↓
          </button>
          <button type="button" onClick={() => remove(entry.id)} aria-label={`Remove ${label}`}>
            Remove
          </button>
        </div>
      </article>
    </li>
  );
}
