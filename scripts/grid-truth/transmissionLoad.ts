/** zod loaders for grid/transmission/substations.csv and lines.csv (columns: grid/transmission/PROVENANCE.md). */
import { join } from 'node:path';
import { z } from 'zod';
import {
  LocationQualitySchema,
  TransmissionSourceSchema,
  type LocationQuality,
  type TransmissionSource,
} from '../../src/contract/transmission.ts';
import { parseCsv, optionalNumberCell } from '../lib/csv.ts';

export const SUBSTATIONS_FILE = 'grid/transmission/substations.csv';
export const LINES_FILE = 'grid/transmission/lines.csv';

/**
 * A `;`-separated voltage list. `unit` says what the numbers are: OSM tags are volts ("220000;110000"),
 * the CSVs hold kV ("380;220"). Returns distinct kV, highest first; non-positive tokens are dropped (as the
 * raw builder did). Throws on a token that is not a number, so a malformed cell stops the run.
 */
export function parseVoltages(s: string, unit: 'V' | 'kV'): number[] {
  const out = new Set<number>();
  for (const tok of s.split(';')) {
    const t = tok.trim();
    if (t === '') continue;
    if (!/^\d+(\.\d+)?$/.test(t)) throw new Error(`voltage token "${t}" is not a number`);
    const v = Number(t);
    if (v <= 0) continue;
    // volts → kV: divide, then round to 3 decimals to remove float noise (13800 V → 13.8 kV)
    out.add(unit === 'V' ? Math.round(v) / 1000 : v);
  }
  return [...out].sort((a, b) => b - a);
}

/** WKT `LINESTRING(lon lat,lon lat,…)` → coordinate pairs (validated lon/lat ranges, at least 2 points). */
export function parseLinestring(wkt: string): [number, number][] {
  const m = /^LINESTRING\s*\((.*)\)$/.exec(wkt.trim());
  if (!m) throw new Error(`not a WKT LINESTRING: ${wkt.slice(0, 40)}`);
  const pts = m[1]!.split(',').map((p) => {
    const xy = p.trim().split(/\s+/).map(Number);
    const [x, y] = xy;
    if (
      xy.length !== 2 ||
      !Number.isFinite(x) ||
      !Number.isFinite(y) ||
      Math.abs(x!) > 180 ||
      Math.abs(y!) > 90
    )
      throw new Error(`bad WKT point "${p}"`);
    return [x!, y!] as [number, number];
  });
  if (pts.length < 2) throw new Error('LINESTRING with fewer than 2 points');
  return pts;
}

/** zod refinement that turns a parse throw into a validation issue (row and reason in the error). */
function transformOrIssue<T>(fn: (s: string) => T) {
  return (s: string, ctx: z.RefinementCtx): T => {
    try {
      return fn(s);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  };
}

const optNum = optionalNumberCell;

const SubstationRow = z
  .object({
    source: TransmissionSourceSchema,
    source_id: z.string().min(1),
    name: z.string(),
    operator: z.string(),
    country_iso3: z.string().regex(/^[A-Z]{3}$/),
    lat: z.coerce.number().min(-90).max(90),
    lon: z.coerce.number().min(-180).max(180),
    voltages_kv: z.string().transform(transformOrIssue((s) => parseVoltages(s, 'kV'))),
    max_voltage_kv: optNum,
    status: z.enum(['operational', 'under_construction', 'non-operational', '']),
    vintage: z.string().min(1),
    location_quality: LocationQualitySchema,
  })
  .superRefine((r, ctx) => {
    const top = r.voltages_kv[0] ?? null;
    if (top !== r.max_voltage_kv)
      ctx.addIssue({
        code: 'custom',
        message: `max_voltage_kv ${r.max_voltage_kv} != highest of voltages_kv`,
      });
  });

export interface Substation {
  source: TransmissionSource;
  sourceId: string;
  name: string;
  operator: string;
  iso3: string;
  lon: number;
  lat: number;
  /** Distinct voltages in kV, highest first; empty when the source lists none. */
  voltages: number[];
  maxKv: number | null;
  /** OSM only: highest kV of the lines ending here, when the source lists no voltage (transmissionLineKv.ts). */
  lineKv: number | null;
  status: 'operational' | 'under_construction' | 'non-operational' | '';
  vintage: string;
  locationQuality: LocationQuality;
}

export function loadSubstations(rawDir: string): Substation[] {
  return parseCsv(join(rawDir, SUBSTATIONS_FILE), SubstationRow, { label: SUBSTATIONS_FILE }).map((r) => ({
    source: r.source,
    sourceId: r.source_id,
    name: r.name,
    operator: r.operator,
    iso3: r.country_iso3,
    lon: r.lon,
    lat: r.lat,
    voltages: r.voltages_kv,
    maxKv: r.max_voltage_kv,
    lineKv: null,
    status: r.status,
    vintage: r.vintage,
    locationQuality: r.location_quality,
  }));
}

const LineRow = z.object({
  source: TransmissionSourceSchema,
  source_id: z.string().min(1),
  voltage_kv: optNum.refine((v) => v === null || v > 0, 'voltage must be positive'),
  circuits: optNum.refine((v) => v === null || (Number.isInteger(v) && v > 0), 'circuits: positive integer'),
  length_km: z.coerce.number().nonnegative(),
  under_construction: z.enum(['true', 'false', '']).transform((s) => (s === '' ? null : s === 'true')),
  wkt: z.string().transform(transformOrIssue(parseLinestring)),
});

export interface Line {
  source: TransmissionSource;
  sourceId: string;
  kv: number | null;
  circuits: number | null;
  lengthKm: number;
  underConstruction: boolean | null;
  coords: [number, number][];
}

export function loadLines(rawDir: string): Line[] {
  return parseCsv(join(rawDir, LINES_FILE), LineRow, { label: LINES_FILE }).map((r) => ({
    source: r.source,
    sourceId: r.source_id,
    kv: r.voltage_kv,
    circuits: r.circuits,
    lengthKm: r.length_km,
    underConstruction: r.under_construction,
    coords: r.wkt,
  }));
}
