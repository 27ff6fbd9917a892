/** "Find best sites": the top N cells under the current weights and constraints, at least D km apart. */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { STAGE_LABELS, type TopSite } from '../../domain/index.ts';
import type { NamedPoint } from '../../domain/nearestPlace.ts';
import { distanceText, placeLabel } from '../../domain/placeLabel.ts';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { flyTo } from '../map/mapHandle.ts';
import { useMarkersStore } from '../markers/markersStore.ts';
import { usePlaces } from '../places/gazetteerLoader.ts';
import { coordsText } from '../places/placeNames.ts';
import { useSurfaceStore } from './surfaceStore.ts';
import { measure } from '../../shared/userTiming.ts';

/** The selection's and the shortlist's name of a best site: by its nearest town once the gazetteer is in. */
const bestSiteLabel = (site: TopSite, near: NamedPoint | null) =>
  near
    ? `Best site #${site.rank} near ${placeLabel(near)}`
    : `Best site #${site.rank} (${coordsText(site.lon, site.lat)})`;

/** A best site as an action (e.g. "add to shortlist") receives it: its label and where it is. */
export interface BestSitePlace {
  name: string;
  lon: number;
  lat: number;
}

/** What to show beside each best site; App passes the shortlist's add button. */
export type BestSiteAction = (site: BestSitePlace) => ReactNode;

export function BestSites({ siteAction }: { siteAction?: BestSiteAction }) {
  const findBest = useSurfaceStore((s) => s.findBest);
  const summary = useSurfaceStore((s) => s.summary);
  const [count, setCount] = useState(10);
  const [spacing, setSpacing] = useState(250);
  const [sites, setSites] = useState<TopSite[] | null>(null);
  const [requested, setRequested] = useState(false);

  // Once asked, the list follows every rescore (new weights, constraints or assumptions).
  useEffect(() => {
    if (!requested || !findBest) return;
    let current = true;
    const t0 = performance.now();
    void findBest({ count, minDistanceKm: spacing }).then((result) => {
      if (!current) return;
      measure('gridscout:best-sites', { start: t0, detail: { count, spacing } });
      setSites(result);
    });
    return () => {
      current = false;
    };
  }, [requested, findBest, summary, count, spacing]);

  // Names come from the gazetteer, loaded on the first run; until then the rows show coordinates.
  const places = usePlaces(requested);
  const named = useMemo(
    () =>
      (sites ?? []).map((site) => ({
        site,
        near: places ? places.nearest([site.lon, site.lat]) : null,
      })),
    [sites, places],
  );
  const highlighted = useMarkersStore((s) => s.highlighted);
  const highlight = useMarkersStore((s) => s.highlight);
  useEffect(() => {
    useMarkersStore.getState().setBestSites(
      named.map(({ site, near }) => ({
        rank: site.rank,
        lon: site.lon,
        lat: site.lat,
        name: near ? placeLabel(near) : coordsText(site.lon, site.lat),
      })),
    );
  }, [named]);
  // The markers go with the list: none once this panel is gone.
  useEffect(() => () => useMarkersStore.getState().setBestSites([]), []);

  const open = (site: TopSite, near: NamedPoint | null) => {
    flyTo({ lon: site.lon, lat: site.lat, zoom: 7 });
    useSelectionStore.getState().select({
      kind: 'point',
      lon: site.lon,
      lat: site.lat,
      label: bestSiteLabel(site, near),
      origin: 'best-site',
    });
  };

  return (
    <section className="best-sites" aria-label="Find best sites">
      <h2>Find best sites</h2>
      <div className="best-controls">
        <label>
          Sites
          <input
            type="number"
            min={1}
            max={100}
            value={count}
            onChange={(e) => setCount(Math.min(100, Math.max(1, Number(e.target.value) || 1)))}
          />
        </label>
        <label>
          At least (km) apart
          <input
            type="number"
            min={0}
            max={5000}
            step={50}
            value={spacing}
            onChange={(e) => setSpacing(Math.min(5000, Math.max(0, Number(e.target.value) || 0)))}
          />
        </label>
        <button type="button" disabled={!findBest} onClick={() => setRequested(true)}>
          Find best sites
        </button>
      </div>
      {sites && sites.length === 0 && (
        <p className="muted">No place passes the constraints with complete data.</p>
      )}
      {sites && sites.length > 0 && (
        <ol className="best-list" aria-label="Best sites">
          {named.map(({ site, near }) => (
            <li
              key={site.cellId}
              className={highlighted === site.rank ? 'highlighted' : undefined}
              data-rank={site.rank}
              data-highlighted={highlighted === site.rank ? 'true' : 'false'}
              onMouseEnter={() => highlight(site.rank)}
              onMouseLeave={() => highlight(null)}
            >
              <button type="button" className="link-button" onClick={() => open(site, near)}>
                #{site.rank}{' '}
                {near
                  ? `${placeLabel(near)} · ${distanceText(near.distanceKm)}`
                  : coordsText(site.lon, site.lat)}{' '}
                · score {site.score}
              </button>{' '}
              <span className="small">
                {near ? `${coordsText(site.lon, site.lat)} · ` : ''}
                {site.timeToPowerMonths === null
                  ? 'time to power unknown'
                  : `${site.timeToPowerMonths.toFixed(0)} months`}
                {site.stage ? ` (${STAGE_LABELS[site.stage]})` : ''}
              </span>{' '}
              {siteAction?.({ name: bestSiteLabel(site, near), lon: site.lon, lat: site.lat })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
