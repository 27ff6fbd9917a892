/** Natural Earth country and admin-1 code of a point, as the grid builder assigns them to a cell (tests, spot checks). */
import { booleanPointInPolygon } from '@turf/turf';
import type { NeAdmin1, NeCountry } from '../natural-earth.ts';

function containing<T extends NeCountry | NeAdmin1>(feats: T[], lon: number, lat: number): T | undefined {
  return feats.find((f) =>
    f.polygons.some((poly) => booleanPointInPolygon([lon, lat], { type: 'Polygon', coordinates: poly })),
  );
}

/** Natural Earth country (iso3) and admin-1 code of a point, as the grid builder assigns them to a cell. */
export function placeCodes(
  admin0: NeCountry[],
  admin1: NeAdmin1[],
  lon: number,
  lat: number,
): { iso3: string; region: string | null } {
  // a coastal point can fall in the sea at 1:50m: then take the first land point 0.1° around it
  const tries: [number, number][] = [[0, 0]];
  for (const dx of [-0.1, 0, 0.1]) for (const dy of [-0.1, 0, 0.1]) if (dx || dy) tries.push([dx, dy]);
  const at = tries.find(([dx, dy]) => containing(admin0, lon + dx, lat + dy)) ?? [0, 0];
  const c = containing(admin0, lon + at[0], lat + at[1]);
  const a = containing(admin1, lon + at[0], lat + at[1]);
  return { iso3: c?.iso3 ?? '', region: a && c && a.adm0 === c.adm0 ? a.code : null };
}
