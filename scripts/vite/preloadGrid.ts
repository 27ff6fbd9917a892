/**
 * Puts `<link rel="preload" as="fetch">` tags for the analysis grid's manifest and its files (their transport form,
 * gridTransport.ts) into index.html, read from data/grid/manifest.json when the page is built or served.
 *
 * Without them the grid's 30 files were requested only once the app's script had run and the manifest's answer had
 * been parsed on a main thread busy with the first frames and the other datasets: ≈ 0.7–1.3 s after navigation
 * (bench:browser, this 2-core machine). The browser now downloads them while it parses the page, and the app's
 * fetch() of each file takes the preloaded answer (the same request: same URL, CORS mode, credentials), so nothing
 * is downloaded twice. The tags come after the scripts and stylesheets Vite puts in the head, which keep their
 * priority.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { gridFileNames, packedName } from '../../src/data/gridTransport.ts';

interface ManifestFiles {
  cellsFile: string;
  layers: readonly { file: string }[];
}

const isManifest = (value: unknown): value is ManifestFiles =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ManifestFiles).cellsFile === 'string' &&
  Array.isArray((value as ManifestFiles).layers) &&
  (value as ManifestFiles).layers.every((l) => typeof l?.file === 'string');

/** The paths under data/ the grid store fetches (src/data/loadGrid.ts), manifest first. */
export function gridFetchPaths(manifest: ManifestFiles): string[] {
  return ['grid/manifest.json', ...gridFileNames(manifest).map((file) => `grid/${packedName(file)}`)];
}

/** The preload tags for a manifest (none when it is missing or not a grid manifest: the app then names the error). */
export function gridPreloadTags(manifestPath: string, base: string): HtmlTagDescriptor[] {
  if (!existsSync(manifestPath)) return [];
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return [];
  }
  if (!isManifest(manifest)) return [];
  return gridFetchPaths(manifest).map((path) => ({
    tag: 'link',
    // crossorigin: a fetch() is a CORS-mode request, so only a CORS-mode preload matches it.
    attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `${base}data/${path}` },
    injectTo: 'head',
  }));
}

export function preloadGrid(dataDir = 'data'): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'gridscout-preload-grid',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: () => gridPreloadTags(resolve(root, dataDir, 'grid', 'manifest.json'), base),
  };
}
