/**
 * Grid access: which substation-distance layer a voltage class reads. Used by the "Grid access" criterion (voltage
 * chosen in ScoringConfig.gridAccessVoltage) and by the time-to-power HV-substation stage (hv_substation_min_kv).
 */
import type { NumericLayerId } from './layerIds.ts';

/** Voltage classes the grid holds distances for (substation_110_km, substation_220_km, substation_345_km). */
export const GRID_ACCESS_VOLTAGES = [110, 220, 345] as const;
export type GridAccessVoltage = (typeof GRID_ACCESS_VOLTAGES)[number];

export const DEFAULT_GRID_ACCESS_VOLTAGE: GridAccessVoltage = 220;

/** Why the default voltage (shown beside the choice). An assumption. */
export const GRID_ACCESS_VOLTAGE_REASON =
  'Assumption. Default ≥ 220 kV: a first block (~68 MW gross) can connect at 110–138 kV (the time-to-power HV stage ' +
  'uses hv_substation_min_kv), but AI campuses are planned to grow to hundreds of MW, more than a 110–138 kV circuit ' +
  'usually carries; 220–230 kV is the lowest class built for several hundred MW. Choose 110 kV for single-block sites, ' +
  '345 kV for GW campuses.';

const LAYER_OF: Record<GridAccessVoltage, NumericLayerId> = {
  110: 'substation_110_km',
  220: 'substation_220_km',
  345: 'substation_345_km',
};

export function isGridAccessVoltage(v: unknown): v is GridAccessVoltage {
  return (GRID_ACCESS_VOLTAGES as readonly unknown[]).includes(v);
}

/** The distance layer of a voltage class. */
export function substationLayer(kv: GridAccessVoltage): NumericLayerId {
  return LAYER_OF[kv];
}

/** The lowest class at or above `kv` (the grid has no finer classes); above 345 kV, the 345 kV class. */
export function voltageClassAtLeast(kv: number): GridAccessVoltage {
  return GRID_ACCESS_VOLTAGES.find((c) => c >= kv) ?? 345;
}
