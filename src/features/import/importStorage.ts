/** The last successful import, kept in localStorage under a versioned key and validated when read back. */
import { z } from 'zod';
import type { ImportFormat, ImportedSite, RowError } from './importTypes.ts';

export const IMPORT_STORAGE_KEY = 'gridscout.imported-sites';

export interface SavedImport {
  fileName: string;
  format: ImportFormat;
  sites: ImportedSite[];
  errors: RowError[];
}

const SavedImportSchema = z.object({
  version: z.literal(1),
  fileName: z.string().max(500),
  format: z.enum(['csv', 'geojson', 'kml']),
  sites: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      note: z.string(),
    }),
  ),
  errors: z.array(
    z.object({
      row: z.number().int(),
      reason: z.enum(['missing coordinate', 'not a number', 'out of range', 'duplicate', 'not a point']),
      detail: z.string(),
    }),
  ),
});

/** Stored row errors are capped: the list is for reading, not for round-tripping the file. */
const MAX_SAVED_ERRORS = 500;

export function writeSavedImport(saved: SavedImport): string {
  return JSON.stringify({ version: 1, ...saved, errors: saved.errors.slice(0, MAX_SAVED_ERRORS) });
}

/** The saved import, or null when there is none or it cannot be read. */
export function readSavedImport(raw: string | null): SavedImport | null {
  if (!raw) return null;
  try {
    const parsed = SavedImportSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { fileName, format, sites, errors } = parsed.data;
    return { fileName, format, sites, errors };
  } catch {
    return null;
  }
}
