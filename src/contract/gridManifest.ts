/**
 * The global analysis grid (data/grid/manifest.json + one binary per layer).
 * Cells: a regular lon/lat grid; row 0 is the northernmost row, col 0 starts at lon -180.
 * Only land cells are stored: cells.bin is a Uint32Array of cell ids (row * width + col), ascending.
 * Each layer file is a little-endian typed array with one value per stored cell, same order.
 * value = raw * scale + offset; raw === noData means missing.
 */
import { z } from 'zod';
import { LAYER_IDS } from './layerIds.ts';

export const GridLayerSchema = z.object({
  /** One of LAYER_IDS: an unknown id fails validation instead of silently leaving a criterion without data. */
  id: z.enum(LAYER_IDS),
  label: z.string(),
  unit: z.string(),
  file: z.string(),
  type: z.enum(['uint8', 'uint16']),
  scale: z.number(),
  offset: z.number(),
  noData: z.number().int(),
  /** Optional value labels for categorical layers (raw value -> label). */
  categories: z.record(z.string(), z.string()).optional(),
  description: z.string(),
  sourceIds: z.array(z.string()),
});
export type GridLayer = z.infer<typeof GridLayerSchema>;
export const GridManifestSchema = z.object({
  version: z.literal(1),
  resolutionDeg: z.number().positive(),
  width: z.number().int(),
  height: z.number().int(),
  west: z.number(),
  north: z.number(),
  cellCount: z.number().int(),
  cellsFile: z.string(),
  /** Per-cell ISO3 country as an index into this list (layer id "country"). */
  countries: z.array(z.string()),
  /** Per-cell admin-1 region (ISO 3166-2 code, as in data/regions/admin1.geojson) as an index into this list (layer id "region"). */
  regions: z.array(z.string()).optional(),
  layers: z.array(GridLayerSchema),
});
export type GridManifest = z.infer<typeof GridManifestSchema>;
