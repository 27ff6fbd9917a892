/**
 * Transmission outputs: data/transmission/substations.json (columnar, on demand), lines.geojson (only when the
 * layer is on) and coverage.json. Deterministic: file order, fixed rounding, no clock. Rules: scripts/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CoverageFileSchema,
  LinesFileSchema,
  SubstationsFileSchema,
  TRANSMISSION_SOURCES,
  voltageClass,
  type CoverageFile,
  type LinesFile,
  type SubstationsFile,
} from '../../src/contract/transmission.ts';
import { gzipSize, writeValidatedJson } from '../lib/io.ts';
import { round } from '../lib/num.ts';
import { buildCoverage } from './transmissionCoverage.ts';
import { loadLines, loadSubstations, type Line, type Substation } from './transmissionLoad.ts';
import { withLineKv } from './transmissionLineKv.ts';
import { TRANSMISSION_SOURCE_IDS } from './transmissionSources.ts';

/** Substation coordinates: 4 decimals (~11 m), finer than any source's accuracy. */
export const SUBSTATION_DECIMALS = 4;
/** Map line coordinates: 3 decimals (~110 m at the equator), well below a line's drawn width at regional zoom. */
export const LINE_DECIMALS = 3;

export { loadLines, loadSubstations, parseLinestring, parseVoltages } from './transmissionLoad.ts';

export function substationsFile(subs: Substation[]): SubstationsFile {
  const sources = [...TRANSMISSION_SOURCES];
  return SubstationsFileSchema.parse({
    count: subs.length,
    sources,
    sourceIds: sources.map((s) => TRANSMISSION_SOURCE_IDS[s]),
    source: subs.map((s) => sources.indexOf(s.source)),
    sourceId: subs.map((s) => s.sourceId),
    name: subs.map((s) => s.name),
    operator: subs.map((s) => s.operator),
    iso3: subs.map((s) => s.iso3),
    lon: subs.map((s) => round(s.lon, SUBSTATION_DECIMALS)),
    lat: subs.map((s) => round(s.lat, SUBSTATION_DECIMALS)),
    maxKv: subs.map((s) => s.maxKv),
    lineKv: subs.map((s) => s.lineKv),
    voltages: subs.map((s) => s.voltages),
    status: subs.map((s) => s.status),
    vintage: subs.map((s) => s.vintage),
    locationQuality: subs.map((s) => s.locationQuality),
  });
}

/** Rounds a line's points and drops consecutive repeats; a line that collapses keeps its two (equal) end points. */
export function roundedCoords(coords: [number, number][], decimals = LINE_DECIMALS): [number, number][] {
  const out: [number, number][] = [];
  for (const [x, y] of coords) {
    const p: [number, number] = [round(x, decimals), round(y, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length === 1) out.push([out[0]![0], out[0]![1]]);
  return out;
}

export function linesFile(lines: Line[]): LinesFile {
  return LinesFileSchema.parse({
    type: 'FeatureCollection',
    features: lines.map((l) => ({
      type: 'Feature',
      properties: {
        source: l.source,
        sourceId: l.sourceId,
        kv: l.kv,
        class: voltageClass(l.kv),
        circuits: l.circuits,
        underConstruction: l.underConstruction,
      },
      geometry: { type: 'LineString', coordinates: roundedCoords(l.coords) },
    })),
  });
}

export interface TransmissionData {
  substations: Substation[];
  lines: Line[];
  coverage: CoverageFile;
}

export function loadTransmission(rawDir: string): TransmissionData {
  const lines = loadLines(rawDir);
  const substations = withLineKv(loadSubstations(rawDir), lines);
  return { substations, lines, coverage: buildCoverage(substations) };
}

export interface WrittenFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Writes data/transmission/{substations.json, lines.geojson, coverage.json}; returns raw and gzip sizes. */
export function writeTransmission(data: TransmissionData, outDir: string): WrittenFile[] {
  const dir = join(outDir, 'transmission');
  const files: [
    string,
    unknown,
    typeof SubstationsFileSchema | typeof LinesFileSchema | typeof CoverageFileSchema,
  ][] = [
    ['substations.json', substationsFile(data.substations), SubstationsFileSchema],
    ['lines.geojson', linesFile(data.lines), LinesFileSchema],
    ['coverage.json', data.coverage, CoverageFileSchema],
  ];
  return files.map(([name, value, schema]) => {
    const path = join(dir, name);
    writeValidatedJson(path, schema, value);
    const buf = readFileSync(path);
    return { file: `transmission/${name}`, bytes: buf.length, gzipBytes: gzipSize(buf) };
  });
}
