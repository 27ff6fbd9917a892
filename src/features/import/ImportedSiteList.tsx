/** The imported sites with live scores: show one on the map, add one or all valid ones to the shortlist. */
import { useMemo, useState } from 'react';
import { statusLine } from '../../shared/format.ts';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { flyTo } from '../map/mapHandle.ts';
import { NearPlace } from '../places/NearPlace.tsx';
import { useShortlist } from '../shortlist/shortlistStore.ts';
import { MAX_ENTRIES, isSamePlace, type NewShortlistEntry } from '../../shared/shortlistTypes.ts';
import type { PlaceScore } from '../scoring/placeScore.ts';
import type { ImportLayer } from './importStorage.ts';
import { useImportedScores } from './importScores.ts';
import type { ImportedSite } from './importTypes.ts';

const PAGE = 50;

const toEntry = (s: ImportedSite): NewShortlistEntry => ({
  name: s.name,
  lon: s.lon,
  lat: s.lat,
  origin: 'import',
  note: s.note,
});

function scoreText(place: PlaceScore | null | undefined): string {
  if (place === undefined) return 'loading…';
  return place?.result.status === 'scored' ? `Score ${place.result.score!.toFixed(1)}` : statusLine(place);
}

function SiteRow({ site, place }: { site: ImportedSite; place: PlaceScore | null | undefined }) {
  const present = useShortlist((s) => s.entries.some((e) => isSamePlace(e, { ...site, origin: 'import' })));
  const blocked = useShortlist((s) => s.problem !== null);
  const add = useShortlist((s) => s.add);
  const show = () => {
    flyTo({ lon: site.lon, lat: site.lat });
    useSelectionStore
      .getState()
      .select({ kind: 'point', lon: site.lon, lat: site.lat, label: site.name, origin: 'import' });
  };
  return (
    <li className="import-site">
      <article aria-label={`Imported ${site.name}`}>
        <strong className="import-site-name">{site.name}</strong>
        <p className="small muted">
          Row {site.row} · {site.lat.toFixed(4)}, {site.lon.toFixed(4)}
        </p>
        <NearPlace lon={site.lon} lat={site.lat} className="small near-place" />
        {site.note && <p className="small import-note">{site.note}</p>}
        <p className="small" data-testid="import-score">
          {scoreText(place)}
        </p>
        <div className="shortlist-buttons">
          <button type="button" onClick={show} aria-label={`Show ${site.name} on the map`}>
            Show
          </button>
          {present ? (
            <button type="button" disabled aria-label={`${site.name} is in the shortlist`}>
              ✓ In shortlist
            </button>
          ) : (
            <button
              type="button"
              disabled={blocked}
              onClick={() => add(toEntry(site))}
              aria-label={`Add ${site.name} to shortlist`}
            >
              Add to shortlist
            </button>
          )}
        </div>
      </article>
    </li>
  );
}

/** One layer's sites: the first page with scores, more on demand, and "add all" to the shortlist. */
export function ImportedSiteList({ layer }: { layer: ImportLayer }) {
  const saved = layer;
  const [shown, setShown] = useState(PAGE);
  const [added, setAdded] = useState<string | null>(null);
  const visible = useMemo(() => saved.sites.slice(0, shown), [saved.sites, shown]);
  const scores = useImportedScores(visible);
  const blocked = useShortlist((s) => s.problem !== null);
  const mergeShared = useShortlist((s) => s.mergeShared);
  const addAll = () => {
    const n = mergeShared(saved.sites.map(toEntry));
    const full =
      saved.sites.length > MAX_ENTRIES ? ` The shortlist holds at most ${MAX_ENTRIES} places.` : '';
    setAdded(`Added ${n} site${n === 1 ? '' : 's'} to the shortlist.${full}`);
  };
  return (
    <div className="import-sites">
      <p className="small">
        {saved.sites.length} imported site{saved.sites.length === 1 ? '' : 's'} from {saved.fileName}
      </p>
      <div className="shortlist-buttons">
        <button type="button" disabled={blocked} onClick={addAll}>
          Add all valid to shortlist
        </button>
      </div>
      {added && (
        <p role="status" className="small">
          {added}
        </p>
      )}
      <ol className="import-site-list" aria-label={`Imported sites of ${layer.name}`}>
        {visible.map((s) => (
          <SiteRow key={s.row} site={s} place={scores ? (scores.get(s.row) ?? null) : undefined} />
        ))}
      </ol>
      {shown < saved.sites.length && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, saved.sites.length - shown)} more imported sites
        </button>
      )}
    </div>
  );
}
