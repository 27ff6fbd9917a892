/**
 * One current plant layer (issue 11): GEM units + EIA-860M (US, Dec 2025) + WRI GPPD where the newer sources have
 * nothing, de-duplicated by rules.ts DEDUP_RULE, written columnar to data/plants.json (src/contract/plants.ts).
 */
import {
  LOCATION_ACCURACIES,
  PLANT_FUELS,
  PLANT_STATUS_CLASSES,
  PlantsFileSchema,
  type PlantsFile,
} from '../../src/contract/plants.ts';
import { writeValidatedJson } from '../lib/io.ts';
import { dedupe, type DroppedRecord } from './dedupe.ts';
import { aggregateGemUnits, loadEiaPlants, loadGemUnits, loadGppdPlants } from './loaders.ts';
import { compareStrings, type PlantRecord, type RejectedPlantRow } from './records.ts';

export interface PlantsBuild {
  /** GEM (not covered by EIA-860M), then EIA-860M, then GPPD (not covered by either), each in source order. */
  records: PlantRecord[];
  /** GEM records replaced by EIA-860M (US). */
  droppedGem: DroppedRecord[];
  /** GPPD plants covered by GEM or EIA-860M. */
  droppedGppd: DroppedRecord[];
  /** Raw counts before de-duplication. */
  input: { gemUnits: number; gemRecords: number; eia: number; gppd: number };
  rejected: RejectedPlantRow[];
}

export function buildPlants(rawDir: string): PlantsBuild {
  const rejected: RejectedPlantRow[] = [];
  const units = loadGemUnits(rawDir, rejected);
  const gem = aggregateGemUnits(units);
  const eia = loadEiaPlants(rawDir);
  const gppd = loadGppdPlants(rawDir);
  // EIA-860M (Dec 2025) is newer than GEM (2024-25) for the US plants it lists
  const g = dedupe(gem, eia);
  const newer = [...g.kept, ...eia];
  const w = dedupe(gppd, newer);
  return {
    records: [...newer, ...w.kept],
    droppedGem: g.dropped,
    droppedGppd: w.dropped,
    input: { gemUnits: units.length, gemRecords: gem.length, eia: eia.length, gppd: gppd.length },
    rejected,
  };
}

function table(values: Iterable<string>): [string[], Map<string, number>] {
  const t = [...new Set(values)].sort(compareStrings);
  return [t, new Map(t.map((v, i) => [v, i]))];
}

export function plantsFile(records: PlantRecord[]): PlantsFile {
  const fuelIdx = new Map<string, number>(PLANT_FUELS.map((f, i) => [f, i]));
  const classIdx = new Map<string, number>(PLANT_STATUS_CLASSES.map((f, i) => [f, i]));
  const accIdx = new Map<string, number>(LOCATION_ACCURACIES.map((f, i) => [f, i]));
  const [statusesRaw, rawIdx] = table(records.map((r) => r.statusRaw));
  const [sources, srcIdx] = table(records.map((r) => r.sourceId));
  const [vintages, vinIdx] = table(records.map((r) => r.vintage));
  const col = <T>(f: (r: PlantRecord) => T) => records.map(f);
  return PlantsFileSchema.parse({
    fuels: [...PLANT_FUELS],
    statusClasses: [...PLANT_STATUS_CLASSES],
    statusesRaw,
    accuracies: [...LOCATION_ACCURACIES],
    sources,
    vintages,
    name: col((r) => r.name),
    lon: col((r) => r.lon),
    lat: col((r) => r.lat),
    capacityMw: col((r) => r.capacityMw),
    fuel: col((r) => fuelIdx.get(r.fuel)!),
    statusClass: col((r) => classIdx.get(r.statusClass)!),
    statusRaw: col((r) => rawIdx.get(r.statusRaw)!),
    startYear: col((r) => r.startYear),
    startYearLast: col((r) => r.startYearLast),
    unitCount: col((r) => r.unitCount),
    accuracy: col((r) => accIdx.get(r.accuracy)!),
    source: col((r) => srcIdx.get(r.sourceId)!),
    vintage: col((r) => vinIdx.get(r.vintage)!),
    recordId: col((r) => r.recordId),
    owner: col((r) => r.owner),
    country: col((r) => r.country),
  });
}

/** Write data/plants.json (validated against the contract). */
export function writePlantsFile(path: string, records: PlantRecord[]): PlantsFile {
  return writeValidatedJson(path, PlantsFileSchema, plantsFile(records));
}
