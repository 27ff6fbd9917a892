/**
 * Synthetic grids that follow the GridManifest contract (src/contract/gridManifest.ts), for tests and the bench while
 * the pipeline's data/grid is not there. Deterministic for a given seed. Values are plausible, not real.
 */
import type { GridLayer } from '../../contract/index.ts';
import { distanceKm } from '../geo.ts';
import { createScoringGrid, type LayerArray, type ScoringGrid } from '../grid.ts';
import type { LayerId, PlaceValues } from '../layerIds.ts';
import { mulberry32 } from '../random.ts';

import {
  allocate,
  encodeValue,
  layerFromSpec,
  manifestFor,
  SYNTHETIC_LAYER_SPECS,
  syntheticCountryCodes,
} from './syntheticLayers.ts';

export { mulberry32 };
export { encodeValue, SYNTHETIC_LAYER_SPECS, syntheticCountryCodes } from './syntheticLayers.ts';

/**
 * A global grid holding exactly the given places (one per cell), for tests that need chosen values.
 * Layers listed in `omitLayers` are left out of the manifest.
 */
export function gridFromPlaces(
  places: ReadonlyArray<{ lat: number; lon: number; values: PlaceValues }>,
  options: { resolutionDeg?: number; countries?: string[]; omitLayers?: LayerId[] } = {},
): ScoringGrid {
  const res = options.resolutionDeg ?? 1;
  const countries = options.countries ?? syntheticCountryCodes(30);
  const width = Math.round(360 / res);
  const withIds = places.map((p) => {
    const row = Math.floor((90 - p.lat) / res);
    const col = Math.floor((p.lon + 180) / res);
    return { ...p, id: row * width + col };
  });
  withIds.sort((a, b) => a.id - b.id);
  for (let i = 1; i < withIds.length; i++) {
    if (withIds[i].id === withIds[i - 1].id) throw new Error('two places in one cell');
  }
  const layers = SYNTHETIC_LAYER_SPECS.filter(
    (s) => !(options.omitLayers ?? []).includes(s.id as LayerId),
  ).map(layerFromSpec);
  const manifest = manifestFor(res, withIds.length, countries, layers);
  const buffers: Record<string, LayerArray> = {};
  for (const layer of layers) {
    const array = allocate(layer, withIds.length);
    withIds.forEach((p, i) => {
      array[i] = encodeValue(layer, p.values[layer.id as LayerId], countries);
    });
    buffers[layer.id] = array;
  }
  return createScoringGrid(manifest, Uint32Array.from(withIds.map((p) => p.id)), buffers);
}

export interface SyntheticGridOptions {
  /** Default 0.25 (the app's grid): ~250k land cells. Use 2–5 for fast tests. */
  resolutionDeg?: number;
  /** Share of cells that are land; default 0.24. */
  landFraction?: number;
  seed?: number;
  /** Chance that any one layer value is noData; default 0.02. */
  missingRate?: number;
  /** Number of energised sites; default 300. */
  siteCount?: number;
}

/** A plausible random world following the contract. */
export function syntheticGrid(options: SyntheticGridOptions = {}): ScoringGrid {
  const res = options.resolutionDeg ?? 0.25;
  const rand = mulberry32(options.seed ?? 1);
  const missingRate = options.missingRate ?? 0.02;
  const width = Math.round(360 / res);
  const height = Math.round(180 / res);
  const countries = syntheticCountryCodes(200);
  const field = smoothField(rand);

  // Land: the highest `landFraction` of a smooth field.
  const landField = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    const lat = 90 - (row + 0.5) * res;
    for (let col = 0; col < width; col++)
      landField[row * width + col] = field(lat, -180 + (col + 0.5) * res, 0);
  }
  const sorted = Float32Array.from(landField).sort();
  const threshold = sorted[Math.floor(sorted.length * (1 - (options.landFraction ?? 0.24)))];
  const ids: number[] = [];
  for (let id = 0; id < landField.length; id++) if (landField[id] >= threshold) ids.push(id);
  const cells = Uint32Array.from(ids);
  const n = cells.length;

  const layers = SYNTHETIC_LAYER_SPECS.map(layerFromSpec);
  const byId = new Map(layers.map((l) => [l.id, l]));
  const arrays = new Map(layers.map((l) => [l.id, allocate(l, n)]));
  const set = (id: LayerId, i: number, value: number | string | null) => {
    const layer = byId.get(id) as GridLayer;
    const v = rand() < missingRate ? null : value;
    (arrays.get(id) as LayerArray)[i] = encodeValue(layer, v, countries);
  };

  // Per-country values.
  const countryPrice = countries.map(() => 0.03 * Math.exp(rand() * 2.3));
  const countryCarbon = countries.map(() => 20 + rand() * 880);
  const countryWater = countries.map(() => rand() * 5);
  const countryHazard = countries.map(() => 0.2 * Math.exp(rand() * 5.4));

  // Energised sites: nearest-site distance within a window around each site, else a capped far value.
  const siteKm = new Float64Array(n).fill(1000);
  const siteMw = new Float64Array(n).fill(-1);
  const siteStatus = new Int8Array(n).fill(-1);
  const windowCells = Math.max(1, Math.ceil(2 / res));
  const siteCount = options.siteCount ?? 300;
  for (let s = 0; s < siteCount && n > 0; s++) {
    const centre = cells[Math.floor(rand() * n)];
    const crow = Math.floor(centre / width);
    const ccol = centre % width;
    const slat = 90 - (crow + rand()) * res;
    const slon = -180 + (ccol + rand()) * res;
    const mw = Math.round(5 * Math.exp(rand() * 4.6));
    const status = Math.floor(rand() * 3);
    for (let dr = -windowCells; dr <= windowCells; dr++) {
      for (let dc = -windowCells; dc <= windowCells; dc++) {
        const row = crow + dr;
        if (row < 0 || row >= height) continue;
        const col = (ccol + dc + width) % width;
        const k = lowerBound(cells, row * width + col);
        if (k >= n || cells[k] !== row * width + col) continue;
        const lat = 90 - (row + 0.5) * res;
        const lon = -180 + (col + 0.5) * res;
        const km = distanceKm([lon, lat], [slon, slat]);
        if (km < siteKm[k]) {
          siteKm[k] = km;
          siteMw[k] = mw;
          siteStatus[k] = status;
        }
      }
    }
  }

  for (let i = 0; i < n; i++) {
    const id = cells[i];
    const row = Math.floor(id / width);
    const col = id % width;
    const lat = 90 - (row + 0.5) * res;
    const lon = -180 + (col + 0.5) * res;
    const c = (Math.floor(row / 24) * 60 + Math.floor(col / 24)) % countries.length;
    const f1 = field(lat, lon, 1);
    const f2 = field(lat, lon, 2);
    set('country', i, countries[c]);
    set('region', i, Math.floor(row / 8) * 180 + Math.floor(col / 8));
    set('power_price', i, countryPrice[c] * (0.85 + 0.3 * rand()));
    set('power_price_basis', i, rand() < 0.1 ? 'worldbank_2019' : rand() < 0.5 ? 'subnational' : 'country');
    const capacity = rand() < 0.1 ? 0 : Math.min(60000, Math.exp(5 + 2.5 * f1 + rand()));
    set('grid_capacity_mw', i, capacity);
    set('stranded_power', i, Math.min(600, Math.exp(1.5 * f2 + 2 * f1 + rand())));
    set('energized_site_km', i, siteKm[i]);
    set('energized_site_mw', i, siteMw[i] >= 0 ? siteMw[i] : Math.round(5 * Math.exp(rand() * 4.6)));
    set(
      'energized_site_status',
      i,
      ['mining', 'converting_to_ai', 'ai_hpc'][siteStatus[i] >= 0 ? siteStatus[i] : Math.floor(rand() * 3)],
    );
    const tMean = 28 - 0.55 * Math.abs(lat) + 4 * f2;
    set('temperature_mean', i, Math.max(-29, Math.min(33, tMean)));
    set('temperature_warmest', i, Math.max(-19, Math.min(43, tMean + 8 + 4 * rand())));
    set('carbon', i, countryCarbon[c]);
    set('water_stress', i, countryWater[c]);
    set('hazard', i, Math.min(50, countryHazard[c]));
    set('landing_km', i, Math.min(4000, 1500 * (1 + f1) * rand() + 5));
    const reach = rand(); // one draw, as the former metro_km layer, so the later layers keep their values
    const p100 = Math.min(40e6, Math.exp(10 + 4 * f2 + 3 * reach));
    set('population_100km', i, p100);
    set('population_300km', i, Math.min(200e6, p100 * (3 + 6 * f1)));
    set('cloud_region_km', i, Math.min(3000, 700 * (1 + f1) * (1 - reach) + 3));
    set('grid_pipeline_mw', i, rand() < 0.5 ? 0 : Math.min(30000, Math.exp(4 + 2 * f2 + rand())));
    // Transmission coverage: none in a band of columns (no substation source), so every grid-access layer is null.
    const covered = col % 7 !== 0;
    set('transmission_coverage', i, covered ? ['entsoe_gridkit_2022', 'ga_2017', 'osm_2017'][c % 3] : 'none');
    const any = 1 + 60 * rand() * (1 - f1 / 2);
    const d110 = any + 40 * rand();
    const d220 = d110 + 60 * rand();
    const d345 = d220 + 150 * rand();
    set('substation_km', i, covered ? any : null);
    set('substation_110_km', i, covered ? d110 : null);
    set('substation_220_km', i, covered ? d220 : null);
    set('substation_345_km', i, covered ? d345 : null);
    set('substation_kv', i, covered ? [110, 132, 220, 345, 400][Math.floor(rand() * 5)] : null);
    set('line_220_km', i, covered ? Math.max(0, 80 * f1 + 40 * rand()) : null);
    // Queue regions: a few blocks of rows; most cells in none.
    const q = Math.floor(row / 6) % 8;
    // Outside the ISOs: the label "none" (as the pipeline writes it), or no data.
    set('queue_region', i, q < 4 ? ['PJM', 'ERCOT', 'MISO', 'CAISO'][q] : q < 7 ? 'none' : null);
  }
  siteMwBases(n, arrays, byId, mulberry32((options.seed ?? 1) + 7919));
  const manifest = manifestFor(res, n, countries, layers);
  return createScoringGrid(manifest, cells, Object.fromEntries(arrays));
}

/**
 * Planned MW and the MW basis, from a PRNG of their own (so the other layers keep their values): ~30 % of cells get
 * a planned MW, ~15 % lose their current MW (not published), and the basis follows from what is left.
 */
function siteMwBases(
  n: number,
  arrays: Map<string, LayerArray>,
  byId: Map<string, GridLayer>,
  rand: () => number,
): void {
  const current = arrays.get('energized_site_mw') as LayerArray;
  const planned = arrays.get('energized_site_mw_planned') as LayerArray;
  const basis = arrays.get('energized_site_mw_basis') as LayerArray;
  const mwNoData = (byId.get('energized_site_mw') as GridLayer).noData;
  const plannedLayer = byId.get('energized_site_mw_planned') as GridLayer;
  const basisLayer = byId.get('energized_site_mw_basis') as GridLayer;
  for (let i = 0; i < n; i++) {
    planned[i] = encodeValue(plannedLayer, rand() < 0.3 ? Math.round(10 * Math.exp(rand() * 5.3)) : null);
    if (rand() < 0.15) current[i] = mwNoData;
    const b =
      current[i] !== mwNoData ? 'current' : planned[i] !== plannedLayer.noData ? 'planned' : 'not_published';
    basis[i] = encodeValue(basisLayer, b);
  }
}

/** Smooth pseudo-random field in about [-1, 1]: a few random sinusoids; `channel` picks an independent field. */
function smoothField(rand: () => number): (lat: number, lon: number, channel: number) => number {
  const waves = [0, 1, 2].map(() =>
    Array.from({ length: 5 }, () => ({
      fx: (1 + Math.floor(rand() * 6)) * (Math.PI / 180),
      fy: (1 + Math.floor(rand() * 5)) * (Math.PI / 90),
      phase: rand() * Math.PI * 2,
      amp: 0.5 + rand(),
    })),
  );
  return (lat, lon, channel) => {
    let v = 0;
    let norm = 0;
    for (const w of waves[channel]) {
      v += w.amp * Math.sin(w.fx * lon + w.fy * lat + w.phase);
      norm += w.amp;
    }
    return (2 * v) / norm;
  };
}

function lowerBound(cells: Uint32Array, id: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cells[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
