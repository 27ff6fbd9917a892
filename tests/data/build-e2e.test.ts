/**
 * End-to-end on the suite's fresh build of the raw inputs (tests/data/globalSetup.ts): it must equal the committed
 * data/ byte for byte (so the build is deterministic and data/ is fresh), then published values are spot-checked
 * against the RAW files (numbers are read here, never copied into the test).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import {
  GridManifestSchema,
  IndicatorsFileSchema,
  MiningSitesFileSchema,
  PlacesFileSchema,
  RegionPropsSchema,
  SourcesFileSchema,
  type GridManifest,
} from '../../src/data/schemas.ts';
import { diffDirs, listFiles } from '../../scripts/lib/io.ts';
import { distanceKm } from '../../src/domain/geo.ts';
import { isEnergisedStatus, LAYER_IDS } from '../../src/contract/index.ts';
import { PlantsFileSchema } from '../../src/contract/plants.ts';
import { EIA_SOURCE } from '../../scripts/grid-truth/rules.ts';

const RAW = inject('rawData');
const outA = inject('builtData');
/** The committed data/ the app ships: a fresh build must reproduce it exactly. */
const COMMITTED = resolve(__dirname, '../../data');

const csv = (rel: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(RAW, rel), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const json = (rel: string) => JSON.parse(readFileSync(join(outA, rel), 'utf8'));


/** Grid access helpers on the built output. */
function gridReader() {
  const manifest: GridManifest = GridManifestSchema.parse(json('grid/manifest.json'));
  const cellsBuf = readFileSync(join(outA, 'grid', manifest.cellsFile));
  const cells = new Uint32Array(cellsBuf.buffer, cellsBuf.byteOffset, cellsBuf.byteLength / 4);
  const layer = (id: string) => {
    const l = manifest.layers.find((x) => x.id === id)!;
    const b = readFileSync(join(outA, 'grid', l.file));
    const arr =
      l.type === 'uint8'
        ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
        : new Uint16Array(b.buffer, b.byteOffset, b.byteLength / 2);
    return { l, arr, value: (k: number) => (arr[k] === l.noData ? NaN : arr[k]! * l.scale + l.offset) };
  };
  const cellIndex = (lon: number, lat: number) => {
    const row = Math.floor((manifest.north - lat) / manifest.resolutionDeg);
    const col = Math.floor((lon - manifest.west) / manifest.resolutionDeg);
    const id = row * manifest.width + col;
    let lo = 0;
    let hi = cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cells[mid] === id) return mid;
      if (cells[mid]! < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return { manifest, cells, layer, cellIndex };
}

describe('pipeline end to end', () => {
  it('is deterministic and data/ is fresh: a new build equals the committed data/ byte for byte', () => {
    // Two independent builds of the same inputs (the committed one and this one) must agree file for file; a
    // difference means either a nondeterministic step or a pipeline change without `npm run data`.
    expect(listFiles(outA).length).toBeGreaterThan(20);
    expect(diffDirs(COMMITTED, outA)).toEqual([]);
  });

  it('writes files that validate against the shared schemas', () => {
    SourcesFileSchema.parse(json('sources.json'));
    MiningSitesFileSchema.parse(json('mining_sites.json'));
    PlantsFileSchema.parse(json('plants.json'));
    PlacesFileSchema.parse(json('places.json'));
    IndicatorsFileSchema.parse(json('indicators.json'));
    for (const f of ['regions/countries.geojson', 'regions/admin1.geojson'])
      for (const feat of json(f).features) RegionPropsSchema.parse(feat.properties);
    const { manifest, cells, layer } = gridReader();
    expect(cells.length).toBe(manifest.cellCount);
    for (let i = 1; i < cells.length; i++) expect(cells[i]! > cells[i - 1]!).toBe(true);
    for (const l of manifest.layers) expect(layer(l.id).arr.length).toBe(manifest.cellCount);
    const ids = manifest.layers.map((l) => l.id);
    for (const id of LAYER_IDS)
      expect(ids).toContain(id);
    const srcIds = new Set(json('sources.json').sources.map((s: { id: string }) => s.id));
    for (const l of manifest.layers)
      for (const s of l.sourceIds) expect(srcIds.has(s), `${l.id} -> ${s}`).toBe(true);
  });

  it("Texas' 2024 final industrial price from tariffs.csv is the US-TX feature's tariff and its cells' power_price", () => {
    const row = csv('tariffs/tariffs.csv').find(
      (r) => r.region_code === 'US-TX' && r.sector === 'industrial' && r.period === '2024',
    )!;
    const tx = json('regions/admin1.geojson').features.find(
      (f: { properties: { code: string } }) => f.properties.code === 'US-TX',
    );
    expect(tx.properties.tariff.usdPerKwh).toBe(Number(row.price_usd_per_kwh));
    expect(tx.properties.tariff.basis).toBe('subnational');
    expect(tx.properties.tariff.sourceId).toBe(row.source_id);
    const g = gridReader();
    const k = g.cellIndex(-97.74, 30.27); // Austin, TX
    expect(k).toBeGreaterThanOrEqual(0);
    expect(g.layer('power_price').value(k)).toBeCloseTo(Number(row.price_usd_per_kwh), 4);
    const basis = g.layer('power_price_basis');
    expect(basis.l.categories![String(basis.arr[k])]).toBe('subnational');
    expect(g.manifest.regions![g.layer('region').arr[k]!]).toBe('US-TX');
  });

  it('mining sites keep their MW, URLs and a normalised status', () => {
    const raw = csv('mining/mining_sites.csv');
    const sites = json('mining_sites.json').sites as {
      id: string;
      powerMw: number | null;
      sourceUrls: string[];
      status: string;
      statusRaw: string;
    }[];
    expect(sites.length).toBe(raw.length);
    const byId = new Map(sites.map((s) => [s.id, s]));
    for (const r of raw) {
      const s = byId.get(r.id)!;
      expect(s.powerMw).toBe(r.power_mw === '' ? null : Number(r.power_mw));
      expect(s.sourceUrls.join(' ')).toBe(r.source_urls.trim().split(/\s+/).join(' '));
      expect(s.statusRaw).toBe(r.status);
    }
    expect(sites.some((s) => s.statusRaw === 'mixed' && s.status === 'ai_hpc')).toBe(true);
  });

  it("the largest operating EIA-860M plant keeps its capacity and its cell has at least that much within 50 km", () => {
    const raw = csv('grid/plants/us_plants_eia860m_2025-12.csv').filter((r) => r.status === 'operating');
    const big = raw.reduce((a, b) => (Number(b.capacity_mw) > Number(a.capacity_mw) ? b : a));
    const pp = PlantsFileSchema.parse(json('plants.json'));
    const i = pp.name.findIndex((n, j) => n === big.plant_name && pp.sources[pp.source[j]!] === EIA_SOURCE.id);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(pp.capacityMw[i]).toBe(Number(big.capacity_mw));
    expect(pp.statusClasses[pp.statusClass[i]!]).toBe('operating');
    const g = gridReader();
    const k = g.cellIndex(Number(big.lon), Number(big.lat));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(g.layer('grid_capacity_mw').value(k)).toBeGreaterThanOrEqual(Number(big.capacity_mw) - 0.5);
  });

  it('the cell of an energised site-precise mining site is close to it and carries its MW and status', () => {
    const published = new Map(
      (json('mining_sites.json').sites as { id: string; lat: number; lon: number; status: string }[]).map(
        (s) => [s.id, s],
      ),
    );
    const energised = [...published.values()].filter((s) => isEnergisedStatus(s.status));
    // a site with no other energised site within 100 km, so it is the nearest one to its own cell centre
    const alone = (r: Record<string, string>) =>
      energised.every(
        (o) => o.id === r.id || distanceKm([Number(r.lon), Number(r.lat)], [o.lon, o.lat]) > 100,
      );
    const raw = csv('mining/mining_sites.csv').find(
      (r) =>
        r.coord_precision === 'site' &&
        r.power_mw !== '' &&
        isEnergisedStatus(published.get(r.id)?.status ?? '') &&
        alone(r),
    );
    expect(raw).toBeDefined();
    const g = gridReader();
    const k = g.cellIndex(Number(raw!.lon), Number(raw!.lat));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(g.layer('energized_site_km').value(k)).toBeLessThan(20);
    expect(Math.abs(g.layer('energized_site_mw').value(k) - Number(raw!.power_mw))).toBeLessThanOrEqual(0.05);
    const st = g.layer('energized_site_status');
    expect(st.l.categories![String(st.arr[k])]).toBe(published.get(raw!.id)!.status);
  });

  it('country layers join OWID/Aqueduct/WorldRiskIndex values by ISO3', () => {
    const g = gridReader();
    const k = g.cellIndex(2.35, 48.85); // Paris
    expect(g.manifest.countries[g.layer('country').arr[k]!]).toBe('FRA');
    const wri = csv('env/hazard_worldriskindex_2024.csv').find((r) => r.iso3 === 'FRA')!;
    expect(g.layer('hazard').value(k)).toBeCloseTo(Number(wri.W_risk), 2);
    const aq = csv('env/water_aqueduct40_country_bws.csv').find((r) => r.iso3 === 'FRA')!;
    expect(Math.abs(g.layer('water_stress').value(k) - Number(aq.bws_score))).toBeLessThanOrEqual(
      0.01 + 1e-9,
    );
    const t = g.layer('temperature_mean').value(k);
    expect(t).toBeGreaterThan(5);
    expect(t).toBeLessThan(16);
  });
});
