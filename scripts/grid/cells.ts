/** Land cells of the grid: cell centres inside a Natural Earth admin-0 polygon (Antarctica excluded). */
import { rasterizeFeatures } from './rasterize.ts';
import { HEIGHT, WIDTH, cellLat, cellLon } from './spec.ts';
import type { GridCells, GridInputs } from './types.ts';

export function landCells(inp: GridInputs): GridCells {
  const landFeatures = inp.admin0.filter((c) => c.adm0 !== 'ATA');
  const landIdx = landFeatures.map((c) => inp.admin0.indexOf(c));
  const r0 = new Int32Array(WIDTH * HEIGHT).fill(-1);
  rasterizeFeatures(landFeatures, r0);
  const r1 = new Int32Array(WIDTH * HEIGHT).fill(-1);
  rasterizeFeatures(inp.admin1, r1);
  let n = 0;
  for (let i = 0; i < r0.length; i++) if (r0[i]! >= 0) n++;
  const cells = new Uint32Array(n);
  const countryOf = new Int32Array(n);
  const regionOf = new Int32Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0, k = 0; i < r0.length; i++) {
    if (r0[i]! < 0) continue;
    const row = Math.floor(i / WIDTH);
    const col = i % WIDTH;
    cells[k] = i;
    countryOf[k] = landIdx[r0[i]!]!;
    const a = r1[i]!;
    // an admin-1 cell must belong to the same country as its admin-0 cell (guards against border slivers)
    regionOf[k] = a >= 0 && inp.admin1Props[a]!.iso2 === inp.countryProps[countryOf[k]!]!.iso2 ? a : -1;
    lon[k] = cellLon(col);
    lat[k] = cellLat(row);
    k++;
  }
  const countries = [...new Set(Array.from(countryOf, (c) => inp.countryProps[c]!.iso3))].sort();
  const regions = [...new Set(inp.admin1Props.map((p) => p.code))].sort();
  return { n, cells, countryOf, regionOf, lon, lat, countries, regions };
}
