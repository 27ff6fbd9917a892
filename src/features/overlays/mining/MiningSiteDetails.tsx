/** Everything published about one mining site, with its source links; then the place's shared facts. */
import { useDatasetStore } from '../../../data/datasetStore.ts';
import type { MiningSite } from '../../../data/schemas.ts';
import { SourceCitation } from '../../sources/SourceCitation.tsx';
import type { OverlayDetails } from '../overlay.ts';
import { STATUS_STYLE } from './miningSites.ts';

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

const mw = (v: number | null) => (v == null ? 'not published' : `${v} MW`);

export function MiningSiteDetails({ site }: { site: MiningSite }) {
  return (
    <article aria-label={`Mining site ${site.name}`}>
      <h2>{site.name}</h2>
      <dl className="facts">
        <dt>Operator</dt>
        <dd>{site.operator}</dd>
        <dt>Status</dt>
        <dd>
          {STATUS_STYLE[site.status].label}
          {site.statusRaw && site.statusRaw !== site.status ? ` (published: ${site.statusRaw})` : ''}
        </dd>
        <dt>Power now</dt>
        <dd>{mw(site.powerMw)}</dd>
        <dt>Power planned</dt>
        <dd>{mw(site.powerMwPlanned)}</dd>
        <dt>Power source</dt>
        <dd>{site.powerSource || 'not published'}</dd>
        <dt>AI tenant</dt>
        <dd>
          {site.aiTenant
            ? `${site.aiTenant}${site.aiAnnounced ? `, announced ${site.aiAnnounced}` : ''}`
            : 'none published'}
        </dd>
        <dt>Location</dt>
        <dd>
          {[site.city, site.admin1, site.countryIso2].filter(Boolean).join(', ')} · {site.lat.toFixed(4)},{' '}
          {site.lon.toFixed(4)}
          {site.coordPrecision === 'site'
            ? ' (site-level coordinates)'
            : ' (town-level coordinates: the site is near, not at, this point)'}
        </dd>
        {site.opened && (
          <>
            <dt>Opened</dt>
            <dd>{site.opened}</dd>
          </>
        )}
      </dl>
      {site.notes && <p className="notes">{site.notes}</p>}
      <h3>Sources</h3>
      <ul className="link-list" aria-label="Site sources">
        {site.sourceUrls.map((url) => (
          <li key={url}>
            <a href={url} target="_blank" rel="noopener noreferrer">
              {hostOf(url)}
            </a>
          </li>
        ))}
      </ul>
      <SourceCitation ids={site.sourceIds} label="Dataset" />
    </article>
  );
}

export const MiningSiteCard: OverlayDetails['Card'] = ({ selection, PlaceFacts }) => {
  const sites = useDatasetStore((s) => s.data.miningSites);
  if (selection.kind !== 'mining-site') return null;
  const site = sites?.find((s) => s.id === selection.id);
  return site ? (
    <>
      <MiningSiteDetails site={site} />
      <PlaceFacts
        lon={site.lon}
        lat={site.lat}
        target={{ name: site.name, origin: 'mining-site', refId: site.id }}
      />
    </>
  ) : (
    <p>Unknown mining site “{selection.id}”.</p>
  );
};
