/** Output helpers: deterministic JSON, binary writes, gzip sizes, input hashing. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { formatZodIssues } from './csv.ts';

export function ensureDir(path: string): void {
  mkdirSync(path, { recursive: true });
}

/** Validate with the shared schema, then write compact JSON (key order = construction order, no clock). */
export function writeValidatedJson<S extends z.ZodTypeAny>(
  path: string,
  schema: S,
  value: unknown,
): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new Error(`output ${path} fails its schema: ${formatZodIssues(r.error).slice(0, 2000)}`);
  writeJson(path, value);
  return r.data;
}

export function writeJson(path: string, value: unknown): void {
  ensureDir(dirname(path));
  writeFileSync(path, JSON.stringify(value) + '\n');
}

export function writeBinary(path: string, arr: Uint8Array | Uint16Array | Uint32Array): void {
  ensureDir(dirname(path));
  // Node runs little-endian on every supported platform; assert it so a big-endian host cannot write wrong files.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('big-endian host not supported');
  writeFileSync(path, Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength));
}

export function gzipSize(buf: Buffer): number {
  return gzipSync(buf, { level: 9 }).length;
}

/** All files under dir (recursive), relative paths with '/' separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A short, stable fingerprint of the given input files (content + relative path), used as the `generated` stamp. */
export function hashFiles(root: string, files: string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) {
    h.update(f + '\0');
    h.update(readFileSync(join(root, f)));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/** Files that differ between two folders, byte for byte: changed, only in `a`, or only in `b`. Sorted. */
export function diffDirs(a: string, b: string): { file: string; change: 'differs' | 'missing' | 'extra' }[] {
  const fa = existsSync(a) ? listFiles(a) : [];
  const fb = existsSync(b) ? listFiles(b) : [];
  const inB = new Set(fb);
  const out: { file: string; change: 'differs' | 'missing' | 'extra' }[] = [];
  for (const f of fa)
    if (!inB.has(f)) out.push({ file: f, change: 'missing' });
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f))))
      out.push({ file: f, change: 'differs' });
  const inA = new Set(fa);
  for (const f of fb) if (!inA.has(f)) out.push({ file: f, change: 'extra' });
  return out.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}
