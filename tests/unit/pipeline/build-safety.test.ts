/** The build never leaves its output half-written: it builds beside it and swaps only a validated result. */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, INPUT_FILES } from '../../../scripts/build.ts';
import { diffDirs, listFiles } from '../../../scripts/lib/io.ts';
import { validateOutputs } from '../../../scripts/outputs.ts';

const DATA = resolve(__dirname, '../../../data');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gridscout-safety-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const snapshot = (dir: string) =>
  listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]);

describe('build safety', () => {
  it('a build from a broken input throws and leaves the existing output byte-identical, with no temp folder', async () => {
    const root = tempDir();
    const input = join(root, 'raw');
    for (const f of INPUT_FILES) {
      mkdirSync(dirname(join(input, f)), { recursive: true });
      writeFileSync(join(input, f), 'not what the pipeline expects\n');
    }
    const output = join(root, 'data');
    mkdirSync(join(output, 'grid'), { recursive: true });
    mkdirSync(join(output, 'regions'), { recursive: true });
    writeFileSync(join(output, 'grid/manifest.json'), '{"previous":"build"}\n');
    writeFileSync(join(output, 'regions/countries.geojson'), '{"type":"FeatureCollection","features":[]}\n');
    writeFileSync(join(output, 'sources.json'), '{"generated":"earlier"}\n');
    const before = snapshot(output);

    await expect(build({ input, output })).rejects.toThrow();
    expect(snapshot(output)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['data', 'raw']);
  });

  it('a build with missing input files throws before touching the output', async () => {
    const root = tempDir();
    const output = join(root, 'data');
    mkdirSync(output);
    writeFileSync(join(output, 'keep.txt'), 'kept\n');
    await expect(build({ input: join(root, 'nowhere'), output })).rejects.toThrow(/missing input files/);
    expect(readFileSync(join(output, 'keep.txt'), 'utf8')).toBe('kept\n');
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('output validation rejects a grid layer file of the wrong size', () => {
    const copy = join(tempDir(), 'data');
    cpSync(DATA, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(copy, 'grid/manifest.json'), 'utf8'));
    const file = manifest.layers[manifest.layers.length - 1].file as string;
    truncateSync(join(copy, 'grid', file), 10);
    expect(() => validateOutputs(copy)).toThrow(new RegExp(`grid/${file}: 10 bytes`));
  });
});

describe('diffDirs (npm run data -- --check)', () => {
  it('names changed, missing and extra files, and nothing for equal folders', () => {
    const a = tempDir();
    const b = tempDir();
    for (const d of [a, b]) mkdirSync(join(d, 'grid'));
    writeFileSync(join(a, 'same.json'), '1\n');
    writeFileSync(join(b, 'same.json'), '1\n');
    writeFileSync(join(a, 'grid/x.bin'), Buffer.from([1, 2, 3]));
    writeFileSync(join(b, 'grid/x.bin'), Buffer.from([1, 2, 4]));
    writeFileSync(join(a, 'old.json'), '{}\n');
    writeFileSync(join(b, 'new.json'), '{}\n');
    expect(diffDirs(a, b)).toEqual([
      { file: 'grid/x.bin', change: 'differs' },
      { file: 'new.json', change: 'extra' },
      { file: 'old.json', change: 'missing' },
    ]);
    expect(diffDirs(a, a)).toEqual([]);
  });
});
