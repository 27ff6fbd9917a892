/** The analysis grid: 0.25° global lon/lat grid; row 0 at the north edge (lat 90), col 0 at lon -180. */
export const RES_DEG = 0.25;
export const WIDTH = 1440;
export const HEIGHT = 720;
export const WEST = -180;
export const NORTH = 90;

export const cellLon = (col: number): number => WEST + (col + 0.5) * RES_DEG;
export const cellLat = (row: number): number => NORTH - (row + 0.5) * RES_DEG;
export const cellId = (row: number, col: number): number => row * WIDTH + col;
