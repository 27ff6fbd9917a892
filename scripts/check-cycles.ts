/**
 * Fails when the import graph has a cycle: between two modules, or between two top-level folders of the
 * app (src/features/<feature>, src/app, src/shared, src/data, src/domain). A feature folder may import
 * shared code and other features only in one direction; App composes the panels.
 *
 *   npm run check:cycles
 */
import madge from 'madge';

/** The unit a module belongs to: `features/<name>` or the first folder under src/. */
export const unitOf = (path: string): string => {
  const m = /^features\/([^/]+)\//.exec(path);
  if (m) return `features/${m[1]}`;
  return path.includes('/') ? path.slice(0, path.indexOf('/')) : path;
};

/** Strongly connected components with more than one unit (Tarjan), each sorted, sorted. */
export function unitCycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!idx.has(v)) visit(v);
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

async function main() {
  const res = await madge('src', {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
  const graph = res.obj();
  const moduleCycles = res.circular();
  const edges = new Map<string, Set<string>>();
  const why = new Map<string, string>();
  for (const [from, tos] of Object.entries(graph)) {
    const a = unitOf(from);
    if (!edges.has(a)) edges.set(a, new Set());
    for (const to of tos) {
      const b = unitOf(to);
      if (a === b) continue;
      edges.get(a)!.add(b);
      if (!why.has(`${a}>${b}`)) why.set(`${a}>${b}`, `${from} → ${to}`);
    }
  }
  const folderCycles = unitCycles(edges);
  for (const c of moduleCycles) console.error(`module cycle: ${c.join(' → ')}`);
  for (const comp of folderCycles) {
    console.error(`folder cycle between ${comp.join(', ')}:`);
    for (const a of comp)
      for (const b of comp) if (edges.get(a)?.has(b)) console.error(`  ${why.get(`${a}>${b}`)}`);
  }
  const n = Object.keys(graph).length;
  if (moduleCycles.length || folderCycles.length) {
    console.error(
      `${moduleCycles.length} module cycle(s), ${folderCycles.length} folder cycle(s) in ${n} modules`,
    );
    process.exit(1);
  }
  console.log(`no import cycles in ${n} modules`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
