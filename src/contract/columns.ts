/**
 * Schemas for the long arrays of the columnar data files (plants, substations, population points, line
 * coordinates), checked in one loop per array instead of one zod schema per element.
 *
 * The app runs zod without its compiled parsers (the Content-Security-Policy forbids eval: src/zodConfig.ts), and
 * there a schema per element costs about 2 µs: validating plants.json, lines.geojson and population_points.json
 * took ≈ 0.3 s in Node and ≈ 0.6 s on the browser's main thread, on the path of the first fine view when the app
 * opens zoomed in. The checks are the same (range, integer, null, string rules); the first bad element is reported
 * with its index, as zod reports it (`lon.1234: …`). Pure zod, like the rest of src/contract.
 */
import { z } from 'zod';

export interface NumberRule {
  min?: number;
  max?: number;
  /** Greater than 0 (z.number().positive()). */
  positive?: boolean;
  int?: boolean;
}

const describeRule = (r: NumberRule): string => {
  const kind = r.int ? 'an integer' : 'a number';
  if (r.positive) return `${kind} > 0`;
  if (r.min !== undefined && r.max !== undefined) return `${kind} from ${r.min} to ${r.max}`;
  if (r.min !== undefined) return `${kind} ≥ ${r.min}`;
  if (r.max !== undefined) return `${kind} ≤ ${r.max}`;
  return kind;
};

/** A finite number within the rule (JSON has no NaN or Infinity, but a hand-made value might). */
export function numberFits(v: unknown, r: NumberRule): v is number {
  return (
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (r.min === undefined || v >= r.min) &&
    (r.max === undefined || v <= r.max) &&
    (!r.positive || v > 0) &&
    (!r.int || Number.isSafeInteger(v)) // as zod's int(): a safe integer
  );
}

/** z.number() with the rule's checks: the zod schema of one value, where a schema is still per element. */
export function numberSchema(r: NumberRule): z.ZodNumber {
  let s = z.number();
  if (r.int) s = s.int();
  if (r.min !== undefined) s = s.min(r.min);
  if (r.max !== undefined) s = s.max(r.max);
  if (r.positive) s = s.positive();
  return s;
}

/** An array whose every element passes `ok` (else one issue at the first that does not, saying `expected`). */
function column<T>(ok: (v: unknown) => boolean, expected: string) {
  return z
    .custom<T[]>((v) => Array.isArray(v), { message: 'expected an array' })
    .superRefine((values, ctx) => {
      if (!Array.isArray(values)) return;
      for (let i = 0; i < values.length; i++)
        if (!ok(values[i])) {
          ctx.addIssue({ code: 'custom', path: [i], message: `expected ${expected}` });
          return;
        }
    });
}

/** z.array(z.number()…) with the rule's checks. */
export const numberColumn = (rule: NumberRule = {}) =>
  column<number>((v) => numberFits(v, rule), describeRule(rule));

/** z.array(z.number()….nullable()) with the rule's checks. */
export const nullableNumberColumn = (rule: NumberRule = {}) =>
  column<number | null>((v) => v === null || numberFits(v, rule), `${describeRule(rule)} or null`);

/** z.array(z.array(z.number()…)): a list of numbers per row (a substation's voltages). */
export const numberListColumn = (rule: NumberRule = {}) =>
  column<number[]>(
    (v) => Array.isArray(v) && v.every((x) => numberFits(x, rule)),
    `a list, each element ${describeRule(rule)}`,
  );

export interface StringRule {
  /** Minimum length (z.string().min(n)). */
  min?: number;
  pattern?: RegExp;
}

/** z.array(z.string()…) with the rule's checks. */
export const stringColumn = (rule: StringRule = {}) =>
  column<string>(
    (v) =>
      typeof v === 'string' &&
      (rule.min === undefined || v.length >= rule.min) &&
      (rule.pattern === undefined || rule.pattern.test(v)),
    [
      'a string',
      rule.min ? `of at least ${rule.min} character${rule.min === 1 ? '' : 's'}` : '',
      rule.pattern ? `matching ${rule.pattern}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );

/** z.array(z.enum(values)). */
export const enumColumn = <const T extends readonly string[]>(values: T) => {
  const allowed = new Set<string>(values);
  return column<T[number]>(
    (v) => typeof v === 'string' && allowed.has(v),
    `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`,
  );
};

/**
 * z.array(element), checked first by `fits`: a predicate for the same rules as `element`, in one loop. Only an
 * array with an element that `fits` rejects goes through zod, so the issues reported (path, message) are zod's own.
 * `fits` must accept nothing `element` rejects (test it against `element`, as columns.test.ts does).
 */
export function checkedArray<S extends z.ZodType>(element: S, fits: (v: unknown) => boolean) {
  const slow = z.array(element);
  return z
    .custom<z.output<S>[]>((v) => Array.isArray(v), { message: 'expected an array' })
    .superRefine((values, ctx) => {
      if (!Array.isArray(values) || values.every(fits)) return;
      const result = slow.safeParse(values);
      if (!result.success)
        for (const issue of result.error.issues)
          ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    });
}

/** A plain object (not an array, not null), as z.object() takes. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Longitude and latitude in degrees. */
export const LON: NumberRule = { min: -180, max: 180 };
export const LAT: NumberRule = { min: -90, max: 90 };

/** A [lon, lat] position with lon from -180 to 180 and lat from -90 to 90. */
export const isLonLat = (p: unknown): boolean =>
  Array.isArray(p) && p.length === 2 && numberFits(p[0], LON) && numberFits(p[1], LAT);

/** z.array(z.tuple([lon, lat])).min(minLength): a line's [lon, lat] positions. */
export const lonLatPositions = (minLength: number) =>
  column<[number, number]>(
    isLonLat,
    '[lon, lat] with lon from -180 to 180 and lat from -90 to 90',
  ).superRefine((positions, ctx) => {
    if (Array.isArray(positions) && positions.length < minLength)
      ctx.addIssue({ code: 'custom', message: `expected at least ${minLength} positions` });
  });
