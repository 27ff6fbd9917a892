/** Numeric helpers used across the pipeline (fixed rounding keeps outputs byte-stable). */

export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Parse an optional number cell: '' -> null, otherwise a finite number or NaN (caught by validation). */
export function numOrNull(s: string | undefined): number | null {
  if (s === undefined) return null;
  const t = s.trim();
  if (t === '') return null;
  return Number(t);
}
