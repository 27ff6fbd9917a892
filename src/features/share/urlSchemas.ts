/**
 * zod schemas of share links, one per link version. A link is read field by field (each field's schema on its
 * own), so one bad value is ignored with its own notice while the rest is kept. Each schema's error message is
 * the reason given in that notice. Fixtures for each version are in ./fixtures.
 */
import { z } from 'zod';
import { MAX_SHARE_URL_LENGTH, decompressState } from './linkTransport.ts';
import {
  GRID_ACCESS_VOLTAGES,
  POPULATION_RADII,
  PRESETS,
  PRICE_BASES,
  getAssumption,
  isAssumptionId,
  isCriterionId,
  validateAssumptionOverride,
  validateConstraints,
  validateTransform,
  type AssumptionId,
  type Constraints,
  type GridAccessVoltage,
  type PopulationRadius,
  type PresetId,
  type Transform,
} from '../../domain/index.ts';
import {
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  SHORTLIST_ORIGINS,
  type ShortlistOrigin,
} from '../../shared/shortlistTypes.ts';

export function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Runs a domain validator (problem text or null) as a zod refinement; a validator that throws is `malformed`. */
const check =
  <T>(validate: (v: T) => string | null, malformed = 'malformed value') =>
  (v: T, ctx: z.RefinementCtx) => {
    let problem: string | null;
    try {
      problem = validate(v);
    } catch {
      problem = malformed;
    }
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };

// ---- readable parameters (versions 1 and 2) ----

const VIEW_FORMAT = 'expected longitude,latitude,zoom';
const VIEW_RANGE = 'out of range (longitude ±180, latitude ±85, zoom 0–22)';
const inRange = (min: number, max: number) =>
  z.number().min(min, { error: VIEW_RANGE }).max(max, { error: VIEW_RANGE });

const VIEW_PARTS = ['longitude', 'latitude', 'zoom'];

/** Names the empty parts of a view (`1,,3`, ``), which would otherwise only read as a bad format. */
const emptyViewParts = (raw: string, ctx: z.RefinementCtx) => {
  const parts = raw.split(',');
  if (raw.trim() === '')
    ctx.addIssue({ code: 'custom', message: 'empty (expected longitude,latitude,zoom)' });
  else if (parts.length === 3 && parts.some((p) => p.trim() === ''))
    ctx.addIssue({
      code: 'custom',
      message: `${VIEW_PARTS.filter((_, i) => parts[i].trim() === '').join(' and ')} empty (expected longitude,latitude,zoom)`,
    });
};

export const viewParam = z
  .string()
  .superRefine(emptyViewParts)
  .transform((raw) => raw.split(',').map((part) => (part.trim() === '' ? NaN : Number(part))))
  .pipe(
    z.tuple(
      [z.number({ error: VIEW_FORMAT }), z.number({ error: VIEW_FORMAT }), z.number({ error: VIEW_FORMAT })],
      {
        error: VIEW_FORMAT,
      },
    ),
  )
  .pipe(z.tuple([inRange(-180, 180), inRange(-85, 85), inRange(0, 22)]))
  .transform(([lon, lat, zoom]) => ({ lon, lat, zoom }));

/** Layer ids as written; which of them this app knows is decided by the caller. */
export const layersParam = z.string().transform((raw) => raw.split(',').filter(Boolean));

export const sectorParam = z.enum(['industrial', 'commercial'], {
  error: 'expected industrial or commercial',
});

/** `s`: base64url of compact JSON holding an object. */
export const blobParam = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(fromBase64Url(raw)) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'the text is damaged or cut off' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.unknown(), { error: 'not a settings object' }));

/** `z` (version 3, in the fragment): lz-string compressed JSON holding an object, the same object as `s`. */
export const compressedBlobParam = z
  .string()
  .max(MAX_SHARE_URL_LENGTH, {
    error: `longer than a link this app writes (${MAX_SHARE_URL_LENGTH} characters)`,
  })
  .transform((raw, ctx) => {
    const text = decompressState(raw);
    try {
      if (text !== null) return JSON.parse(text) as unknown;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'the text is damaged or cut off' });
    return z.NEVER;
  })
  .pipe(z.record(z.string(), z.unknown(), { error: 'not a settings object' }));

/** Version 1: view, layers and tariff sector. */
export const linkV1Schema = z.object({
  view: viewParam.optional(),
  layers: layersParam.optional(),
  sector: sectorParam.optional(),
});

/** Version 2: version 1's parameters plus `s`, the scoring configuration and the shortlist. */
export const linkV2Schema = linkV1Schema.extend({ s: blobParam.optional() });

/** Version 3: version 1's parameters in the query; `z` in the fragment, the compressed form of version 2's `s`. */
export const linkV3Schema = linkV1Schema;
export const linkV3FragmentSchema = z.object({ z: compressedBlobParam.optional() });

// ---- the `s` blob of version 2 ----

/** Schema of one entry of an id → value map, chosen by its id; a string is the reason the id is refused. */
export type EntrySchema = (id: string) => z.ZodType | string;

/** w, t, c and a: an id → value map. */
export const namedValues = z.record(z.string(), z.unknown(), { error: 'expected a list of named values' });

export const weightEntry: EntrySchema = (id) =>
  isCriterionId(id)
    ? z
        .number({ error: 'expected a number 0–1000' })
        .min(0, { error: 'expected a number 0–1000' })
        .max(1000, { error: 'expected a number 0–1000' })
    : 'unknown criterion';

export const transformEntry: EntrySchema = (id) =>
  isCriterionId(id)
    ? z
        .record(z.string(), z.unknown(), { error: 'expected a transform' })
        .superRefine(check((v) => validateTransform(v as unknown as Transform), 'malformed transform'))
    : 'unknown criterion';

const iso3List = z.array(z.string().regex(/^[A-Za-z]{3}$/), { error: 'expected ISO3 codes' });

export const constraintEntry: EntrySchema = (id) =>
  (id === 'excludedCountries' ? iso3List : z.unknown()).superRefine(
    check((v) => validateConstraints({ [id]: v } as Constraints)),
  );

/** Assumptions older links may carry that the time-to-power model no longer has (issue 11 replaced their stages). */
const RETIRED_ASSUMPTIONS: Record<string, string> = {
  approved_months: 'the "approved" stage was replaced by "HV substation within reach"',
  in_study_months: 'the "in study" stage was replaced by "strong generation nearby"',
  approved_min_grid_mw: 'the "approved" stage was replaced by "HV substation within reach"',
  approved_min_stranded: 'the "approved" stage was replaced by "HV substation within reach"',
  in_study_min_grid_mw: 'replaced by strong_generation_min_mw (operating generation only)',
};

export const assumptionEntry: EntrySchema = (id) =>
  isAssumptionId(id)
    ? z
        .number({ error: `expected a number in ${getAssumption(id).unit}` })
        .superRefine(check((v: number) => validateAssumptionOverride(id as AssumptionId, v)))
    : Object.hasOwn(RETIRED_ASSUMPTIONS, id)
      ? `no longer in the model: ${RETIRED_ASSUMPTIONS[id]}`
      : 'unknown assumption';

/** `r`: radius of the "People within reach" criterion in km (absent = the default). */
export const populationRadiusField = z
  .number({ error: `expected ${POPULATION_RADII.join(' or ')} (km)` })
  .refine((v) => (POPULATION_RADII as readonly number[]).includes(v), {
    error: `expected ${POPULATION_RADII.join(' or ')} (km)`,
  })
  .transform((v) => v as PopulationRadius);

/** `g`: voltage class of the Grid access criterion (absent = the default). */
export const gridAccessVoltageField = z
  .number({ error: `expected ${GRID_ACCESS_VOLTAGES.join(', ')} (kV)` })
  .refine((v) => (GRID_ACCESS_VOLTAGES as readonly number[]).includes(v), {
    error: `expected ${GRID_ACCESS_VOLTAGES.join(', ')} (kV)`,
  })
  .transform((v) => v as GridAccessVoltage);

/** `pb`: price basis of the Power price criterion (absent = retail). */
export const priceBasisField = z.enum(PRICE_BASES, { error: `expected ${PRICE_BASES.join(' or ')}` });

export const presetField = z
  .string({ error: 'not a preset this app knows' })
  .refine((p) => PRESETS.some((preset) => preset.id === p), { error: 'not a preset this app knows' })
  .transform((p) => p as PresetId);

export const shortlistField = z.array(z.unknown(), { error: 'expected a list of sites' });

const NO_NAME = 'no usable name';
const COORDS = 'coordinates out of range';
const NOTE = 'unreadable note';
const coordinate = (limit: number) =>
  z.number({ error: COORDS }).min(-limit, { error: COORDS }).max(limit, { error: COORDS });

/** One shared site: [name, lon, lat, note?, origin?, refId?]; an unknown origin is kept as a point. */
export const sharedSiteSchema = z
  .tuple(
    [
      z.string({ error: NO_NAME }).max(MAX_NAME_LENGTH, { error: NO_NAME }),
      coordinate(180),
      coordinate(90),
      z.string({ error: NOTE }).max(MAX_NOTE_LENGTH, { error: NOTE }).optional(),
      z.unknown().optional(),
      z.unknown().optional(),
    ],
    { error: NO_NAME },
  )
  .transform(([name, lon, lat, note = '', origin = 'point', refId]) => ({
    name,
    lon,
    lat,
    note,
    origin,
    knownOrigin: SHORTLIST_ORIGINS.includes(origin as ShortlistOrigin),
    refId: typeof refId === 'string' && refId.length <= 200 ? refId : undefined,
  }));
