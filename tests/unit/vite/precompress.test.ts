/** The build's compression step (scripts/vite/precompress.ts): which files get .br/.gz, and that they decompress. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressDirectory } from '../../../scripts/vite/precompress.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDirectory', () => {
  it('writes .br and .gz next to compressible files, in subfolders too, that decompress to the original', async () => {
    // Real files of the repository: a committed dataset and the app's source.
    const json = readFileSync(join(ROOT, 'data', 'sources.json'));
    const script = readFileSync(join(ROOT, 'src', 'data', 'datasetStore.ts'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'sources.json'), json);
    writeFileSync(join(dir, 'app.js'), script);
    const results = await precompressDirectory(dir);
    expect(results.map((r) => r.file).sort()).toEqual([
      join(dir, 'app.js'),
      join(dir, 'data', 'sources.json'),
    ]);
    for (const [path, original] of [
      [join(dir, 'data', 'sources.json'), json],
      [join(dir, 'app.js'), script],
    ] as const) {
      const br = readFileSync(`${path}.br`);
      const gz = readFileSync(`${path}.gz`);
      expect(brotliDecompressSync(br).equals(original)).toBe(true);
      expect(gunzipSync(gz).equals(original)).toBe(true);
      expect(br.length).toBeLessThan(original.length);
    }
  });

  it('leaves small files, images and files compression does not shrink alone', async () => {
    writeFileSync(join(dir, 'tiny.json'), '{"a":1}');
    writeFileSync(join(dir, 'favicon.png'), readFileSync(join(ROOT, 'public', 'transparent.png')));
    // Random bytes do not compress: neither form is written.
    const noise = Buffer.alloc(MIN_BYTES * 8);
    let seed = 1;
    for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    writeFileSync(join(dir, 'noise.bin'), noise);
    const results = await precompressDirectory(dir);
    expect(results.map((r) => r.file)).toEqual([join(dir, 'noise.bin')]);
    expect(results[0]).not.toHaveProperty('br');
    for (const name of ['tiny.json', 'favicon.png', 'noise.bin'])
      for (const ext of ['.br', '.gz']) expect(existsSync(join(dir, name + ext))).toBe(false);
  });

  it('reuses cached output for the same content', async () => {
    const cacheDir = join(dir, '.cache');
    const out = join(dir, 'out');
    mkdirSync(out);
    const body = readFileSync(join(ROOT, 'data', 'sources.json'));
    writeFileSync(join(out, 'sources.json'), body);
    await precompressDirectory(out, { cacheDir });
    // A poisoned cache entry proves the second run reads the cache instead of compressing again.
    const { readdirSync } = await import('node:fs');
    const entry = readdirSync(cacheDir).find((f) => f.endsWith('.br'))!;
    writeFileSync(join(cacheDir, entry), 'from cache');
    await precompressDirectory(out, { cacheDir });
    expect(readFileSync(join(out, 'sources.json.br'), 'utf8')).toBe('from cache');
  });
});
