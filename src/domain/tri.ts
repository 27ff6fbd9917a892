/** Three-valued logic for stage and gate checks: 0 = no, 1 = yes, 2 = unknown (missing data). A leaf module. */
export type Tri = 0 | 1 | 2;
export const NO: Tri = 0;
export const YES: Tri = 1;
export const UNKNOWN: Tri = 2;

export function and3(a: Tri, b: Tri): Tri {
  if (a === NO || b === NO) return NO;
  return a === YES && b === YES ? YES : UNKNOWN;
}
export function atLeast(value: number | null | undefined, threshold: number): Tri {
  if (value === null || value === undefined) return UNKNOWN;
  return value >= threshold ? YES : NO;
}
export function atMost(value: number | null | undefined, threshold: number): Tri {
  if (value === null || value === undefined) return UNKNOWN;
  return value <= threshold ? YES : NO;
}
