/**
 * Colour ramp of the suitability surface, as data. Scores 0–100 use the upper part of viridis (blue -> green ->
 * yellow: perceptually ordered and colour-blind safe); its darkest purples are left out so low scores never look
 * like the dark "excluded" colour. Reserved codes get fixed colours.
 */
import { SCORE_EXCLUDED, SCORE_INCOMPLETE, SCORE_NO_CELL } from './scoreCodes.ts';

export type Rgb = readonly [number, number, number];
export type Rgba = readonly [number, number, number, number];

export interface RampStop {
  score: number;
  color: Rgb;
}

export const SCORE_RAMP: readonly RampStop[] = [
  { score: 0, color: [59, 82, 139] }, // #3b528b
  { score: 25, color: [44, 114, 142] }, // #2c728e
  { score: 50, color: [33, 145, 140] }, // #21918c
  { score: 75, color: [94, 201, 98] }, // #5ec962
  { score: 100, color: [253, 231, 37] }, // #fde725
];

/** Opacity of scored cells, so the base map stays readable. */
export const SCORE_ALPHA = 210;

export const SPECIAL_COLORS = {
  /** Missing data for a weighted criterion or a constraint: flat grey, no hatch. */
  incomplete: [158, 158, 158, 170] as Rgba,
  /** Excluded by a constraint: dark. */
  excluded: [38, 38, 38, 200] as Rgba,
  /** Ocean / no land cell: transparent. */
  noCell: [0, 0, 0, 0] as Rgba,
};

/** RGBA of a score code (0–100 or a reserved code). */
export function scoreColor(code: number, ramp: readonly RampStop[] = SCORE_RAMP): Rgba {
  if (code === SCORE_INCOMPLETE) return SPECIAL_COLORS.incomplete;
  if (code === SCORE_EXCLUDED) return SPECIAL_COLORS.excluded;
  if (code === SCORE_NO_CELL || code > 100 || code < 0) return SPECIAL_COLORS.noCell;
  let k = 1;
  while (k < ramp.length - 1 && ramp[k].score < code) k++;
  const lo = ramp[k - 1];
  const hi = ramp[k];
  const t = hi.score === lo.score ? 0 : Math.min(1, Math.max(0, (code - lo.score) / (hi.score - lo.score)));
  const mix = (i: 0 | 1 | 2) => Math.round(lo.color[i] + (hi.color[i] - lo.color[i]) * t);
  return [mix(0), mix(1), mix(2), SCORE_ALPHA];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Packs RGBA into one 32-bit word laid out R,G,B,A in memory (for writing through a Uint32Array view). */
export function packRgba([r, g, b, a]: Rgba): number {
  return LITTLE_ENDIAN
    ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0
    : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
}

/** 256-entry palette indexed by score code. */
export function buildPalette(ramp: readonly RampStop[] = SCORE_RAMP): Uint32Array {
  const palette = new Uint32Array(256);
  for (let code = 0; code < 256; code++) palette[code] = packRgba(scoreColor(code, ramp));
  return palette;
}

/**
 * The palette with each colour channel multiplied by its alpha, rounded as MapLibre's premultiplyAlpha does
 * (Math.round(c × a / 255)): pixels drawn with it can go straight into a WebGL texture with premultiply off, and the
 * texture holds exactly what MapLibre would have made of the straight-alpha image.
 */
export function premultiplyPalette(palette: Uint32Array): Uint32Array {
  const out = new Uint32Array(palette.length);
  const src = new Uint8Array(palette.buffer, palette.byteOffset, palette.byteLength);
  const dst = new Uint8Array(out.buffer);
  for (let i = 0; i < src.length; i += 4) {
    const a = src[i + 3];
    dst[i] = Math.round((src[i] * a) / 255);
    dst[i + 1] = Math.round((src[i + 1] * a) / 255);
    dst[i + 2] = Math.round((src[i + 2] * a) / 255);
    dst[i + 3] = a;
  }
  return out;
}
