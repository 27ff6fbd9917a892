/**
 * Area layers at a point, from the region polygon that contains it (data/regions/*.geojson, which carry the tariff
 * the pipeline chose for that polygon) and the country's indicators (data/indicators.json), with the grid
 * builder's rules (scripts/grid/layers/regions.ts, indicators.ts, queueRegion.ts): the admin-1 polygon's tariff
 * where the point has an admin-1 region, else the country's. queue_region is a function of the US state alone, so
 * it is read from any grid cell of the same state; the wholesale layers are one value per country, read from any
 * grid cell of the same country.
 */
import { categoryAt, placeValuesAt, type ScoringGrid } from './grid.ts';
import type { PointOutput, PointProvider, PointQuery } from './pointSources.ts';

interface AreaState {
  indicators: Map<string, { carbonIntensity: Dated; waterStress: Dated; hazard: Dated }>;
  /** US state code → queue_region label, from the grid's cells (absent without a grid). */
  queueByState: Map<string, string> | null;
  /** ISO3 → the country's wholesale layers (one value per country in the grid builder), from its first grid cell. */
  wholesaleByCountry: Map<string, WholesaleValues> | null;
}
const WHOLESALE_LAYERS = ['wholesale_price', 'wholesale_zone', 'wholesale_source'] as const;
type WholesaleValues = Pick<PointOutput['values'], (typeof WHOLESALE_LAYERS)[number]>;

function wholesaleByCountry(grid: ScoringGrid): Map<string, WholesaleValues> {
  const out = new Map<string, WholesaleValues>();
  for (let k = 0; k < grid.cells.length; k++) {
    const iso3 = categoryAt(grid, 'country', k);
    if (iso3 === null || out.has(iso3)) continue;
    const v = placeValuesAt(grid, k);
    out.set(iso3, {
      wholesale_price: v.wholesale_price ?? null,
      wholesale_zone: v.wholesale_zone ?? null,
      wholesale_source: v.wholesale_source ?? null,
    });
  }
  return out;
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
    power_price_source: tariff?.sourceId ?? null,
    carbon: ind?.carbonIntensity?.value ?? null,
    water_stress: ind?.waterStress?.value ?? null,
    hazard: ind?.hazard?.value ?? null,
  };
  const wholesale = s.wholesaleByCountry?.get(area.country.iso3);
  if (wholesale) Object.assign(values, wholesale);
  else if (s.wholesaleByCountry) for (const id of WHOLESALE_LAYERS) values[id] = null;
  if (area.country.iso3 !== 'USA') values.queue_region = null;
  else if (area.region === null) values.queue_region = 'none';
  else {
    const qr = s.queueByState?.get(area.region);
    if (qr !== undefined) values.queue_region = qr;
  }
  if (q.valuesOnly) return { values };
  const own = (d: Dated | undefined) => (d ? [d.sourceId] : []);
  const sources: PointOutput['sources'] = {
    power_price: tariff ? [tariff.sourceId] : [],
    power_price_basis: tariff ? [tariff.sourceId] : [],
    power_price_source: tariff ? [tariff.sourceId] : [],
    carbon: own(ind?.carbonIntensity),
    water_stress: own(ind?.waterStress),
    hazard: own(ind?.hazard),
  };
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
    'power_price_source',
    ...WHOLESALE_LAYERS,
    'carbon',
    'water_stress',
    'hazard',
    'queue_region',
  ],
  prepare: (d) => ({
    indicators: new Map(d.indicators!.map((c) => [c.iso3, c])),
    queueByState: d.grid ? queueRegions(d.grid) : null,
    wholesaleByCountry: d.grid ? wholesaleByCountry(d.grid) : null,
  }),
  at,
};
