/** zod-validated loaders for GEM units, the EIA-860M plant aggregation and WRI GPPD, normalised to PlantRecord. */
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from '../lib/csv.ts';
import { round } from '../lib/num.ts';
import { compareStrings, type PlantRecord, type RejectedPlantRow } from './records.ts';
import {
  EIA_FUEL,
  EIA_RELABELLED_RETOOLED,
  EIA_SOURCE,
  EIA_STATUS_CLASS,
  GEM_OIL_GAS_FIRST_FUEL,
  GEM_STATUS_CLASS,
  GEM_TRACKER_FUEL,
  GEM_TRACKER_SOURCE,
  GEM_TRACKERS,
  GPPD_FUEL,
  GPPD_SOURCE,
} from './rules.ts';

export const GEM_FILE = 'grid/plants/gem_units_2024.csv';
export const GEM_COUNTRY_FILE = 'grid/plants/gem_country_to_iso3.csv';
export const EIA_FILE = 'grid/plants/us_plants_eia860m_2025-12.csv';
export const GPPD_FILE = 'grid/power_plants_gppd_v1.3.0.csv';

const num = z.string().trim().min(1).transform(Number).pipe(z.number().finite());
const optNum = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.number().finite().nullable());
const optYear = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.number().int().min(1800).max(2100).nullable());
const keysOf = <T extends object>(o: T) => Object.keys(o) as [string, ...string[]];

export const GemUnitRowSchema = z.object({
  tracker: z.enum(GEM_TRACKERS),
  gem_unit_id: z.string(),
  gem_location_id: z.string(),
  country: z.string().min(1),
  iso3: z.string().regex(/^([A-Z]{3})?$/),
  plant_name: z.string().min(1),
  unit_name: z.string(),
  owner: z.string(),
  capacity_mw: num.pipe(z.number().positive()),
  status: z.enum(keysOf(GEM_STATUS_CLASS)),
  start_year: optYear,
  lat: optNum.pipe(z.number().min(-90).max(90).nullable()),
  lon: optNum.pipe(z.number().min(-180).max(180).nullable()),
  location_accuracy: z.enum(['exact', 'approximate', '']),
  fuel: z.string(),
});
export type GemUnitRow = z.infer<typeof GemUnitRowSchema> & { row: number };

const GemCountryRowSchema = z.object({
  gem_country: z.string().min(1),
  iso3: z.string().regex(/^([A-Z]{3})?$/),
});

/** GEM units in file order (row = 1-based data row); units without coordinates are rejected. */
export function loadGemUnits(rawDir: string, rejected: RejectedPlantRow[]): GemUnitRow[] {
  const iso = new Map(
    parseCsv(join(rawDir, GEM_COUNTRY_FILE), GemCountryRowSchema.passthrough(), {
      label: GEM_COUNTRY_FILE,
    }).map((r) => [r.gem_country, r.iso3]),
  );
  const rows = parseCsv(join(rawDir, GEM_FILE), GemUnitRowSchema.passthrough(), { label: GEM_FILE });
  const out: GemUnitRow[] = [];
  rows.forEach((r, i) => {
    if (iso.get(r.country) !== r.iso3)
      throw new Error(
        `${GEM_FILE} row ${i + 1}: iso3 ${r.iso3} differs from ${GEM_COUNTRY_FILE} for ${r.country}`,
      );
    if (r.lat === null || r.lon === null) {
      rejected.push({ file: GEM_FILE, row: i + 1, reason: `no coordinates (${r.plant_name})` });
      return;
    }
    out.push({ ...r, row: i + 1 });
  });
  return out;
}

export function gemFuel(u: Pick<GemUnitRow, 'tracker' | 'fuel'>): PlantRecord['fuel'] {
  if (u.tracker !== 'oil_gas') return GEM_TRACKER_FUEL[u.tracker];
  const first = u.fuel.split(',')[0]!.split(':')[0]!.trim();
  const f = GEM_OIL_GAS_FIRST_FUEL[first];
  if (!f) throw new Error(`${GEM_FILE}: unknown oil/gas fuel "${u.fuel}"`);
  return f;
}

/**
 * GEM units → one record per plant location and raw status. Location = gem_location_id where GEM gives one
 * (coal, hydro, geothermal), else plant name + coordinates (oil/gas, nuclear, bioenergy). Units are keyed by row,
 * never by gem_unit_id (6 hydro ids are used twice for two different units: both kept).
 */
export function aggregateGemUnits(units: GemUnitRow[]): PlantRecord[] {
  const groups = new Map<string, GemUnitRow[]>();
  for (const u of units) {
    const loc = u.gem_location_id || `${u.plant_name}|${u.lat}|${u.lon}`;
    const key = `${u.tracker}|${loc}|${u.status}`;
    const g = groups.get(key);
    if (g) g.push(u);
    else groups.set(key, [u]);
  }
  return [...groups.values()].map((g) => {
    const u = g[0]!;
    const src = GEM_TRACKER_SOURCE[u.tracker];
    const years = g.map((x) => x.start_year).filter((y): y is number => y !== null);
    const fuels = new Set(g.map(gemFuel));
    return {
      name: u.plant_name,
      lon: round(u.lon!, 4),
      lat: round(u.lat!, 4),
      capacityMw: round(
        g.reduce((s, x) => s + x.capacity_mw, 0),
        3,
      ),
      // units of one oil/gas plant can list different first fuels: gas wins over oil (the plant is then gas-fired)
      fuel: fuels.has('gas') ? 'gas' : gemFuel(u),
      statusClass: GEM_STATUS_CLASS[u.status]!,
      statusRaw: u.status,
      startYear: years.length ? Math.min(...years) : null,
      startYearLast: years.length ? Math.max(...years) : null,
      unitCount: g.length,
      accuracy: g.some((x) => x.location_accuracy === 'approximate')
        ? 'approximate'
        : u.location_accuracy === 'exact'
          ? 'exact'
          : 'unknown',
      sourceId: src.id,
      vintage: src.vintage,
      recordId: u.gem_location_id || u.gem_unit_id || `row ${u.row}`,
      owner: u.owner,
      country: u.iso3,
    };
  });
}

export const EiaRowSchema = z.object({
  plant_name: z.string().min(1),
  state: z.string().regex(/^[A-Z]{2}$/),
  lat: num.pipe(z.number().min(-90).max(90)),
  lon: num.pipe(z.number().min(-180).max(180)),
  capacity_mw: num.pipe(z.number().min(50)),
  fuel_type: z.enum(keysOf(EIA_FUEL)),
  status: z.enum(keysOf(EIA_STATUS_CLASS)),
  owner_name: z.string(),
  utility_id: z.string(),
});

/** EIA-860M plants (US, >= 50 MW). The file has no EIA plant id: recordId is "row N" (1-based data row). */
export function loadEiaPlants(rawDir: string): PlantRecord[] {
  const rows = parseCsv(join(rawDir, EIA_FILE), EiaRowSchema.passthrough(), { label: EIA_FILE });
  // the Operating-sheet block ends with the last operating/retiring row (Retired-sheet rows follow it)
  const lastLive = rows.findLastIndex((r) => r.status === 'operating' || r.status === 'retiring');
  const relabelled = new Set(EIA_RELABELLED_RETOOLED);
  const found: string[] = [];
  const out = rows.map((r, i): PlantRecord => {
    const key = `${r.plant_name}|${r.state}`;
    const handRelabelled = r.status === 'retooled' && i < lastLive;
    if (handRelabelled) found.push(key);
    return {
      name: r.plant_name,
      lon: round(r.lon, 4),
      lat: round(r.lat, 4),
      capacityMw: r.capacity_mw,
      fuel: EIA_FUEL[r.fuel_type]!,
      statusClass: handRelabelled ? 'operating' : EIA_STATUS_CLASS[r.status]!,
      statusRaw: r.status,
      startYear: null,
      startYearLast: null,
      unitCount: 1,
      accuracy: 'unknown',
      sourceId: EIA_SOURCE.id,
      vintage: EIA_SOURCE.vintage,
      recordId: `row ${i + 1}`,
      owner: r.owner_name,
      country: 'USA',
    };
  });
  if (found.length !== relabelled.size || found.some((k) => !relabelled.has(k)))
    throw new Error(
      `${EIA_FILE}: retooled rows in the Operating-sheet block (${found.join(', ')}) differ from the list`,
    );
  return out;
}

/** GPPD commissioning_year is a capacity-weighted mean of the units' years (a decimal). */
const optMeanYear = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.number().min(1800).max(2100).nullable());

export const GppdRowSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/),
  name: z.string(),
  gppd_idnr: z.string().min(1),
  capacity_mw: z.string().trim().min(1).transform(Number).pipe(z.number().positive().finite()),
  latitude: z.string().trim().min(1).transform(Number).pipe(z.number().min(-90).max(90)),
  longitude: z.string().trim().min(1).transform(Number).pipe(z.number().min(-180).max(180)),
  primary_fuel: z.string().min(1),
  commissioning_year: optMeanYear,
  owner: z.string(),
  year_of_capacity_data: optYear,
});

/** GPPD plants sorted by gppd_idnr; commissioning_year (a capacity-weighted mean) rounded to a whole year. */
export function loadGppdPlants(rawDir: string): PlantRecord[] {
  const rows = parseCsv(join(rawDir, GPPD_FILE), GppdRowSchema.passthrough(), { label: GPPD_FILE });
  const out = rows.map((r): PlantRecord => {
    const fuel = GPPD_FUEL[r.primary_fuel];
    if (!fuel) throw new Error(`${GPPD_FILE}: unknown primary_fuel ${r.primary_fuel} (${r.gppd_idnr})`);
    const y = r.commissioning_year === null ? null : Math.round(r.commissioning_year);
    return {
      name: r.name,
      lon: round(r.longitude, 4),
      lat: round(r.latitude, 4),
      capacityMw: r.capacity_mw,
      fuel,
      statusClass: 'operating',
      statusRaw: '',
      startYear: y,
      startYearLast: y,
      unitCount: 1,
      accuracy: 'unknown',
      sourceId: GPPD_SOURCE.id,
      vintage:
        r.year_of_capacity_data === null ? GPPD_SOURCE.releaseVintage : `capacity ${r.year_of_capacity_data}`,
      recordId: r.gppd_idnr,
      owner: r.owner,
      country: r.country,
    };
  });
  return out.sort((a, b) => compareStrings(a.recordId, b.recordId));
}
