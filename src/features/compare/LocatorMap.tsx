/**
 * A small map locating the compared sites: country outlines from the app's own regions file,
 * framed on the sites (plate carrée), each site a numbered dot in its column colour.
 */
import { useMemo } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import type { CompareSite } from './compareRows.ts';
import { SITE_COLOURS } from './ProfileChart.tsx';

const W = 480;
const H = 260;

/** Frame around the sites: at least 8° wide, padded by a fifth, shaped like the view box. */
export function frameFor(sites: readonly Pick<CompareSite, 'lon' | 'lat'>[]) {
  const lons = sites.map((s) => s.lon);
  const lats = sites.map((s) => s.lat);
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
  let w = Math.max(8, (Math.max(...lons) - Math.min(...lons)) * 1.4);
  let h = Math.max(4, (Math.max(...lats) - Math.min(...lats)) * 1.4);
  if (w / h > W / H) h = (w * H) / W;
  else w = (h * W) / H;
  return { west: cx - w / 2, north: cy + h / 2, degPerPx: w / W };
}

export function LocatorMap({ sites }: { sites: readonly CompareSite[] }) {
  const countries = useDatasetStore((s) => s.data.countries);
  const frame = useMemo(() => frameFor(sites), [sites]);
  const x = (lon: number) => (lon - frame.west) / frame.degPerPx;
  const y = (lat: number) => (frame.north - lat) / frame.degPerPx;
  const outlines = useMemo(() => {
    if (!countries) return [];
    return countries.features.map((f) => {
      const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const d = polys
        .flatMap((rings) =>
          rings.map(
            (ring) => `M${ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('L')}Z`,
          ),
        )
        .join('');
      return { code: f.properties.code, d };
    });
    // x and y only depend on frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [countries, frame]);
  return (
    <svg
      className="locator-map"
      role="img"
      aria-label={`Map locating ${sites.map((s, i) => `${i + 1} ${s.name}`).join(', ')}`}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
    >
      <rect width={W} height={H} fill="#cad8e3" />
      {outlines.map((o) => (
        <path key={o.code} d={o.d} fill="#f4f1ea" stroke="#9ca3af" strokeWidth={0.6} />
      ))}
      {sites.map((s, i) => (
        <g key={s.id} transform={`translate(${x(s.lon)},${y(s.lat)})`}>
          <circle r={8} fill={SITE_COLOURS[i % SITE_COLOURS.length]} stroke="#fff" strokeWidth={1.5} />
          <text textAnchor="middle" dy={4} fontSize={10} fill="#fff" fontWeight={700}>
            {i + 1}
          </text>
        </g>
      ))}
    </svg>
  );
}
