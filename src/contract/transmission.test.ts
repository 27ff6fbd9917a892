/** lines.geojson's schema (transmission.ts): the one-loop check accepts exactly what the per-feature zod schema accepts. */
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { LineFeatureSchema, LinesFileSchema, VoltageClassSchema } from './transmission.ts';
import { TRANSMISSION_SOURCES } from './transmissionCodes.ts';

/** A valid line feature, then maybe one field replaced by an arbitrary value or removed. */
const validFeature = fc.record({
  type: fc.constant('Feature'),
  properties: fc.record({
    source: fc.constantFrom(...TRANSMISSION_SOURCES),
    sourceId: fc.string({ minLength: 1, maxLength: 4 }),
    kv: fc.option(fc.double({ min: 1, max: 1200, noNaN: true })),
    class: fc.constantFrom(...VoltageClassSchema.options),
    circuits: fc.option(fc.integer({ min: 1, max: 8 })),
    underConstruction: fc.option(fc.boolean()),
  }),
  geometry: fc.record({
    type: fc.constant('LineString'),
    coordinates: fc.array(
      fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
      ),
      { minLength: 2, maxLength: 4 },
    ),
  }),
});
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, '', 'x', 0, -1, 0.5, 1.5, 181, -91, Infinity, NaN, true, [], {}),
  fc.constantFrom('Feature', 'LineString', 'Point', TRANSMISSION_SOURCES[0], 'kv310'),
  fc.array(fc.tuple(fc.double(), fc.double()), { maxLength: 3 }),
);
const FIELDS = [
  ['type'],
  ['properties'],
  ['geometry'],
  ...['source', 'sourceId', 'kv', 'class', 'circuits', 'underConstruction'].map((k) => ['properties', k]),
  ['geometry', 'type'],
  ['geometry', 'coordinates'],
] as const;
const feature = fc.oneof(
  validFeature,
  fc
    .tuple(validFeature, fc.constantFrom(...FIELDS), oddValue, fc.boolean())
    .map(([f, path, value, remove]) => {
      const copy = structuredClone(f) as unknown as Record<string, Record<string, unknown>>;
      const [a, b] = path;
      if (b === undefined) {
        if (remove) delete (copy as Record<string, unknown>)[a];
        else (copy as Record<string, unknown>)[a] = value;
      } else if (remove) delete copy[a]![b];
      else copy[a]![b] = value;
      return copy;
    }),
  oddValue,
);

describe('lines.geojson schema', () => {
  it('accepts exactly what z.array(LineFeatureSchema) accepts', () => {
    const reference = z.array(LineFeatureSchema);
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 5 }), (features) => {
        expect(LinesFileSchema.shape.features.safeParse(features).success).toBe(
          reference.safeParse(features).success,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("reports a bad feature with zod's own path and message", () => {
    const good = {
      type: 'Feature',
      properties: {
        source: TRANSMISSION_SOURCES[0],
        sourceId: '1',
        kv: 380,
        class: VoltageClassSchema.options[0],
        circuits: 1,
        underConstruction: null,
      },
      geometry: {
        type: 'LineString',
        coordinates: [
          [10, 50],
          [11, 51],
        ],
      },
    };
    const bad = { ...good, properties: { ...good.properties, kv: -5 } };
    const result = LinesFileSchema.safeParse({ type: 'FeatureCollection', features: [good, bad] });
    expect(result.success).toBe(false);
    const reference = z.array(LineFeatureSchema).safeParse([good, bad]);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual(
      reference.error?.issues.map((i) => [['features', ...i.path], i.message]),
    );
    expect(result.error?.issues[0]?.path).toEqual(['features', 1, 'properties', 'kv']);
  });
});
