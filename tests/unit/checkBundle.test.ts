import { describe, expect, it } from 'vitest';
import {
  LAZY_MODULES,
  SCHEMA_FREE_WORKERS,
  schemaFreeProblems,
  checkBundle,
  initialChunks,
  type Manifest,
} from '../../scripts/check-bundle.ts';

const budget = { INITIAL_GZIP_KB: 100, LAZY_CHUNK_GZIP_KB: 10, TOTAL_JS_KB: 500 };
const lazyEntries: Manifest = Object.fromEntries(
  LAZY_MODULES.map((m, i) => [
    m,
    { file: `assets/lazy${i}.js`, isDynamicEntry: true, imports: ['_shared.js'] },
  ]),
);
const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'] },
  '_vendor.js': { file: 'assets/vendor.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js' },
  '_vendor.css': { file: 'assets/vendor.css' },
  ...lazyEntries,
};
const sizes: Record<string, number> = {
  'assets/index.js': 30,
  'assets/vendor.js': 50,
  'assets/shared.js': 5,
  'assets/vendor.css': 999,
};
const gzip = (file: string) => sizes[file] ?? 2;
const files = (kb: number) => [{ file: 'assets/index.js', kb }];

describe('bundle budget check', () => {
  it('follows static imports from the entry, not dynamic ones', () => {
    expect([...initialChunks(manifest)].sort()).toEqual(['_shared.js', '_vendor.js', 'index.html']);
  });

  it('passes a build within budget and sums only start-up JavaScript', () => {
    const r = checkBundle(manifest, gzip, files(400), budget);
    expect(r.problems).toEqual([]);
    expect(r.initialGzipKb).toBe(
      sizes['assets/index.js'] + sizes['assets/vendor.js'] + sizes['assets/shared.js'],
    );
  });

  it('names each budget that is exceeded', () => {
    const big = (file: string) =>
      file === 'assets/lazy0.js' ? 11 : file === 'assets/index.js' ? 60 : gzip(file);
    const r = checkBundle(manifest, big, files(501), budget);
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatch(/start-up JavaScript is 115\.0 kB gzip/);
    expect(r.problems[1]).toMatch(/assets\/lazy0\.js is 11\.0 kB gzip/);
    expect(r.problems[2]).toMatch(/all JavaScript is 501 kB/);
  });

  it('fails when a lazy module is imported statically', () => {
    const eager: Manifest = {
      ...manifest,
      'index.html': { ...manifest['index.html'], imports: ['_vendor.js', LAZY_MODULES[0]] },
    };
    expect(checkBundle(eager, gzip, files(1), budget).problems).toEqual([
      `${LAZY_MODULES[0]} is loaded at start-up`,
    ]);
    const merged = Object.fromEntries(Object.entries(manifest).filter(([k]) => k !== LAZY_MODULES[1]));
    expect(checkBundle(merged, gzip, files(1), budget).problems).toEqual([
      `${LAZY_MODULES[1]} is no longer loaded on demand`,
    ]);
  });

  it('names a schema-free worker that bundles zod, and one that is missing', () => {
    const clean = [
      { file: 'assets/scoring.worker-AbC1.js', text: 'self.onmessage=()=>{}' },
      { file: 'assets/fineSurface.worker-XyZ2.js', text: 'const a=1' },
      { file: 'assets/import.worker-Q.js', text: 'inst._zod.parse' },
    ];
    expect(schemaFreeProblems(clean)).toEqual([]);
    const withZod = clean.map((f) => (f.file.includes('fineSurface') ? { ...f, text: 'e._zod.run()' } : f));
    expect(schemaFreeProblems(withZod)).toEqual([
      'assets/fineSurface.worker-XyZ2.js bundles zod (a schema library), which it must not',
    ]);
    expect(schemaFreeProblems(clean.slice(1))).toEqual([`no built ${SCHEMA_FREE_WORKERS[0]} file`]);
  });
});
