/**
 * Per-cell plant grid layers (issue 11): operating capacity within 50 km, and under construction + planned capacity
 * within 50 km. Same great-circle search as grid_capacity_mw (scripts/grid/spatial.ts: kdbush bbox + haversine).
 */
import type { PlantStatusClass } from '../../src/contract/plants.ts';
import {
  CAPACITY_RADIUS_KM as RADIUS_KM,
  OPERATING_CLASSES,
  PIPELINE_CLASSES,
} from '../../src/domain/pointRules.ts';
import { pointSet, sumWithin } from '../grid/spatial.ts';
import type { PlantRecord } from './records.ts';

/** Classes summed by each layer (shared with the point evaluator). */
export { OPERATING_CLASSES, PIPELINE_CLASSES } from '../../src/domain/pointRules.ts';

type PlantPoint = Pick<PlantRecord, 'lon' | 'lat' | 'capacityMw' | 'statusClass'>;

/** Sum of capacity (MW) of the plants whose class is in `classes`, within radiusKm of each cell centre. */
export function capacityWithin(
  plants: readonly PlantPoint[],
  classes: ReadonlySet<PlantStatusClass>,
  cellLon: Float64Array,
  cellLat: Float64Array,
  radiusKm: number = RADIUS_KM,
): Float64Array {
  if (cellLon.length !== cellLat.length) throw new Error('cellLon and cellLat differ in length');
  const sel = plants.filter((p) => classes.has(p.statusClass));
  const ps = pointSet(sel);
  const w = Float64Array.from(sel, (p) => p.capacityMw);
  const out = new Float64Array(cellLon.length);
  for (let k = 0; k < out.length; k++) out[k] = sumWithin(ps, w, cellLon[k]!, cellLat[k]!, radiusKm);
  return out;
}

/** Both layers for the land cells' centres (the lon/lat Float64Arrays that build-grid.ts computes). */
export function operatingAndPipelineWithin(
  plants: readonly PlantPoint[],
  cellLon: Float64Array,
  cellLat: Float64Array,
  radiusKm: number = RADIUS_KM,
): { operatingMw: Float64Array; pipelineMw: Float64Array } {
  return {
    operatingMw: capacityWithin(plants, OPERATING_CLASSES, cellLon, cellLat, radiusKm),
    pipelineMw: capacityWithin(plants, PIPELINE_CLASSES, cellLon, cellLat, radiusKm),
  };
}
