/** A country's indicator value as hover text: value, unit, year and source (plain text). */
import type { Datasets } from '../../../data/datasetStore.ts';
import type { Source } from '../../../data/schemas.ts';
import type { Description } from '../overlay.ts';
import { sourceName } from '../sourceName.ts';

export type IndicatorKey = 'carbonIntensity' | 'waterStress' | 'hazard';

export function describeCountryIndicator(
  iso3: string,
  key: IndicatorKey,
  data: Partial<Datasets>,
  sources: Map<string, Source>,
): Description | null {
  const c = data.indicators?.find((i) => i.iso3 === iso3);
  if (!c) return null;
  const v = c[key];
  const label = {
    carbonIntensity: 'Grid carbon intensity',
    waterStress: 'Water stress',
    hazard: 'WorldRiskIndex',
  }[key];
  const unit = { carbonIntensity: ' gCO₂/kWh', waterStress: ' (Aqueduct 0–5)', hazard: '' }[key];
  return {
    title: c.name,
    lines: v
      ? [
          `${label}: ${v.value.toFixed(key === 'carbonIntensity' ? 0 : 2)}${unit}${key === 'waterStress' && c.waterStressLabel ? `, ${c.waterStressLabel}` : ''}`,
          `Year: ${v.year} · Source: ${sourceName(v.sourceId, sources)}`,
        ]
      : [`${label}: no data`],
  };
}
