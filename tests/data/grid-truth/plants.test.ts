/**
 * The current plant layer built from the raw files in ../shared/data (GEM, EIA-860M, GPPD). Expected values are read
 * from the raw CSVs here with papaparse, never copied from the implementation.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlantsFileSchema } from '../../../src/contract/plants.ts';
import { SourceSchema } from '../../../src/data/schemas.ts';
import { distanceKm } from '../../../src/domain/geo.ts';
import {
  buildPlants,
  plantsFile,
  writePlantsFile,
  type PlantsBuild,
} from '../../../scripts/grid-truth/plants.ts';
import { capacityWithin, OPERATING_CLASSES } from '../../../scripts/grid-truth/plantLayers.ts';
import { countPlants } from '../../../scripts/grid-truth/report.ts';
import { PLANT_SOURCES } from '../../../scripts/grid-truth/sources.ts';
import {
  EIA_SOURCE,
  GEM_TRACKER_SOURCE,
  GEM_TRACKERS,
  GPPD_SOURCE,
} from '../../../scripts/grid-truth/rules.ts';

const RAW = process.env.GRIDSCOUT_RAW || resolve(__dirname, '../../../../shared/data');
const csv = (rel: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(RAW, rel), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

let build: PlantsBuild;
let gem: Record<string, string>[];
let eia: Record<string, string>[];
let gppd: Record<string, string>[];

beforeAll(() => {
  build = buildPlants(RAW);
  gem = csv('grid/plants/gem_units_2024.csv');
  eia = csv('grid/plants/us_plants_eia860m_2025-12.csv');
  gppd = csv('grid/power_plants_gppd_v1.3.0.csv');
}, 180_000);

const sum = (rows: Record<string, string>[]) => rows.reduce((s, r) => s + Number(r.capacity_mw), 0);
const records = (name: string) => build.records.filter((r) => r.name === name);

describe('GEM units survive with capacity and status', () => {
  it.each(['Kusile power station', 'Medupi power station', 'Barakah nuclear power plant'])('%s', (plant) => {
    const units = gem.filter((r) => r.plant_name === plant);
    expect(units.length).toBeGreaterThan(0);
    const statuses = [...new Set(units.map((u) => u.status))];
    for (const status of statuses) {
      const raw = units.filter((u) => u.status === status);
      const out = records(plant).filter((r) => r.statusRaw === status);
      expect(out).toHaveLength(1);
      expect(out[0]!.capacityMw).toBeCloseTo(sum(raw), 3);
      expect(out[0]!.unitCount).toBe(raw.length);
    }
  });

  it('a unit under construction is classed construction (Kusile unit 6)', () => {
    const raw = gem.filter((r) => r.plant_name === 'Kusile power station' && r.status === 'construction');
    const out = records('Kusile power station').find((r) => r.statusRaw === 'construction');
    expect(out?.statusClass).toBe('construction');
    expect(out?.capacityMw).toBeCloseTo(sum(raw), 3);
  });

  it('GEM US plants under construction stay (EIA-860M has no such status)', () => {
    const raw = gem.find((r) => r.iso3 === 'USA' && r.status === 'construction');
    expect(raw).toBeDefined();
    const out = records(raw!.plant_name).filter((r) => r.statusRaw === 'construction');
    expect(out).toHaveLength(1);
  });

  it.each(GEM_TRACKERS)(
    'no %s unit is lost: capacity per status = kept + replaced by EIA-860M',
    (tracker) => {
      const id = GEM_TRACKER_SOURCE[tracker].id;
      const located = gem.filter((r) => r.tracker === tracker && r.lat !== '' && r.lon !== '');
      for (const status of new Set(located.map((r) => r.status))) {
        const mine = [...build.records, ...build.droppedGem.map((d) => d.record)].filter(
          (r) => r.sourceId === id && r.statusRaw === status,
        );
        const mw = mine.reduce((s, r) => s + r.capacityMw, 0);
        expect(mw).toBeCloseTo(sum(located.filter((r) => r.status === status)), 1);
      }
    },
  );

  it('units without coordinates are the only rows rejected', () => {
    const noCoords = gem.filter((r) => r.lat === '' || r.lon === '');
    expect(build.rejected.map((r) => r.row)).toEqual(noCoords.map((r) => gem.indexOf(r) + 1));
  });
});

describe('de-duplication on known plants', () => {
  it.each([
    ['Kusile Power Station', 'Kusile power station'],
    ['Matimba power station', 'Matimba power station'],
  ])('%s (in GPPD and GEM) is counted once', (gppdName, gemName) => {
    const w = gppd.find((r) => r.name === gppdName && r.country === 'ZAF');
    expect(w).toBeDefined();
    expect(build.records.some((r) => r.recordId === w!.gppd_idnr)).toBe(false);
    const drop = build.droppedGppd.find((d) => d.record.recordId === w!.gppd_idnr);
    expect(drop?.by.map((b) => b.name)).toContain(gemName);
    const lon = Number(w!.longitude);
    const lat = Number(w!.latitude);
    const operatingNear = build.records.filter(
      (r) =>
        r.statusClass === 'operating' && r.fuel === 'coal' && distanceKm([lon, lat], [r.lon, r.lat]) <= 3,
    );
    const gemOperating = gem.filter((r) => r.plant_name === gemName && r.status === 'operating');
    expect(operatingNear.map((r) => r.name)).toEqual([gemName]);
    expect(operatingNear[0]!.capacityMw).toBeCloseTo(sum(gemOperating), 3);
  });

  it('EIA-860M wins over GEM in the US (Vogtle, units 3-4 included)', () => {
    const gemVogtle = gem.filter((r) => r.plant_name === 'Alvin W Vogtle nuclear power plant');
    expect(gemVogtle.length).toBeGreaterThan(0);
    expect(records('Alvin W Vogtle nuclear power plant')).toHaveLength(0);
    const rawEia = eia.filter((r) => r.plant_name === 'Vogtle' && r.state === 'GA');
    expect(rawEia).toHaveLength(1);
    const out = records('Vogtle');
    expect(out.map((r) => [r.sourceId, r.capacityMw, r.statusClass])).toEqual([
      [EIA_SOURCE.id, Number(rawEia[0]!.capacity_mw), 'operating'],
    ]);
    const gppdVogtle = gppd.find((r) => r.name === 'Vogtle');
    expect(build.records.some((r) => r.recordId === gppdVogtle!.gppd_idnr)).toBe(false);
  });

  it('a hand-relabelled retooled EIA row (PROVENANCE caveat ii: Monroe, MI) counts as operating', () => {
    const raw = eia.filter((r) => r.plant_name === 'Monroe (MI)');
    expect(raw.map((r) => r.status)).toEqual(['retooled']);
    const out = records('Monroe (MI)');
    expect(out.map((r) => [r.statusClass, r.capacityMw])).toEqual([
      ['operating', Number(raw[0]!.capacity_mw)],
    ]);
  });

  it('GPPD is kept where the newer sources have nothing (largest solar plant outside the US)', () => {
    const solar = gppd.filter((r) => r.primary_fuel === 'Solar' && r.country !== 'USA');
    const big = solar.reduce((a, b) => (Number(b.capacity_mw) > Number(a.capacity_mw) ? b : a));
    const out = build.records.filter((r) => r.recordId === big.gppd_idnr);
    expect(out.map((r) => [r.sourceId, r.capacityMw, r.fuel])).toEqual([
      [GPPD_SOURCE.id, Number(big.capacity_mw), 'solar'],
    ]);
  });

  it('every GPPD plant is either kept or dropped with the newer records that cover it', () => {
    const kept = build.records.filter((r) => r.sourceId === GPPD_SOURCE.id).length;
    expect(kept + build.droppedGppd.length).toBe(gppd.length);
    expect(build.droppedGppd.every((d) => d.by.length > 0)).toBe(true);
    const c = countPlants(build);
    expect(c.dedup.gppdKept).toBe(kept);
  });
});

describe('plant layers', () => {
  it('operating capacity within 50 km equals a brute-force sum over operating records', () => {
    const places: [number, number][] = [
      [-77.49, 39.04],
      [28.9249, -25.9201],
      [6.83, 53.44],
    ];
    const got = capacityWithin(
      build.records,
      OPERATING_CLASSES,
      Float64Array.from(places, (p) => p[0]),
      Float64Array.from(places, (p) => p[1]),
    );
    places.forEach(([lon, lat], k) => {
      const brute = build.records
        .filter((r) => r.statusClass === 'operating' && distanceKm([lon, lat], [r.lon, r.lat]) <= 50)
        .reduce((s, r) => s + r.capacityMw, 0);
      expect(got[k]).toBeCloseTo(brute, 6);
    });
    expect(got[1]).toBeGreaterThan(0);
  });
});

describe('output', () => {
  let dir = '';
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is deterministic: two builds write byte-identical files', () => {
    dir = mkdtempSync(join(tmpdir(), 'gridscout-plants-'));
    writePlantsFile(join(dir, 'a.json'), build.records);
    writePlantsFile(join(dir, 'b.json'), buildPlants(RAW).records);
    expect(readFileSync(join(dir, 'a.json')).equals(readFileSync(join(dir, 'b.json')))).toBe(true);
  }, 180_000);

  it('follows the contract and every record names a documented source', () => {
    const f = plantsFile(build.records);
    expect(PlantsFileSchema.safeParse({ ...f, lat: f.lat.slice(1) }).success).toBe(false);
    const ids = new Set([...PLANT_SOURCES.map((s) => SourceSchema.parse(s).id), GPPD_SOURCE.id]);
    expect(f.sources.filter((s) => !ids.has(s))).toEqual([]);
    const eiaSource = PLANT_SOURCES.find((s) => s.id === EIA_SOURCE.id);
    expect(eiaSource?.license).toContain('no license file and no stated license');
  });
});
