/**
 * Precompressed assets: after a production build, writes `NAME.br` (brotli) and `NAME.gz` (gzip) next to every
 * compressible file in the build folder (scripts, styles, HTML, JSON, GeoJSON, the grid's .bin layers, fonts), so the
 * preview server (servePrecompressed.ts) and any static host that serves precompressed files send a fraction of the
 * bytes. A file whose compressed form is not smaller gets none.
 *
 * Brotli at its best quality (11) is slow (seconds per MB), so its output (and gzip's) is cached by the file's SHA-256 in
 * node_modules/.cache/gridscout-precompress: the data files, which change only with `npm run data`, are compressed
 * once per content. Files over BROTLI_MAX_QUALITY_BYTES use quality 9 (ten times faster, ~10 % larger): they are the
 * on-demand overlays (plants, lines), not the first view.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { servePrecompressed } from './servePrecompressed.ts';

/** Extensions worth compressing; images (PNG) and woff2 fonts are compressed already. */
export const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.geojson',
  '.bin',
  '.svg',
  '.md',
  '.txt',
  '.ttf',
  '.otf',
  '.pbf',
  '.wasm',
]);
/** Smaller files are sent as they are: the compressed form would save less than a packet. */
export const MIN_BYTES = 1024;
export const BROTLI_MAX_QUALITY_BYTES = 2 * 1024 * 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export interface PrecompressOptions {
  /** Where compressed output is cached by content hash; none = no cache. */
  cacheDir?: string;
}

export interface PrecompressResult {
  file: string;
  bytes: number;
  br?: number;
  gz?: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Runs `compress` once per content: its output is kept in `cacheDir` under the body's SHA-256 and `tag`. */
async function cached(
  body: Buffer,
  tag: string,
  cacheDir: string | undefined,
  compress: () => Promise<Buffer>,
): Promise<Buffer> {
  if (!cacheDir) return compress();
  const path = join(cacheDir, `${createHash('sha256').update(body).digest('hex')}.${tag}`);
  if (existsSync(path)) return readFile(path);
  const out = await compress();
  mkdirSync(cacheDir, { recursive: true });
  // Written under a temporary name, then renamed: two builds sharing the cache never read half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, out);
  renameSync(temporary, path);
  return out;
}

function brotliFile(body: Buffer, cacheDir: string | undefined): Promise<Buffer> {
  const quality = body.length > BROTLI_MAX_QUALITY_BYTES ? 9 : constants.BROTLI_MAX_QUALITY;
  return cached(body, `q${quality}.br`, cacheDir, () =>
    brotli(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  );
}

const gzipFile = (body: Buffer, cacheDir: string | undefined): Promise<Buffer> =>
  cached(body, 'l9.gz', cacheDir, () => gz(body, { level: 9 }));

/** Writes `.br` and `.gz` next to every compressible file under `dir`; returns what it wrote. */
export async function precompressDirectory(
  dir: string,
  options: PrecompressOptions = {},
): Promise<PrecompressResult[]> {
  const files = listFiles(dir).filter((f) => COMPRESSIBLE.has(extname(f)) && statSync(f).size >= MIN_BYTES);
  return Promise.all(
    files.map(async (file): Promise<PrecompressResult> => {
      const body = await readFile(file);
      const [br, gzipped] = await Promise.all([
        brotliFile(body, options.cacheDir),
        gzipFile(body, options.cacheDir),
      ]);
      const result: PrecompressResult = { file, bytes: body.length };
      if (br.length < body.length) {
        await writeFile(`${file}.br`, br);
        result.br = br.length;
      }
      if (gzipped.length < body.length) {
        await writeFile(`${file}.gz`, gzipped);
        result.gz = gzipped.length;
      }
      return result;
    }),
  );
}

/**
 * The build step: precompresses the build folder once every other plugin has written to it (data/ included); and
 * `vite preview` serves the precompressed files.
 */
export function precompressAssets(): Plugin {
  let outDir = 'dist';
  let cacheDir: string | undefined;
  let isBuild = false;
  return {
    name: 'gridscout-precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      cacheDir = resolve(config.root, 'node_modules', '.cache', 'gridscout-precompress');
      isBuild = config.command === 'build' && !config.build.ssr && !config.build.watch;
    },
    // After the security-headers middleware (registered by an earlier plugin), before Vite's static handler.
    configurePreviewServer(server) {
      server.middlewares.use(servePrecompressed(outDir));
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!isBuild || !existsSync(outDir)) return;
        const t0 = performance.now();
        const results = await precompressDirectory(outDir, { cacheDir });
        const raw = results.reduce((s, r) => s + r.bytes, 0);
        const br = results.reduce((s, r) => s + (r.br ?? r.bytes), 0);
        this.info(
          `precompressed ${results.length} files: ${(raw / 1e6).toFixed(1)} MB → ${(br / 1e6).toFixed(1)} MB brotli ` +
            `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
