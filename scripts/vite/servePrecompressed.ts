/**
 * Serves the precompressed files of the build (precompress.ts) from `vite preview`: a request whose Accept-Encoding
 * takes brotli or gzip gets `NAME.br` / `NAME.gz` with `Content-Encoding` and `Vary: Accept-Encoding`; any other
 * request falls through to Vite's own static handler, which sends the file as it is. Headers set before it (the
 * Content-Security-Policy of contentSecurityPolicy.ts) stay on the response.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Connect } from 'vite';

export type Encoding = 'br' | 'gzip';

/** Content types by extension, for the files the build precompresses. */
export const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
};

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The encodings an Accept-Encoding header takes, best first among those `available`: brotli before gzip, and
 * none whose q-value is 0 (`br;q=0` refuses brotli). `*` takes any encoding not named.
 */
export function acceptedEncodings(
  header: string | undefined,
  available: readonly Encoding[] = ['br', 'gzip'],
): Encoding[] {
  if (!header) return [];
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*');
  return available.filter((e) => (q.get(e) ?? star ?? 0) > 0);
}

/** Middleware serving `root`'s precompressed files; `index.html` for a path ending in `/`. */
export function servePrecompressed(root: string): Connect.NextHandleFunction {
  const base = resolve(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return next();
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const path = normalize(join(base, pathname));
    const type = CONTENT_TYPES[extname(path)];
    if (!type || !path.startsWith(base + '/')) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    for (const encoding of acceptedEncodings(req.headers['accept-encoding'])) {
      const file = path + SUFFIX[encoding];
      if (!existsSync(file) || !statSync(file).isFile()) continue;
      res.statusCode = 200;
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', statSync(file).size);
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file).pipe(res);
      return;
    }
    next();
  };
}
