/**
 * Plant cluster circles and their labels: the label is the cluster's total MW written as formatMw does ("850 MW",
 * "1.2 GW"), and the circle is at least wide enough to hold it (its character count × an upper bound of a
 * sans-serif character's width, plus the halo), so the text never spills out; above that, it grows with √MW.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Cluster label text size (px). */
export const CLUSTER_TEXT_SIZE = 10;
/** Cluster label halo width (px). */
export const CLUSTER_HALO_PX = 1.5;
/**
 * Average advance of the label's characters (digits, "." "," " " "M" "G" "W") as a share of the text size, taken
 * high: DejaVu Sans, the widest common sans-serif fallback, averages about 0.66 em over "1,234.5 GW".
 */
export const CLUSTER_CHAR_EM = 0.72;
/** Space between the text (with halo) and the circle's edge (px). */
const EDGE_PX = 2;

/** The cluster's total MW as text, the same as formatMw. */
export const clusterLabel: ExpressionSpecification = [
  'case',
  ['>=', ['get', 'mw'], 1000],
  [
    'concat',
    ['number-format', ['/', ['get', 'mw'], 1000], { locale: 'en-US', 'max-fraction-digits': 1 }],
    ' GW',
  ],
  [
    'concat',
    [
      'number-format',
      ['get', 'mw'],
      { locale: 'en-US', 'max-fraction-digits': ['case', ['<', ['get', 'mw'], 10], 1, 0] },
    ],
    ' MW',
  ],
];

/** Radius (px): the larger of √MW growth and the half-width the label needs. */
export const clusterRadius: ExpressionSpecification = [
  'max',
  ['interpolate', ['linear'], ['sqrt', ['get', 'mw']], 0, 6, 100, 12, 400, 30],
  [
    '+',
    ['*', ['length', clusterLabel], (CLUSTER_CHAR_EM * CLUSTER_TEXT_SIZE) / 2],
    CLUSTER_HALO_PX + EDGE_PX,
  ],
];
