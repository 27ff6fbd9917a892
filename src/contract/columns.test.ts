/**
 * The one-loop column schemas (columns.ts) accept exactly what the per-element zod schemas they replace accept, and
 * name the first bad element.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  enumColumn,
  lonLatPositions,
  nullableNumberColumn,
  numberColumn,
  numberListColumn,
  numberSchema,
  stringColumn,
} from './columns.ts';

/** Values a data file (or a hand-edited one) might hold where a column expects numbers or strings. */
const anyValue = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -2000, max: 3000 }),
  fc.constantFrom(0, -0, 1800, 2100, -180, 180, 90, -90, 0.5, Infinity, -Infinity, NaN),
  fc.constant(null),
  fc.string({ maxLength: 4 }),
  fc.constantFrom('ABC', 'abc', '', 'operational', 'osm'),
  fc.boolean(),
  fc.array(fc.double(), { maxLength: 3 }),
);
const anyArray = fc.oneof(fc.array(anyValue, { maxLength: 12 }), anyValue);

/** Each column schema next to the zod schema it stands for. */
const PAIRS: [string, z.ZodType, z.ZodType][] = [
  ['lon', numberColumn({ min: -180, max: 180 }), z.array(z.number().min(-180).max(180))],
  ['positive', numberColumn({ positive: true }), z.array(z.number().positive())],
  ['index', numberColumn({ int: true, min: 0 }), z.array(z.number().int().min(0))],
  ['positive int', numberColumn({ int: true, positive: true }), z.array(z.number().int().positive())],
  [
    'nullable year',
    nullableNumberColumn({ int: true, min: 1800, max: 2100 }),
    z.array(z.number().int().min(1800).max(2100).nullable()),
  ],
  ['string', stringColumn(), z.array(z.string())],
  ['string min 1', stringColumn({ min: 1 }), z.array(z.string().min(1))],
  ['iso3 or empty', stringColumn({ pattern: /^([A-Z]{3})?$/ }), z.array(z.string().regex(/^([A-Z]{3})?$/))],
  ['enum', enumColumn(['operational', 'osm', ''] as const), z.array(z.enum(['operational', 'osm', '']))],
  ['kv lists', numberListColumn({ positive: true }), z.array(z.array(z.number().positive()))],
];

describe('column schemas', () => {
  it.each(PAIRS)('%s: accepts exactly what the per-element zod schema accepts', (_, column, reference) => {
    fc.assert(
      fc.property(anyArray, (values) => {
        expect(column.safeParse(values).success).toBe(reference.safeParse(values).success);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['lon', numberSchema({ min: -180, max: 180 }), z.number().min(-180).max(180)],
    ['kv', numberSchema({ positive: true }), z.number().positive()],
    ['circuits', numberSchema({ int: true, positive: true }), z.number().int().positive()],
    ['index', numberSchema({ int: true, min: 0 }), z.number().int().min(0)],
  ] as const)(
    'numberSchema %s: accepts exactly what the hand-written zod schema accepts',
    (_, schema, reference) => {
      fc.assert(
        fc.property(anyValue, (v) => {
          expect(schema.safeParse(v).success).toBe(reference.safeParse(v).success);
        }),
        { numRuns: 2000 },
      );
    },
  );

  it('line positions: accepts exactly what z.array(z.tuple([lon, lat])).min(2) accepts', () => {
    const reference = z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(2);
    const position = fc.oneof(
      fc.tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 })),
      fc.array(fc.double({ min: -10, max: 10 }), { maxLength: 3 }),
      anyValue,
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(position, { maxLength: 6 }), anyValue), (positions) => {
        expect(lonLatPositions(2).safeParse(positions).success).toBe(reference.safeParse(positions).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the first bad element by its index, and what was expected', () => {
    const schema = z.object({ lat: numberColumn({ min: -90, max: 90 }) });
    const result = schema.safeParse({ lat: [10, 20, 95, 100] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.path).toEqual(['lat', 2]);
    expect(result.error?.issues[0]?.message).toBe('expected a number from -90 to 90');
  });

  it('says so when the column is not an array', () => {
    const result = z.object({ name: stringColumn() }).safeParse({ name: 'Hoover Dam' });
    expect(result.error?.issues[0]?.path).toEqual(['name']);
    expect(result.error?.issues[0]?.message).toBe('expected an array');
  });
});
