/** queue_region: for US cells, the ISO whose generation-queue lead times apply (rule: grid-truth/queueRegion.ts). */
import { QUEUE_REGION_RULE } from '../../grid-truth/queueRegion.ts';
import { ISOS } from '../../grid-truth/queues.ts';
import { QUEUE_SOURCE_IDS } from '../../grid-truth/transmissionSources.ts';
import { SRC } from '../../source-ids.ts';
import { nanArray, type LayerFamily } from '../types.ts';

export const queueRegionLayers: LayerFamily = (inp, g) => {
  const code = new Map<string, number>(ISOS.map((iso, i) => [iso, i + 1]));
  const byRegion = new Map(inp.queueStates.map((s) => [s.region, s.iso === null ? 0 : code.get(s.iso)!]));
  const values = nanArray(g.n);
  for (let k = 0; k < g.n; k++) {
    if (inp.admin0[g.countryOf[k]!]!.iso3 !== 'USA') continue;
    const r = g.regionOf[k]!;
    values[k] = r >= 0 ? (byRegion.get(inp.admin1[r]!.code) ?? 0) : 0;
  }
  return [
    {
      spec: {
        id: 'queue_region',
        label: 'US generation-queue region',
        unit: 'category',
        type: 'uint8',
        scale: 1,
        offset: 0,
        noData: 255,
        categories: { '0': 'none', ...Object.fromEntries(ISOS.map((iso, i) => [String(i + 1), iso])) },
        description: `The ISO whose generation-interconnection-queue lead times (data/queues.json) apply to the cell. These are generation queues, not large-load queues. ${QUEUE_REGION_RULE} US cells without an admin-1 state are none; noData outside the US.`,
        sourceIds: [...new Set(Object.values(QUEUE_SOURCE_IDS))].sort().concat(SRC.neAdmin1),
      },
      values,
    },
  ];
};
