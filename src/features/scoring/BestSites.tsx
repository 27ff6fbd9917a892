/** "Find best sites": the top N cells under the current weights and constraints, at least D km apart. */
import { useEffect, useState, type ReactNode } from 'react';
import { STAGE_LABELS, type TopSite } from '../../domain/index.ts';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { flyTo } from '../map/mapHandle.ts';
import { useSurfaceStore } from './surfaceStore.ts';

const bestSiteLabel = (site: TopSite) =>
  `Best site #${site.rank} (${site.lat.toFixed(2)}, ${site.lon.toFixed(2)})`;

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
      performance.measure('gridscout:best-sites', { start: t0, detail: { count, spacing } });
      setSites(result);
    });
    return () => {
      current = false;
    };
  }, [requested, findBest, summary, count, spacing]);

  const open = (site: TopSite) => {
    flyTo({ lon: site.lon, lat: site.lat, zoom: 7 });
    useSelectionStore.getState().select({
      kind: 'point',
      lon: site.lon,
      lat: site.lat,
      label: bestSiteLabel(site),
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
          {sites.map((site) => (
            <li key={site.cellId}>
              <button type="button" className="link-button" onClick={() => open(site)}>
                #{site.rank} · score {site.score}
              </button>{' '}
              <span className="small">
                {site.lat.toFixed(2)}, {site.lon.toFixed(2)} ·{' '}
                {site.timeToPowerMonths === null
                  ? 'time to power unknown'
                  : `${site.timeToPowerMonths.toFixed(0)} months`}
                {site.stage ? ` (${STAGE_LABELS[site.stage]})` : ''}
              </span>{' '}
              {siteAction?.({ name: bestSiteLabel(site), lon: site.lon, lat: site.lat })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
