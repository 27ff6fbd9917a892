/**
 * The nearest energised mining/HPC site: distance, its current and planned MW, which of them the criterion uses
 * (basis) and its status.
 */
import {
  ENERGISED_MW_BASES,
  ENERGISED_STATUSES,
  energisedMwBasis,
  isEnergisedStatus,
} from '../../../src/contract/index.ts';
import { publishedMwMedian } from '../../mining.ts';
import { SRC } from '../../source-ids.ts';
import { nearest, pointSet } from '../spatial.ts';
import { nanArray, type LayerFamily } from '../types.ts';

export { ENERGIZED_CAP_KM } from '../../../src/domain/pointRules.ts';
import { ENERGIZED_CAP_KM } from '../../../src/domain/pointRules.ts';

export const energisedLayers: LayerFamily = (inp, g, log) => {
  const t0 = Date.now();
  const sites = inp.sites.filter((s) => isEnergisedStatus(s.status));
  const statuses: readonly string[] = ENERGISED_STATUSES;
  const ps = pointSet(sites);
  const km = nanArray(g.n);
  const mw = nanArray(g.n);
  const planned = nanArray(g.n);
  const basis = nanArray(g.n);
  const st = nanArray(g.n);
  const bases: readonly string[] = ENERGISED_MW_BASES;
  for (let k = 0; k < g.n; k++) {
    const [i, d] = nearest(ps, g.lon[k]!, g.lat[k]!);
    if (i < 0) continue;
    km[k] = Math.min(d, ENERGIZED_CAP_KM);
    const s = sites[i]!;
    if (s.powerMw !== null) mw[k] = s.powerMw;
    if (s.powerMwPlanned !== null) planned[k] = s.powerMwPlanned;
    basis[k] = bases.indexOf(energisedMwBasis(s.powerMw, s.powerMwPlanned));
    st[k] = statuses.indexOf(s.status);
  }
  const cats = Object.fromEntries(statuses.map((s, i) => [String(i), s]));
  const basisCats = Object.fromEntries(bases.map((s, i) => [String(i), s]));
  const published = publishedMwMedian(sites);
  const srcs = [SRC.mining];
  log(`grid: energised sites (${Date.now() - t0} ms)`);
  return [
    {
      spec: {
        id: 'energized_site_km',
        label: 'Distance to energised mining/HPC site',
        unit: 'km',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Great-circle distance to the nearest site with status ${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)} (not closed/planned), capped at ${ENERGIZED_CAP_KM} km (farther = ${ENERGIZED_CAP_KM}). Step 1 km; most site points are town centroids 5-30 km from the facility.`,
        sourceIds: srcs,
      },
      values: km,
    },
    {
      spec: {
        id: 'energized_site_mw',
        label: 'MW at nearest energised site',
        unit: 'MW',
        type: 'uint16',
        scale: 0.1,
        offset: 0,
        noData: 65535,
        description:
          'Current power_mw of that nearest energised site (step 0.1 MW); noData when the source gives no current MW.',
        sourceIds: srcs,
      },
      values: mw,
    },
    {
      spec: {
        id: 'energized_site_mw_planned',
        label: 'Planned MW at nearest energised site',
        unit: 'MW',
        type: 'uint16',
        scale: 0.1,
        offset: 0,
        noData: 65535,
        description:
          'power_mw_planned of that nearest energised site (total planned, approved or contracted MW; step 0.1 MW); ' +
          'noData when the source gives none. Not yet energised: the criterion uses it only when no current MW is published.',
        sourceIds: srcs,
      },
      values: planned,
    },
    {
      spec: {
        id: 'energized_site_mw_basis',
        label: 'Which MW of the nearest energised site is used',
        unit: 'category',
        type: 'uint8',
        scale: 1,
        offset: 0,
        noData: 255,
        categories: basisCats,
        description:
          'current: its current MW is published; planned: only a planned MW is; not_published: neither. ' +
          `${published.n} of the ${sites.length} energised sites publish a current MW, median ` +
          `${published.median} MW: the default of the "MW not published" assumption.`,
        sourceIds: srcs,
      },
      values: basis,
    },
    {
      spec: {
        id: 'energized_site_status',
        label: 'Status of nearest energised site',
        unit: 'category',
        type: 'uint8',
        scale: 1,
        offset: 0,
        noData: 255,
        categories: cats,
        description: 'Normalised status of that nearest energised site.',
        sourceIds: srcs,
      },
      values: st,
    },
  ];
};
