/** The voltage class the "Grid access" criterion measures the distance to (ScoringConfig.gridAccessVoltage). */
import {
  DEFAULT_GRID_ACCESS_VOLTAGE,
  GRID_ACCESS_VOLTAGE_REASON,
  GRID_ACCESS_VOLTAGES,
  isGridAccessVoltage,
} from '../../domain/index.ts';
import { useScoringStore } from './scoringStore.ts';

export function GridAccessVoltage() {
  const kv = useScoringStore((s) => s.config.gridAccessVoltage) ?? DEFAULT_GRID_ACCESS_VOLTAGE;
  const setKv = useScoringStore((s) => s.setGridAccessVoltage);
  return (
    <div className="grid-access-voltage small">
      <label>
        Grid access voltage{' '}
        <select
          value={kv}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (isGridAccessVoltage(v)) setKv(v);
          }}
        >
          {GRID_ACCESS_VOLTAGES.map((v) => (
            <option key={v} value={v}>
              ≥ {v} kV{v === DEFAULT_GRID_ACCESS_VOLTAGE ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="small muted">{GRID_ACCESS_VOLTAGE_REASON}</p>
    </div>
  );
}
