/** The contract between pipeline and app, checked on the committed data/ (no raw data needed). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATEGORICAL_LAYER_IDS,
  ENERGISED_STATUSES,
  GridManifestSchema,
  LAYER_IDS,
  MiningStatusSchema,
  NUMERIC_LAYER_IDS,
} from '../../../src/contract/index.ts';
import { validateOutputs } from '../../../scripts/outputs.ts';

const DATA = resolve(__dirname, '../../../data');
const manifestJson = () => JSON.parse(readFileSync(join(DATA, 'grid/manifest.json'), 'utf8'));

describe('grid manifest contract', () => {
  it('the committed data/grid/manifest.json parses with the strict schema and lists every layer id once', () => {
    const manifest = GridManifestSchema.parse(manifestJson());
    const ids = manifest.layers.map((l) => l.id);
    expect([...ids].sort()).toEqual([...LAYER_IDS].sort());
  });

  it('a renamed layer id fails the schema instead of silently leaving a criterion without data', () => {
    const m = manifestJson();
    m.layers[0].id = `${m.layers[0].id}_renamed`;
    const r = GridManifestSchema.safeParse(m);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['layers', 0, 'id']);
  });

  it('the energised-status categories in the manifest are the contract statuses, in order', () => {
    const layer = GridManifestSchema.parse(manifestJson()).layers.find(
      (l) => l.id === 'energized_site_status',
    );
    expect(Object.values(layer?.categories ?? {})).toEqual([...ENERGISED_STATUSES]);
    for (const s of ENERGISED_STATUSES) expect(MiningStatusSchema.options).toContain(s);
  });

  it('splits the ids into categorical and numeric without overlap or gap', () => {
    const both = [...CATEGORICAL_LAYER_IDS, ...NUMERIC_LAYER_IDS];
    expect(new Set(both).size).toBe(both.length);
    expect([...both].sort()).toEqual([...LAYER_IDS].sort());
  });

  it('every committed output validates with the schema the app loads it with', () => {
    expect(() => validateOutputs(DATA)).not.toThrow();
  });
});
