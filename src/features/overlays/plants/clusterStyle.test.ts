/**
 * Cluster labels fit their circles: the style expressions are evaluated (MapLibre's style-spec) at MW totals read
 * from data/plants.json (every plant, every fuel's and status's total, the whole file), and each label's width
 * in DejaVu Sans advances (the widest common sans-serif fallback; font metrics, not data) plus its halo must lie
 * within the circle's diameter.
 */
import { readFileSync } from 'node:fs';
import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { PlantsFile } from '../../../contract/plants.ts';
import { formatMw } from '../formatMw.ts';
import { CLUSTER_HALO_PX, CLUSTER_TEXT_SIZE, clusterLabel, clusterRadius } from './clusterStyle.ts';

const plants = JSON.parse(readFileSync('data/plants.json', 'utf8')) as PlantsFile;

/** DejaVu Sans advance widths in em (units per em 2048). */
const DEJAVU_EM: Record<string, number> = {
  ...Object.fromEntries([...'0123456789'].map((d) => [d, 1303 / 2048])),
  '.': 651 / 2048,
  ',': 651 / 2048,
  ' ': 651 / 2048,
  G: 1587 / 2048,
  M: 1767 / 2048,
  W: 2025 / 2048,
};

function compile(expr: unknown, spec: unknown) {
  const e = createExpression(expr, spec as never);
  if (e.result !== 'success') throw new Error(e.value.map((v) => v.message).join('; '));
  return (mw: number) => e.value.evaluate({ zoom: 3 }, { type: 1, properties: { mw } } as never);
}
const label = compile(clusterLabel, latest.layout_symbol['text-field']) as (mw: number) => unknown;
const radius = compile(clusterRadius, latest.paint_circle['circle-radius']) as (mw: number) => number;
const text = (mw: number) => String(label(mw));

function totalsFromData(): number[] {
  const byFuel = new Map<number, number>();
  const byStatus = new Map<number, number>();
  let all = 0;
  plants.capacityMw.forEach((mw, i) => {
    byFuel.set(plants.fuel[i], (byFuel.get(plants.fuel[i]) ?? 0) + mw);
    byStatus.set(plants.statusClass[i], (byStatus.get(plants.statusClass[i]) ?? 0) + mw);
    all += mw;
  });
  // one total per distinct text (the expressions are slow to evaluate 48k times; the width depends on the text)
  const byText = new Map<string, number>();
  for (const mw of [...plants.capacityMw, ...byFuel.values(), ...byStatus.values()])
    if (!byText.has(formatMw(mw))) byText.set(formatMw(mw), mw);
  return [...byText.values(), all];
}

describe('plant cluster labels', () => {
  const totals = totalsFromData();

  it('write the total as formatMw does', () => {
    for (const mw of totals) expect(text(mw)).toBe(formatMw(mw));
  });

  it('fit inside their circles with the halo, for every MW total in the data', () => {
    let worst = Infinity;
    for (const mw of totals) {
      const t = text(mw);
      const width = [...t].reduce((w, c) => w + (DEJAVU_EM[c] ?? 1) * CLUSTER_TEXT_SIZE, 0);
      const room = 2 * radius(mw) - (width + 2 * CLUSTER_HALO_PX);
      worst = Math.min(worst, room);
    }
    expect(worst).toBeGreaterThanOrEqual(0);
  });

  it('still grow with MW beyond the label size', () => {
    const all = totals[totals.length - 1];
    expect(radius(all)).toBeGreaterThan(radius(1000));
  });
});
