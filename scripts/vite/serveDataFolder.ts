/**
 * Serves the committed datasets in `data/` at `/data/` during development and copies them
 * into the production build, so `data/` stays a top-level folder (see DEVELOPERS.md) without
 * being mixed into `public/`. The grid's files also go out in their transport form (packGrid.ts).
 */
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, resolve, extname } from 'node:path';
import { Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { acceptedEncodings } from './servePrecompressed.ts';
import { packedOnTheFly, packGridFolder } from './packGrid.ts';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.bin': 'application/octet-stream',
  '.md': 'text/markdown; charset=utf-8',
};

export function serveDataFolder(dataDir = 'data'): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isBuild = false;
  return {
    name: 'gridscout-serve-data-folder',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
      isBuild = config.command === 'build';
    },
    configureServer(server) {
      const base = resolve(root, dataDir);
      server.middlewares.use('/data', (req, res, next) => {
        const path = normalize(join(base, decodeURIComponent((req.url ?? '/').split('?')[0])));
        if (!path.startsWith(base)) return next();
        // The grid's transport form, which the build writes (packGrid.ts), made on the fly from data/grid.
        const packed = dirname(path) === join(base, 'grid') ? packedOnTheFly(dirname(path), path) : null;
        if (!packed && (!existsSync(path) || !statSync(path).isFile())) return next();
        res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        res.setHeader('Vary', 'Accept-Encoding');
        // Compressed on the fly at a fast level (the production build sends precompressed files instead).
        const [encoding] = acceptedEncodings(req.headers['accept-encoding']);
        if (encoding) res.setHeader('Content-Encoding', encoding);
        const compressor =
          encoding === 'br'
            ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
            : encoding === 'gzip'
              ? createGzip({ level: 4 })
              : null;
        const file = packed ? Readable.from([Buffer.from(packed)]) : createReadStream(path);
        if (compressor) file.pipe(compressor).pipe(res);
        else file.pipe(res);
      });
    },
    // writeBundle, not closeBundle: the copy must be complete before precompress.ts compresses the build folder.
    writeBundle() {
      // Vitest also closes a Vite server (with a placeholder outDir): copy only in real builds.
      if (!isBuild) return;
      const from = resolve(root, dataDir);
      if (!existsSync(from)) return;
      cpSync(from, resolve(root, outDir, dataDir), { recursive: true });
      packGridFolder(resolve(root, outDir, dataDir, 'grid'));
    },
  };
}
