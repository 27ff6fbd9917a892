/**
 * The point evaluator against the grid builder on the same synthetic records: at a cell centre pointValues must
 * give exactly the builder's quantised value for every layer it derives; anywhere, its distances must be the
 * brute-force great-circle nearest (a check independent of both).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GridManifest } from '../../../src/contract/index.ts';
import { isCategoricalLayerId, type LayerId } from '../../../src/domain/layerIds.ts';
import { distanceKm } from '../../../src/domain/geo.ts';
import { pointValues, preparePointSources } from '../../../src/domain/pointValues.ts';
import { quantizedValue } from '../../../src/domain/quantize.ts';
import { mulberry32 } from '../../../src/domain/random.ts';
import { substationsFile } from '../../../scripts/grid-truth/transmission.ts';
import { buildCoverage } from '../../../scripts/grid-truth/transmissionCoverage.ts';
import type { Substation } from '../../../scripts/grid-truth/transmissionLoad.ts';
import { plantsFile } from '../../../scripts/grid-truth/plants.ts';
import type { PlantRecord } from '../../../scripts/grid-truth/records.ts';
import { capacityLayers } from '../../../scripts/grid/layers/capacity.ts';
import { connectivityLayers } from '../../../scripts/grid/layers/connectivity.ts';
import { energisedLayers } from '../../../scripts/grid/layers/energised.ts';
import { transmissionLayers } from '../../../scripts/grid/layers/transmission.ts';
import type { GridCells, GridInputs, LayerValues } from '../../../scripts/grid/types.ts';

const rnd = mulberry32(20261201);
const between = (a: number, b: number) => a + (b - a) * rnd();
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const W = 10;
const E = 14;
const S = 45;
const N = 48;
const somewhere = () => ({ lon: between(W - 1, E + 1), lat: between(S - 1, N + 1) });

// Cell centres of a 0.25° block, as the builder computes them.
const cellLon: number[] = [];
const cellLat: number[] = [];
const cellIds: number[] = [];
for (let row = (90 - N) / 0.25; row < (90 - S) / 0.25; row++)
  for (let col = (W + 180) / 0.25; col < (E + 180) / 0.25; col++) {
    cellIds.push(row * 1440 + col);
    cellLon.push(-180 + (col + 0.5) * 0.25);
    cellLat.push(90 - (row + 0.5) * 0.25);
  }
const n = cellLon.length;

const substations: Substation[] = Array.from({ length: 120 }, (_, i) => {
  const kv = pick([null, 66, 110, 132, 220, 380, 400]);
  return {
    source: 'osm_2017',
    sourceId: `s${i}`,
    name: '',
    operator: '',
    iso3: 'AAA',
    ...somewhere(),
    voltages: kv === null ? [] : [kv],
    maxKv: kv,
    lineKv: kv === null && rnd() < 0.5 ? 220 : null,
    status: pick(['operational', '', 'non-operational'] as const),
    vintage: '2017',
    locationQuality: 'osm',
  };
});
const plants: PlantRecord[] = Array.from({ length: 300 }, (_, i) => ({
  name: `p${i}`,
  ...somewhere(),
  capacityMw: Math.round(between(1, 900) * 10) / 10,
  fuel: 'gas',
  statusClass: pick(['operating', 'construction', 'planned', 'retired', 'inactive'] as const),
  statusRaw: '',
  startYear: null,
  startYearLast: null,
  unitCount: 1,
  accuracy: 'exact',
  sourceId: pick(['SRC_A', 'SRC_B', 'SRC_C']),
  vintage: 'v',
  recordId: `r${i}`,
  owner: '',
  country: 'AAA',
}));
// Town-centroid sites: several share one point, so ties must resolve as in the builder.
const towns = Array.from({ length: 8 }, somewhere);
const sites = Array.from({ length: 30 }, (_, i) => ({
  id: `m${i}`,
  ...pick(towns),
  status: pick(['mining', 'ai_hpc', 'closed', 'planned', 'converting_to_ai']),
  powerMw: rnd() < 0.3 ? null : Math.round(between(5, 300)),
  powerMwPlanned: rnd() < 0.5 ? null : Math.round(between(50, 900)),
}));
const landing = Array.from({ length: 10 }, somewhere);
const places = Array.from({ length: 40 }, () => ({
  ...somewhere(),
  population: pick([60_000, 400_000, 1_200_000, 3_000_000]),
}));

const cloudRegions = Array.from({ length: 8 }, (_, i) => ({
  ...somewhere(),
  provider: pick(['aws', 'azure', 'gcp', 'oracle', 'linode', 'vultr'] as const),
  region: `r${i}`,
  name: `Region ${i}`,
}));
const cloudRegionsIn = cloudRegions.map((r) => ({
  ...r,
  hyperscale: ['aws', 'azure', 'gcp', 'oracle'].includes(r.provider),
}));
const coverage = buildCoverage(substations);
const inputs = {
  admin0: [{ iso3: 'AAA' }],
  admin1: [],
  transmission: { substations, lines: [], coverage },
  plants,
  places,
  sites,
  landing,
  cloudRegions: cloudRegionsIn,
} as unknown as GridInputs;
const cells = {
  n,
  lon: Float64Array.from(cellLon),
  lat: Float64Array.from(cellLat),
  cells: Uint32Array.from(cellIds),
  countryOf: new Int32Array(n),
  regionOf: new Int32Array(n).fill(-1),
} as unknown as GridCells;
const layers: LayerValues[] = [
  ...transmissionLayers(inputs, cells, () => {}),
  ...energisedLayers(inputs, cells, () => {}),
  ...connectivityLayers(inputs, cells, () => {}),
  ...capacityLayers(inputs, cells, () => {}),
];
const manifest = { layers: layers.map((l) => ({ ...l.spec, file: `${l.spec.id}.bin` })) } as GridManifest;
const byId = new Map(layers.map((l) => [l.spec.id, l]));

const sources = preparePointSources({
  manifest,
  substations: substationsFile(substations),
  coverage,
  plants: plantsFile(plants),
  miningSites: sites,
  landing,
  cloudRegions,
  populationPoints: {
    lon: places.map((p) => p.lon),
    lat: places.map((p) => p.lat),
    population: places.map((p) => p.population),
  },
});
const cellValues = { country: 'AAA', region: null };

/** The builder's value of a layer at cell k, as the grid stores and decodes it. */
function builderValue(id: LayerId, k: number): number | string | null {
  const l = byId.get(id)!;
  const v = l.values[k]!;
  if (!isCategoricalLayerId(id)) return quantizedValue(l.spec, Number.isNaN(v) ? null : v);
  return Number.isNaN(v) ? null : l.spec.categories![String(v)]!;
}

describe('pointValues against the grid builder (synthetic records)', () => {
  it('derives the substation, energised, landing, cloud-region, population and capacity layers', () => {
    expect(sources.unavailable.map((u) => u.id)).toEqual(['regions']);
    const p = pointValues([cellLon[0]!, cellLat[0]!], sources, cellValues);
    for (const id of [
      'substation_km',
      'substation_110_km',
      'substation_220_km',
      'substation_345_km',
      'substation_kv',
      'transmission_coverage',
      'energized_site_km',
      'energized_site_mw',
      'energized_site_mw_planned',
      'energized_site_mw_basis',
      'energized_site_status',
      'landing_km',
      'cloud_region_km',
      'population_100km',
      'population_300km',
      'grid_capacity_mw',
      'grid_pipeline_mw',
    ] as const)
      expect(p.exact.has(id)).toBe(true);
    expect(p.exact.has('line_220_km')).toBe(false);
  });

  it('equals the builder exactly at every cell centre, for every layer it derives', () => {
    let compared = 0;
    for (let k = 0; k < n; k++) {
      const p = pointValues([cellLon[k]!, cellLat[k]!], sources, cellValues);
      const got: Record<string, unknown> = {};
      const want: Record<string, unknown> = {};
      for (const id of p.exact) {
        if (!byId.has(id)) continue;
        got[id] = (p.values as Record<string, unknown>)[id];
        want[id] = builderValue(id, k);
        compared++;
      }
      expect(got).toEqual(want);
    }
    expect(compared).toBeGreaterThan(n * 10);
  });

  it('anywhere: distances are the brute-force great-circle nearest, quantised; capacity is the brute-force sum', () => {
    const layer = (id: string) => manifest.layers.find((l) => l.id === id)!;
    const usable = substations.filter((s) => s.status !== 'non-operational');
    const rounded = (v: number) => Math.round(v * 1e4) / 1e4;
    fc.assert(
      fc.property(
        fc.double({ min: W, max: E, noNaN: true }),
        fc.double({ min: S, max: N, noNaN: true }),
        (lon, lat) => {
          const p = pointValues([lon, lat], sources, cellValues);
          const kv110 = usable.filter((s) => (s.maxKv ?? s.lineKv ?? -1) >= 110);
          const near = Math.min(
            ...kv110.map((s) => distanceKm([lon, lat], [rounded(s.lon), rounded(s.lat)])),
          );
          expect(p.values.substation_110_km).toBe(quantizedValue(layer('substation_110_km'), near));
          const op = plants
            .filter((q) => q.statusClass === 'operating' && distanceKm([lon, lat], [q.lon, q.lat]) <= 50)
            .reduce((a, q) => a + q.capacityMw, 0);
          expect(Math.abs(p.values.grid_capacity_mw! - op)).toBeLessThanOrEqual(0.5 + 1e-6);
          const ld = Math.min(...landing.map((q) => distanceKm([lon, lat], [q.lon, q.lat])));
          expect(p.values.landing_km).toBe(quantizedValue(layer('landing_km'), Math.min(5000, ld)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cites only the covering transmission source and the plant sources counted at the point', () => {
    const p = pointValues([cellLon[0]!, cellLat[0]!], sources, cellValues);
    expect(p.layerSources.substation_110_km?.[0]).toBe('OSM_POWER_GRIDS_2017');
    const counted = new Set(
      plants
        .filter(
          (q) =>
            q.statusClass === 'operating' && distanceKm([cellLon[0]!, cellLat[0]!], [q.lon, q.lat]) <= 50,
        )
        .map((q) => q.sourceId),
    );
    expect(p.layerSources.grid_capacity_mw).toEqual([...counted].sort());
  });
});

describe('pointValues: area layers and missing datasets', () => {
  const square = (w: number, s: number, e: number, n: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  });
  const tariff = (usdPerKwh: number, sourceId: string) => ({ usdPerKwh, basis: 'subnational', sourceId });
  const region = (code: string, iso3: string, t: ReturnType<typeof tariff> | null, geometry: object) => ({
    type: 'Feature' as const,
    properties: { code, iso3, tariff: t },
    geometry: geometry as ReturnType<typeof square>,
  });
  const priceLayer = {
    id: 'power_price',
    label: '',
    unit: 'USD/kWh',
    type: 'uint16',
    scale: 0.0001,
    offset: 0,
    noData: 65535,
    description: '',
    sourceIds: ['A', 'B', 'C'],
    file: 'power_price.bin',
  };
  const index = (id: string) => ({ ...priceLayer, id, unit: 'index', scale: 1, file: `${id}.bin` });
  const m = { layers: [...manifest.layers, priceLayer, index('country'), index('region')] } as GridManifest;
  const west = tariff(0.12345, 'SRC_WEST');
  const east = tariff(0.0678, 'SRC_EAST');
  const area = preparePointSources({
    manifest: m,
    countries: { features: [region('AA', 'AAA', tariff(0.2, 'SRC_COUNTRY'), square(10, 45, 14, 48))] },
    admin1: {
      features: [
        region('AA-W', 'AAA', west, square(10, 45, 12, 48)),
        region('AA-E', 'AAA', east, square(12, 45, 14, 48)),
      ],
    },
    indicators: [],
  });
  const cell = { country: 'AAA', region: 'AA-E', power_price: 0.0678, substation_110_km: 7 };

  it('reads the tariff of the admin-1 polygon containing the point, quantised like the grid, citing only its source', () => {
    const p = pointValues([11.9, 46], area, cell);
    expect(p.values.region).toBe('AA-W');
    expect(p.values.power_price).toBe(quantizedValue(priceLayer as GridManifest['layers'][number], 0.12345));
    expect(p.layerSources.power_price).toEqual(['SRC_WEST']);
    expect(pointValues([12.1, 46], area, cell).layerSources.power_price).toEqual(['SRC_EAST']);
  });

  it('keeps the cell’s area values where no polygon contains the point (at sea)', () => {
    const p = pointValues([20, 46], area, cell);
    expect(p.values.power_price).toBe(cell.power_price);
    expect(p.exact.has('power_price')).toBe(false);
  });

  it('names a provider whose dataset is missing and keeps the cell’s values for its layers', () => {
    expect(area.unavailable.find((u) => u.id === 'substations')?.missing).toEqual([
      'substations',
      'coverage',
    ]);
    const p = pointValues([11.9, 46], area, cell);
    expect(p.values.substation_110_km).toBe(7);
    expect(p.exact.has('substation_110_km')).toBe(false);
  });
});
