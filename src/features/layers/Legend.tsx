/** Draws an overlay's legend from its declared spec. */
import type { LegendSpec } from '../overlays/overlay.ts';

export function Legend({ spec, label }: { spec: LegendSpec; label: string }) {
  if (spec.kind === 'ramp') {
    return (
      <div className="legend" role="group" aria-label={`${label} legend`}>
        <div className="legend-unit">{spec.unit}</div>
        <ul className="legend-items">
          {spec.stops.map((s) => (
            <li key={s.label}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
          {spec.noData && (
            <li>
              <span className="swatch swatch-nodata" aria-hidden="true" />
              {spec.noData}
            </li>
          )}
        </ul>
      </div>
    );
  }
  return (
    <div className="legend" role="group" aria-label={`${label} legend`}>
      <ul className="legend-items">
        {spec.items.map((item) => (
          <li key={item.label}>
            <span
              className={`swatch swatch-${item.shape ?? 'circle'}`}
              style={item.shape === 'ring' ? { borderColor: item.color } : { background: item.color }}
              aria-hidden="true"
            />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
