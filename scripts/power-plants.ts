/** data/power_plants.json: WRI GPPD v1.3.0, columnar. */
import { join } from 'node:path';
import { z } from 'zod';
import { PowerPlantsFileSchema, type PowerPlantsFile } from '../src/data/schemas.ts';
import { parseCsv } from './lib/csv.ts';
import { round } from './lib/num.ts';
import { SRC } from './source-ids.ts';

const optYear = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.number().min(1800).max(2100).nullable());

export const PlantRowSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/),
  name: z.string(),
  gppd_idnr: z.string().min(1),
  capacity_mw: z.string().trim().min(1).transform(Number).pipe(z.number().positive().finite()),
  latitude: z.string().trim().min(1).transform(Number).pipe(z.number().min(-90).max(90)),
  longitude: z.string().trim().min(1).transform(Number).pipe(z.number().min(-180).max(180)),
  primary_fuel: z.string().min(1),
  commissioning_year: optYear,
  owner: z.string(),
});
export type PlantRow = z.infer<typeof PlantRowSchema>;

export interface Plant {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  capacityMw: number;
  fuel: string;
  commissioningYear: number | null;
  owner: string;
}

export function loadPlants(rawDir: string): Plant[] {
  const rows = parseCsv(join(rawDir, 'grid/power_plants_gppd_v1.3.0.csv'), PlantRowSchema.passthrough(), {
    label: 'grid/power_plants_gppd_v1.3.0.csv',
  });
  const ids = new Set<string>();
  const plants = rows.map((r, i) => {
    if (ids.has(r.gppd_idnr))
      throw new Error(`grid/power_plants_gppd_v1.3.0.csv row ${i + 1}: duplicate gppd_idnr ${r.gppd_idnr}`);
    ids.add(r.gppd_idnr);
    return {
      id: r.gppd_idnr,
      name: r.name,
      country: r.country,
      lat: round(r.latitude, 4),
      lon: round(r.longitude, 4),
      capacityMw: r.capacity_mw,
      fuel: r.primary_fuel,
      commissioningYear: r.commissioning_year === null ? null : round(r.commissioning_year, 1),
      owner: r.owner,
    };
  });
  plants.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return plants;
}

export function powerPlantsFile(plants: Plant[]): PowerPlantsFile {
  const fuels = [...new Set(plants.map((p) => p.fuel))].sort();
  const fuelIdx = new Map(fuels.map((f, i) => [f, i]));
  const file: PowerPlantsFile = {
    sourceId: SRC.gppd,
    fuels,
    id: plants.map((p) => p.id),
    name: plants.map((p) => p.name),
    country: plants.map((p) => p.country),
    lat: plants.map((p) => p.lat),
    lon: plants.map((p) => p.lon),
    capacityMw: plants.map((p) => p.capacityMw),
    fuel: plants.map((p) => fuelIdx.get(p.fuel)!),
    commissioningYear: plants.map((p) => p.commissioningYear),
    owner: plants.map((p) => p.owner),
  };
  return PowerPlantsFileSchema.parse(file);
}
