/** Codes in a grid score array: 0–100 are scores; the rest are reserved. */
export const SCORE_INCOMPLETE = 253;
export const SCORE_EXCLUDED = 254;
export const SCORE_NO_CELL = 255;
/** Stage code for "time to power unknown" (other stage codes index POWER_STAGES). */
export const STAGE_UNKNOWN = 255;

/** The integer a 0–100 score is drawn and listed as (half up). The grid scorer inlines the same expression. */
export function roundScore(score: number): number {
  const r = (score + 0.5) | 0;
  return r > 100 ? 100 : r;
}
