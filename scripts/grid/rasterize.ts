/**
 * Polygon rasterisation by scanline (even-odd rule over all rings, holes included): a cell is inside when its centre is.
 * Cost is O(edges x rows they span) instead of O(cells x features x vertices) for per-cell point-in-polygon tests;
 * tests cross-check samples against turf booleanPointInPolygon.
 */
import type { PolygonCoords } from '../natural-earth.ts';
import { HEIGHT, NORTH, RES_DEG, WEST, WIDTH } from './spec.ts';

/**
 * Paint feature indices into `target` (length WIDTH*HEIGHT, -1 = empty). Earlier features win where polygons overlap
 * (cells already set are left alone), so the result depends only on feature order.
 */
export function rasterizeFeatures(features: { polygons: PolygonCoords[] }[], target: Int32Array): void {
  features.forEach((f, fi) => {
    for (const poly of f.polygons)
      fillPolygon(poly, (row, c0, c1) => {
        const base = row * WIDTH;
        for (let c = c0; c <= c1; c++) if (target[base + c] === -1) target[base + c] = fi;
      });
  });
}

/** Calls span(row, colStart, colEnd) for every run of cells whose centre lies inside the polygon. */
export function fillPolygon(poly: PolygonCoords, span: (row: number, c0: number, c1: number) => void): void {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of poly)
    for (const p of ring) {
      if (p[1] < minY) minY = p[1];
      if (p[1] > maxY) maxY = p[1];
    }
  // rows whose centre latitude lies within [minY, maxY]
  const rowStart = Math.max(0, Math.ceil((NORTH - maxY) / RES_DEG - 0.5));
  const rowEnd = Math.min(HEIGHT - 1, Math.floor((NORTH - minY) / RES_DEG - 0.5));
  if (rowEnd < rowStart) return;
  const xs: number[][] = Array.from({ length: rowEnd - rowStart + 1 }, () => []);
  for (const ring of poly) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const [x1, y1] = ring[j]!;
      const [x2, y2] = ring[i]!;
      if (y1 === y2) continue;
      const lo = Math.min(y1, y2);
      const hi = Math.max(y1, y2);
      // rows with centre lat in [lo, hi): half-open so a vertex on a scanline is counted once
      const rA = Math.max(rowStart, Math.ceil((NORTH - hi) / RES_DEG - 0.5));
      const rB = Math.min(rowEnd, Math.floor((NORTH - lo) / RES_DEG - 0.5));
      for (let r = rA; r <= rB; r++) {
        const lat = NORTH - (r + 0.5) * RES_DEG;
        if (lat < lo || lat >= hi) continue;
        xs[r - rowStart]!.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
  }
  for (let k = 0; k < xs.length; k++) {
    const row = xs[k]!;
    if (row.length < 2) continue;
    row.sort((a, b) => a - b);
    for (let i = 0; i + 1 < row.length; i += 2) {
      // columns whose centre lon lies in [x0, x1)
      const c0 = Math.max(0, Math.ceil((row[i]! - WEST) / RES_DEG - 0.5));
      const c1 = Math.min(WIDTH - 1, Math.ceil((row[i + 1]! - WEST) / RES_DEG - 0.5) - 1);
      if (c1 >= c0) span(rowStart + k, c0, c1);
    }
  }
}
