/** Map source, layer and display colours of the "Price basis" overlay (display only; the classes come from the domain). */
import type { Rgba } from '../../../domain/index.ts';

export const PRICE_BASIS_SOURCE = 'price-basis-image';
export const PRICE_BASIS_LAYER = 'price-basis-raster';

/** Display colours per class (legend order); the World Bank 2019 fallback in a warning magenta. */
export const PRICE_BASIS_COLORS: readonly Rgba[] = [
  [0, 150, 136, 210], // your figure
  [33, 102, 172, 210], // wholesale
  [77, 175, 74, 200], // regional
  [166, 217, 106, 200], // country
  [255, 217, 102, 200], // country fallback
  [214, 0, 160, 230], // World Bank 2019: warning
];
export const PRICE_BASIS_NO_DATA: Rgba = [190, 190, 190, 160];
