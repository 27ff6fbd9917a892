/**
 * The layers of synthetic grids as the GridManifest contract (src/contract/gridManifest.ts) describes them: quantisation
 * per layer, value encoding, the manifest and layer buffers.
 */
import type { GridLayer, GridManifest } from '../../contract/index.ts';
import type { LayerArray } from '../grid.ts';

type Spec = Pick<GridLayer, 'id' | 'unit' | 'type' | 'scale' | 'offset' | 'noData'> & {
  categories?: Record<string, string>;
};

const U16 = { type: 'uint16', noData: 65535 } as const;
const U8 = { type: 'uint8', noData: 255 } as const;

/** Quantisation of each layer in synthetic grids (a guess at the pipeline's; the domain reads it from the manifest). */
export const SYNTHETIC_LAYER_SPECS: readonly Spec[] = [
  { id: 'country', unit: 'ISO3 index', ...U16, scale: 1, offset: 0 },
  { id: 'region', unit: 'index', ...U16, scale: 1, offset: 0 },
  { id: 'power_price', unit: 'USD/kWh', ...U16, scale: 0.0001, offset: 0 },
  {
    id: 'power_price_basis',
    unit: '',
    ...U8,
    scale: 1,
    offset: 0,
    categories: { '0': 'subnational', '1': 'country', '2': 'country_fallback', '3': 'worldbank_2019' },
  },
  { id: 'grid_capacity_mw', unit: 'MW', ...U16, scale: 1, offset: 0 },
  { id: 'stranded_power', unit: 'MW per 1,000 people', ...U16, scale: 0.01, offset: 0 },
  { id: 'energized_site_km', unit: 'km', ...U16, scale: 0.1, offset: 0 },
  { id: 'energized_site_mw', unit: 'MW', ...U16, scale: 1, offset: 0 },
  { id: 'energized_site_mw_planned', unit: 'MW', ...U16, scale: 1, offset: 0 },
  {
    id: 'energized_site_mw_basis',
    unit: '',
    ...U8,
    scale: 1,
    offset: 0,
    categories: { '0': 'current', '1': 'planned', '2': 'not_published' },
  },
  {
    id: 'energized_site_status',
    unit: '',
    ...U8,
    scale: 1,
    offset: 0,
    categories: { '0': 'mining', '1': 'converting_to_ai', '2': 'ai_hpc' },
  },
  { id: 'temperature_mean', unit: '°C', ...U8, scale: 0.25, offset: -30 },
  { id: 'temperature_warmest', unit: '°C', ...U8, scale: 0.25, offset: -20 },
  { id: 'carbon', unit: 'gCO2/kWh', ...U16, scale: 1, offset: 0 },
  { id: 'water_stress', unit: 'Aqueduct 0–5', ...U8, scale: 0.02, offset: 0 },
  { id: 'hazard', unit: 'WorldRiskIndex', ...U8, scale: 0.2, offset: 0 },
  { id: 'landing_km', unit: 'km', ...U16, scale: 1, offset: 0 },
  { id: 'population_100km', unit: 'people', ...U16, scale: 2000, offset: 0 },
  { id: 'population_300km', unit: 'people', ...U16, scale: 10000, offset: 0 },
  { id: 'cloud_region_km', unit: 'km', ...U16, scale: 1, offset: 0 },
  { id: 'grid_pipeline_mw', unit: 'MW', ...U16, scale: 1, offset: 0 },
  { id: 'substation_km', unit: 'km', ...U16, scale: 0.1, offset: 0 },
  { id: 'substation_110_km', unit: 'km', ...U16, scale: 0.1, offset: 0 },
  { id: 'substation_220_km', unit: 'km', ...U16, scale: 0.1, offset: 0 },
  { id: 'substation_345_km', unit: 'km', ...U16, scale: 0.1, offset: 0 },
  { id: 'substation_kv', unit: 'kV', ...U16, scale: 1, offset: 0 },
  { id: 'line_220_km', unit: 'km', ...U16, scale: 0.1, offset: 0 },
  {
    id: 'transmission_coverage',
    unit: '',
    ...U8,
    scale: 1,
    offset: 0,
    // The labels of the real manifest (data/grid/manifest.json).
    categories: { '0': 'none', '1': 'entsoe_gridkit_2022', '2': 'ga_2017', '3': 'osm_2017' },
  },
  {
    id: 'queue_region',
    unit: '',
    ...U8,
    scale: 1,
    offset: 0,
    categories: { '0': 'none', '1': 'PJM', '2': 'ERCOT', '3': 'MISO', '4': 'CAISO' },
  },
];

export function layerFromSpec(s: Spec): GridLayer {
  return {
    ...s,
    label: s.id,
    file: `${s.id}.bin`,
    description: `synthetic ${s.id}`,
    sourceIds: [`synthetic_${s.id}`],
  };
}

/** Raw quantised value for a decoded value (null -> noData). Labels for categorical layers; ISO3 for country. */
export function encodeValue(
  layer: GridLayer,
  value: number | string | null | undefined,
  countries: readonly string[] = [],
): number {
  if (value === null || value === undefined) return layer.noData;
  if (typeof value === 'string') {
    if (layer.id === 'country') {
      const k = countries.indexOf(value);
      if (k < 0) throw new Error(`country ${value} not in manifest.countries`);
      return k;
    }
    const entry = Object.entries(layer.categories ?? {}).find(([, label]) => label === value);
    if (!entry) throw new Error(`${layer.id}: no category ${value}`);
    return Number(entry[0]);
  }
  const max = layer.type === 'uint8' ? 255 : 65535;
  const raw = Math.round((value - layer.offset) / layer.scale);
  return Math.max(0, Math.min(max === layer.noData ? max - 1 : max, raw));
}

export function manifestFor(
  resolutionDeg: number,
  cellCount: number,
  countries: string[],
  layers: GridLayer[],
): GridManifest {
  return {
    version: 1,
    resolutionDeg,
    width: Math.round(360 / resolutionDeg),
    height: Math.round(180 / resolutionDeg),
    west: -180,
    north: 90,
    cellCount,
    cellsFile: 'cells.bin',
    countries,
    layers,
  };
}

export function allocate(layer: GridLayer, n: number): LayerArray {
  return layer.type === 'uint8' ? new Uint8Array(n) : new Uint16Array(n);
}

/** Three-letter codes AAA, AAB, ... (synthetic ISO3-like). */
export function syntheticCountryCodes(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = String.fromCharCode(65 + (Math.floor(i / 676) % 26));
    const b = String.fromCharCode(65 + (Math.floor(i / 26) % 26));
    const c = String.fromCharCode(65 + (i % 26));
    out.push(a + b + c);
  }
  return out;
}
