/**
 * Area layers at a point, from the region polygon that contains it (data/regions/*.geojson, which carry the tariff
 * the pipeline chose for that polygon) and the country's indicators (data/indicators.json), with the grid
 * builder's rules (scripts/grid/layers/regions.ts, indicators.ts, queueRegion.ts): the admin-1 polygon's tariff
 * where the point has an admin-1 region, else the country's. queue_region is a function of the US state alone, so
 * it is read from any grid cell of the same state.
 */
import { categoryAt, type ScoringGrid } from './grid.ts';
import type { PointOutput, PointProvider, PointQuery } from './pointSources.ts';

interface AreaState {
  indicators: Map<string, { carbonIntensity: Dated; waterStress: Dated; hazard: Dated }>;
  /** US state code → queue_region label, from the grid's cells (absent without a grid). */
  queueByState: Map<string, string> | null;
}
type Dated = { value: number; sourceId: string } | null;

function queueRegions(grid: ScoringGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (let k = 0; k < grid.cells.length; k++) {
    const region = categoryAt(grid, 'region', k);
    if (region === null || out.has(region) || categoryAt(grid, 'country', k) !== 'USA') continue;
    const q = categoryAt(grid, 'queue_region', k);
    if (q !== null) out.set(region, q);
  }
  return out;
}

function at(s: AreaState, q: PointQuery): PointOutput | null {
  const { area } = q;
  if (!area.inPolygon || !area.country) return null;
  const tariff = area.region !== null ? (area.sub?.tariff ?? null) : area.country.tariff;
  const ind = s.indicators.get(area.country.iso3);
  const values: PointOutput['values'] = {
    country: area.country.iso3,
    region: area.region,
    power_price: tariff?.usdPerKwh ?? null,
    power_price_basis: tariff?.basis ?? null,
    carbon: ind?.carbonIntensity?.value ?? null,
    water_stress: ind?.waterStress?.value ?? null,
    hazard: ind?.hazard?.value ?? null,
  };
  const own = (d: Dated | undefined) => (d ? [d.sourceId] : []);
  const sources: PointOutput['sources'] = {
    power_price: tariff ? [tariff.sourceId] : [],
    power_price_basis: tariff ? [tariff.sourceId] : [],
    carbon: own(ind?.carbonIntensity),
    water_stress: own(ind?.waterStress),
    hazard: own(ind?.hazard),
  };
  if (area.country.iso3 !== 'USA') values.queue_region = null;
  else if (area.region === null) values.queue_region = 'none';
  else {
    const qr = s.queueByState?.get(area.region);
    if (qr !== undefined) values.queue_region = qr;
  }
  return { values, sources };
}

export const areaLayers: PointProvider<AreaState> = {
  id: 'regions',
  needs: ['countries', 'admin1', 'indicators'],
  layers: [
    'country',
    'region',
    'power_price',
    'power_price_basis',
    'carbon',
    'water_stress',
    'hazard',
    'queue_region',
  ],
  prepare: (d) => ({
    indicators: new Map(d.indicators!.map((c) => [c.iso3, c])),
    queueByState: d.grid ? queueRegions(d.grid) : null,
  }),
  at,
};
