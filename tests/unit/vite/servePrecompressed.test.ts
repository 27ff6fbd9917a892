/** The preview server's precompressed responses (scripts/vite/servePrecompressed.ts): encoding negotiation. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../scripts/vite/precompress.ts';
import { acceptedEncodings, servePrecompressed } from '../../../scripts/vite/servePrecompressed.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const original = readFileSync(join(ROOT, 'data', 'sources.json'));
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-precompressed-'));
  writeFileSync(join(dir, 'sources.json'), original);
  await precompressDirectory(dir);
  const handler = servePrecompressed(dir);
  server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', "default-src 'self'");
    handler(req, res, () => {
      res.statusCode = 299; // "fell through to the next handler"
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

/** Raw bytes and headers, without fetch's automatic decompression. */
async function get(path: string, acceptEncoding?: string) {
  const { request } = await import('node:http');
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request(`${base}${path}`, {
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('servePrecompressed', () => {
  it('sends brotli when accepted, keeping the headers set before it', async () => {
    const r = await get('/sources.json', 'gzip, deflate, br');
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers['content-security-policy']).toBe("default-src 'self'");
    expect(brotliDecompressSync(r.body).equals(original)).toBe(true);
  });

  it('sends gzip when brotli is refused or not offered', async () => {
    for (const header of ['gzip', 'br;q=0, gzip;q=0.5']) {
      const r = await get('/sources.json', header);
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(r.body).equals(original)).toBe(true);
    }
  });

  it('falls through to the plain file when nothing compressed is accepted, or the file has no compressed form', async () => {
    expect((await get('/sources.json')).status).toBe(299);
    expect((await get('/sources.json', 'identity')).status).toBe(299);
    expect((await get('/missing.json', 'br')).status).toBe(299);
    expect((await get('/..%2f..%2fetc%2fpasswd.json', 'br')).status).toBe(299);
  });
});

describe('acceptedEncodings', () => {
  it('reads q-values and the wildcard', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=1.0, br;q=0')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('never offers an encoding the header last gave q=0', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('br', 'gzip', 'deflate', '*'), fc.constantFrom('', ';q=0', ';q=0.5')),
          {
            maxLength: 5,
          },
        ),
        (parts) => {
          const header = parts.map(([n, q]) => n + q).join(', ');
          const offered = acceptedEncodings(header);
          // A name given twice counts as its last mention.
          const last = new Map(parts.filter(([n]) => n !== '*'));
          for (const [name, q] of last) if (q === ';q=0') expect(offered).not.toContain(name);
        },
      ),
    );
  });
});
