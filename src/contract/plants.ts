/**
 * data/plants.json: one current plant layer from Global Energy Monitor (GEM), EIA-860M and WRI GPPD (issue 11),
 * columnar (parallel arrays; small string tables for fuel, status, accuracy, source and vintage). Pure zod.
 */
import { z } from 'zod';
import { LAT, LON, nullableNumberColumn, numberColumn, stringColumn } from './columns.ts';

/** One fuel vocabulary across all sources (scripts/grid-truth/rules.ts maps each source's fuel strings onto it). */
export const PLANT_FUELS = [
  'coal',
  'gas',
  'oil',
  'nuclear',
  'hydro',
  'wind',
  'solar',
  'geothermal',
  'bioenergy',
  'storage',
  'other',
] as const;
export const PlantFuelSchema = z.enum(PLANT_FUELS);
export type PlantFuel = z.infer<typeof PlantFuelSchema>;

/**
 * Status classes: planned = pre-construction, pre-permit, permitted, announced;
 * inactive = shelved, mothballed, cancelled (never or no longer running, not retired).
 */
export const PLANT_STATUS_CLASSES = ['operating', 'construction', 'planned', 'retired', 'inactive'] as const;
export const PlantStatusClassSchema = z.enum(PLANT_STATUS_CLASSES);
export type PlantStatusClass = z.infer<typeof PlantStatusClassSchema>;

/** Location accuracy as the source states it; `unknown` where the source says nothing. */
export const LOCATION_ACCURACIES = ['exact', 'approximate', 'unknown'] as const;
export const LocationAccuracySchema = z.enum(LOCATION_ACCURACIES);
export type LocationAccuracy = z.infer<typeof LocationAccuracySchema>;

const year = { int: true, min: 1800, max: 2100 } as const;
const index = { int: true, min: 0 } as const;

export const PlantsFileSchema = z
  .object({
    /** String tables; the per-record columns below hold indexes into them. */
    fuels: z.array(PlantFuelSchema),
    statusClasses: z.array(PlantStatusClassSchema),
    statusesRaw: z.array(z.string()),
    accuracies: z.array(LocationAccuracySchema),
    /** data/sources.json ids. */
    sources: z.array(z.string().min(1)),
    /** Vintage of the record's data, e.g. "2024-07" (GEM coal release), "2025-12" (EIA-860M), "capacity 2019" (GPPD). */
    vintages: z.array(z.string().min(1)),
    name: stringColumn(),
    lon: numberColumn(LON),
    lat: numberColumn(LAT),
    capacityMw: numberColumn({ positive: true }),
    fuel: numberColumn(index),
    statusClass: numberColumn(index),
    statusRaw: numberColumn(index),
    /** Earliest and latest start year of the units in the record (equal for one unit); null where unknown. */
    startYear: nullableNumberColumn(year),
    startYearLast: nullableNumberColumn(year),
    unitCount: numberColumn({ int: true, positive: true }),
    accuracy: numberColumn(index),
    source: numberColumn(index),
    vintage: numberColumn(index),
    /** The record's id in its source (GEM location/unit id, GPPD gppd_idnr, or "row N" where the file has none). */
    recordId: stringColumn({ min: 1 }),
    owner: stringColumn(),
    /** ISO 3166-1 alpha-3 (Natural Earth ADM0_A3 for Kosovo); "" where the source gives none. */
    country: stringColumn({ pattern: /^([A-Z]{3})?$/ }),
  })
  .superRefine((f, ctx) => {
    const n = f.name.length;
    const cols = [
      'lon',
      'lat',
      'capacityMw',
      'fuel',
      'statusClass',
      'statusRaw',
      'startYear',
      'startYearLast',
      'unitCount',
      'accuracy',
      'source',
      'vintage',
      'recordId',
      'owner',
      'country',
    ] as const;
    for (const c of cols)
      if (f[c].length !== n)
        ctx.addIssue({ code: 'custom', path: [c], message: `length ${f[c].length} != ${n}` });
    const refs = [
      ['fuel', f.fuels.length],
      ['statusClass', f.statusClasses.length],
      ['statusRaw', f.statusesRaw.length],
      ['accuracy', f.accuracies.length],
      ['source', f.sources.length],
      ['vintage', f.vintages.length],
    ] as const;
    for (const [c, size] of refs) {
      const bad = f[c].findIndex((v) => v >= size);
      if (bad >= 0) ctx.addIssue({ code: 'custom', path: [c, bad], message: `index out of range (${size})` });
    }
  });
export type PlantsFile = z.infer<typeof PlantsFileSchema>;
