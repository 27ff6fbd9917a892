/** One mining site as hover text: operator, status, MW, AI tenant and how precisely it is located. */
import type { MiningSite, MiningStatus } from '../../../data/schemas.ts';
import type { Description } from '../overlay.ts';
import { STATUS_STYLE } from './miningSites.ts';

export function describeMiningSite(id: string, sites: readonly MiningSite[] | undefined): Description | null {
  const site = sites?.find((s) => s.id === id);
  if (!site) return null;
  const mw = site.powerMw == null ? 'MW not published' : `${site.powerMw} MW`;
  return {
    title: site.name,
    lines: [
      `${site.operator} · ${STATUS_STYLE[site.status as MiningStatus]?.label ?? site.status}`,
      `${mw}${site.powerMwPlanned != null ? ` now, ${site.powerMwPlanned} MW planned` : ''}`,
      site.aiTenant ? `AI tenant: ${site.aiTenant}${site.aiAnnounced ? ` (${site.aiAnnounced})` : ''}` : '',
      site.coordPrecision === 'site' ? 'Located at the site' : `Located to the town only (${site.city})`,
    ].filter(Boolean),
  };
}
