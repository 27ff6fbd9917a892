/**
 * Contract of the transmission outputs (substations, lines, coverage) between the pipeline and the app.
 * Pure zod: no DOM, no Node APIs. Rules behind the values: scripts/README.md.
 */
import { z } from 'zod';
import {
  checkedArray,
  enumColumn,
  isLonLat,
  isRecord,
  LAT,
  LON,
  numberFits,
  nullableNumberColumn,
  numberColumn,
  numberListColumn,
  numberSchema,
  lonLatPositions,
  stringColumn,
} from './columns.ts';
import { SourceSchema } from './sources.ts';
import { TRANSMISSION_SOURCES } from './transmissionCodes.ts';

export { COVERAGE, TRANSMISSION_SOURCES, type CoverageCode } from './transmissionCodes.ts';

export const TransmissionSourceSchema = z.enum(TRANSMISSION_SOURCES);
export type TransmissionSource = z.infer<typeof TransmissionSourceSchema>;

export const LocationQualitySchema = z.enum(['schematic', 'surveyed', 'osm']);
export type LocationQuality = z.infer<typeof LocationQualitySchema>;

/**
 * Voltage classes of the Open Infrastructure Map line style (openinframap.org, `voltage_scale`): a class holds
 * voltages from its `minKv` up to the next class's. `unknown` has no voltage.
 */
export const VOLTAGE_CLASSES = [
  { id: 'unknown', minKv: null, color: '#7A7A85' },
  { id: 'lt10', minKv: 0, color: '#7A7A85' },
  { id: 'kv10', minKv: 10, color: '#6E97B8' },
  { id: 'kv25', minKv: 25, color: '#55B555' },
  { id: 'kv52', minKv: 52, color: '#B59F10' },
  { id: 'kv132', minKv: 132, color: '#B55D00' },
  { id: 'kv220', minKv: 220, color: '#C73030' },
  { id: 'kv310', minKv: 310, color: '#B54EB2' },
  { id: 'kv550', minKv: 550, color: '#00C1CF' },
] as const;
export type VoltageClassId = (typeof VOLTAGE_CLASSES)[number]['id'];
export const VoltageClassSchema = z.enum(
  VOLTAGE_CLASSES.map((c) => c.id) as [VoltageClassId, ...VoltageClassId[]],
);

/** The class of a voltage in kV (null → unknown). */
export function voltageClass(kv: number | null): VoltageClassId {
  if (kv === null) return 'unknown';
  let id: VoltageClassId = 'lt10';
  for (const c of VOLTAGE_CLASSES) if (c.minKv !== null && kv >= c.minKv) id = c.id;
  return id;
}

const KV = { positive: true } as const;
const CIRCUITS = { int: true, positive: true } as const;
// The per-value schemas from the same rules as the one-loop checks (lineFeatureFits, the columns).
const lon = numberSchema(LON);
const lat = numberSchema(LAT);
const kv = numberSchema(KV);

/**
 * data/transmission/substations.json: columnar, one array per field, all of length `count`.
 * `source` indexes `sources`; `maxKv` is null when the source lists no voltage; `voltages` is highest first.
 */
export const SubstationsFileSchema = z
  .object({
    count: z.number().int().nonnegative(),
    sources: z.array(TransmissionSourceSchema),
    /** data/sources.json id of each entry of `sources`. */
    sourceIds: z.array(z.string().min(1)),
    source: numberColumn({ int: true, min: 0 }),
    sourceId: stringColumn({ min: 1 }),
    name: stringColumn(),
    operator: stringColumn(),
    iso3: stringColumn(),
    lon: numberColumn(LON),
    lat: numberColumn(LAT),
    maxKv: nullableNumberColumn(KV),
    /** OSM rows without a listed voltage: highest kV of the OSM lines ending at the station, else null. */
    lineKv: nullableNumberColumn(KV),
    voltages: numberListColumn(KV),
    status: enumColumn(['operational', 'under_construction', 'non-operational', '']),
    vintage: stringColumn({ min: 1 }),
    locationQuality: enumColumn(LocationQualitySchema.options),
  })
  .superRefine((f, ctx) => {
    const cols = [
      'source',
      'sourceId',
      'name',
      'operator',
      'iso3',
      'lon',
      'lat',
      'maxKv',
      'lineKv',
      'voltages',
      'status',
      'vintage',
      'locationQuality',
    ] as const;
    for (const c of cols)
      if (f[c].length !== f.count) ctx.addIssue({ code: 'custom', message: `${c} length != count` });
    if (f.sourceIds.length !== f.sources.length)
      ctx.addIssue({ code: 'custom', message: 'sourceIds length != sources length' });
  });
export type SubstationsFile = z.infer<typeof SubstationsFileSchema>;

/** data/transmission/lines.geojson: loaded only when the transmission layer is on. */
export const LinePropsSchema = z.object({
  source: TransmissionSourceSchema,
  sourceId: z.string().min(1),
  /** Highest voltage of the line, kV; null when the source has none. */
  kv: kv.nullable(),
  class: VoltageClassSchema,
  /** ENTSO-E only; null for OSM. */
  circuits: numberSchema(CIRCUITS).nullable(),
  /** ENTSO-E only; null for OSM (no status). */
  underConstruction: z.boolean().nullable(),
});
export type LineProps = z.infer<typeof LinePropsSchema>;
export const LineFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: LinePropsSchema,
  geometry: z.object({
    type: z.literal('LineString'),
    coordinates: lonLatPositions(2),
  }),
});

const SOURCE_IDS = new Set<string>(TRANSMISSION_SOURCES);
const CLASS_IDS = new Set<string>(VoltageClassSchema.options);
const nullOr = (v: unknown, fits: (v: unknown) => boolean) => v === null || fits(v);

/** LineFeatureSchema's rules in one predicate (columns.ts checkedArray): 33,000 features checked in one loop. */
function lineFeatureFits(f: unknown): boolean {
  if (!isRecord(f) || f.type !== 'Feature' || !isRecord(f.properties) || !isRecord(f.geometry)) return false;
  const p = f.properties;
  const g = f.geometry;
  return (
    typeof p.source === 'string' &&
    SOURCE_IDS.has(p.source) &&
    typeof p.sourceId === 'string' &&
    p.sourceId.length >= 1 &&
    nullOr(p.kv, (v) => numberFits(v, KV)) &&
    typeof p.class === 'string' &&
    CLASS_IDS.has(p.class) &&
    nullOr(p.circuits, (v) => numberFits(v, CIRCUITS)) &&
    nullOr(p.underConstruction, (v) => typeof v === 'boolean') &&
    g.type === 'LineString' &&
    Array.isArray(g.coordinates) &&
    g.coordinates.length >= 2 &&
    g.coordinates.every(isLonLat)
  );
}

export const LinesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: checkedArray(LineFeatureSchema, lineFeatureFits),
});
export type LinesFile = z.infer<typeof LinesFileSchema>;

const Bbox = z.tuple([lon, lat, lon, lat]);

/** data/transmission/coverage.json: where each source covers (rule in scripts/README.md "Coverage"). */
export const CoverageFileSchema = z.object({
  rule: z.string().min(1),
  codes: z.array(z.object({ code: z.number().int(), source: TransmissionSourceSchema.nullable() })),
  countries: z.array(
    z.object({
      iso3: z.string().min(3),
      /** Sources with substations in the country, the one used outside every footprint last. */
      sources: z.array(
        z.object({
          source: TransmissionSourceSchema,
          substations: z.number().int().positive(),
          withVoltage: z.number().int().nonnegative(),
          /** Rows without a listed voltage that get one from the lines ending at them (OSM). */
          withLineKv: z.number().int().nonnegative(),
          /** ge*: by the listed voltage, else the one from lines (as the distance layers count them). */
          ge110: z.number().int().nonnegative(),
          ge220: z.number().int().nonnegative(),
          ge345: z.number().int().nonnegative(),
          /** Bounding box of the source's substations in the country, enlarged by `footprintMarginDeg`. */
          footprint: Bbox,
        }),
      ),
    }),
  ),
  footprintMarginDeg: z.number().nonnegative(),
  /** Admin-1 codes (ISO 3166-2) inside a covered country that no source covers (the US West). */
  uncoveredRegions: z.array(z.object({ code: z.string(), reason: z.string() })),
  /** Known gaps to show on the map and card, in words. */
  gaps: z.array(z.string().min(1)),
});
export type CoverageFile = z.infer<typeof CoverageFileSchema>;

/** A sources.json entry with the share-alike flag (ODbL); `SourceSchema` itself has no such field yet. */
export const SourceWithShareAlikeSchema = SourceSchema.extend({ shareAlike: z.boolean() });
export type SourceWithShareAlike = z.infer<typeof SourceWithShareAlikeSchema>;
