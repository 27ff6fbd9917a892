/** Criterion profiles of the compared sites: one group of horizontal bars (0–100) per criterion, one bar per site. */
import { CRITERIA } from '../../domain/index.ts';
import type { CompareSite } from './compareRows.ts';

export const SITE_COLOURS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2'];

const LABEL_W = 130;
const BAR_W = 240;
const BAR_H = 8;
const GAP = 6;

export function ProfileChart({ sites }: { sites: readonly CompareSite[] }) {
  const groupH = sites.length * BAR_H + GAP;
  const height = CRITERIA.length * groupH + 20;
  return (
    <figure className="compare-chart">
      <svg
        role="img"
        aria-labelledby="compare-chart-title"
        width={LABEL_W + BAR_W + 40}
        height={height}
        viewBox={`0 0 ${LABEL_W + BAR_W + 40} ${height}`}
      >
        <title id="compare-chart-title">Criterion scores (0–100) of each compared site</title>
        {[0, 50, 100].map((t) => (
          <g key={t}>
            <line
              x1={LABEL_W + (BAR_W * t) / 100}
              x2={LABEL_W + (BAR_W * t) / 100}
              y1={0}
              y2={height - 16}
              stroke="#e5e7eb"
            />
            <text
              x={LABEL_W + (BAR_W * t) / 100}
              y={height - 4}
              fontSize={10}
              textAnchor="middle"
              fill="#6b7280"
            >
              {t}
            </text>
          </g>
        ))}
        {CRITERIA.map((c, ci) => (
          <g key={c.id} transform={`translate(0, ${ci * groupH})`}>
            <text
              x={LABEL_W - 6}
              y={(sites.length * BAR_H) / 2 + 4}
              fontSize={11}
              textAnchor="end"
              fill="#111827"
            >
              {c.label}
            </text>
            {sites.map((s, si) => {
              const score = s.place?.result.breakdown.find((b) => b.id === c.id)?.score ?? null;
              return (
                <rect
                  key={s.id}
                  x={LABEL_W}
                  y={si * BAR_H}
                  width={score === null ? 0 : (BAR_W * score) / 100}
                  height={BAR_H - 1}
                  fill={SITE_COLOURS[si % SITE_COLOURS.length]}
                >
                  <title>{`${s.name}: ${c.label} ${score === null ? 'no data' : score.toFixed(0)}`}</title>
                </rect>
              );
            })}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="compare-legend">
          {sites.map((s, i) => (
            <li key={s.id}>
              <span
                className="swatch"
                style={{ background: SITE_COLOURS[i % SITE_COLOURS.length] }}
                aria-hidden="true"
              />{' '}
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
