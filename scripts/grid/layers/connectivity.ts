/** Distances to the nearest submarine-cable landing and the nearest large metro. */
import { METRO_MIN_POPULATION } from '../../places.ts';
import { SRC } from '../../source-ids.ts';
import { nearest, pointSet } from '../spatial.ts';
import type { LayerFamily } from '../types.ts';

export { DISTANCE_CAP_KM } from '../../../src/domain/pointRules.ts';
import { DISTANCE_CAP_KM } from '../../../src/domain/pointRules.ts';

export const connectivityLayers: LayerFamily = (inp, g, log) => {
  const t0 = Date.now();
  const lp = pointSet(inp.landing);
  const metros = inp.places.filter((p) => p.population >= METRO_MIN_POPULATION);
  const mp = pointSet(metros);
  const lk = new Float64Array(g.n);
  const mk = new Float64Array(g.n);
  for (let k = 0; k < g.n; k++) {
    lk[k] = Math.min(DISTANCE_CAP_KM, nearest(lp, g.lon[k]!, g.lat[k]!)[1]);
    mk[k] = Math.min(DISTANCE_CAP_KM, nearest(mp, g.lon[k]!, g.lat[k]!)[1]);
  }
  log(`grid: connectivity (${Date.now() - t0} ms)`);
  return [
    {
      spec: {
        id: 'landing_km',
        label: 'Distance to cable landing',
        unit: 'km',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Great-circle distance to the nearest TeleGeography submarine cable landing point (2021; t.b.d. points excluded), capped at ${DISTANCE_CAP_KM} km. Step 1 km. Non-commercial source (CC BY-NC-SA 3.0).`,
        sourceIds: [SRC.landing],
      },
      values: lk,
    },
    {
      spec: {
        id: 'metro_km',
        label: 'Distance to large metro',
        unit: 'km',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Great-circle distance to the nearest GeoNames place with population >= ${METRO_MIN_POPULATION.toLocaleString('en-US')} (${metros.length} places), capped at ${DISTANCE_CAP_KM} km. Step 1 km.`,
        sourceIds: [SRC.geonames],
      },
      values: mk,
    },
  ];
};
