/**
 * The feature layering of src/features/README.md: a folder imports only folders of lower layers (never the
 * same layer, never a higher one). `npm run check:cycles` refuses any cycle; this test pins the order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lowest first. Folders not listed (scoring, shortlist, share, …) sit above all of these. */
const LAYERS: readonly (readonly string[])[] = [
  ['sources', 'map', 'places'],
  ['overlays'],
  ['layers'],
  ['inspect'],
];

const root = resolve('src/features');
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Feature folders a file imports (relative specifiers only), other than its own. */
function importedFolders(file: string, own: string): string[] {
  const specs = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map(
    (m) => m[1],
  );
  return specs
    .map((s) => relative(root, resolve(dirname(file), s)).split('/')[0])
    .filter((f) => f && f !== own && !f.startsWith('..'));
}

describe('feature layering', () => {
  it('imports only downward among the layered folders', () => {
    const upward: string[] = [];
    for (const [folder, level] of rank)
      for (const file of files(join(root, folder)))
        for (const target of importedFolders(file, folder))
          if (!((rank.get(target) ?? Infinity) < level)) upward.push(`${relative(root, file)} → ${target}`);
    expect(upward).toEqual([]);
  });
});
