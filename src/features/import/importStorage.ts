/**
 * The import layers, kept in localStorage under one key and validated when read back. Version 2 holds a list of
 * named layers; version 1 (one import) is read as one layer. A saved value that cannot be read is never dropped:
 * the store copies it to IMPORT_BACKUP_KEY and explains it (importStore.ts).
 */
import { z } from 'zod';
import type { ImportFormat, ImportedSite, RowError } from './importTypes.ts';

export const IMPORT_STORAGE_KEY = 'gridscout.imported-sites';
/** Where a saved value that could not be read is kept, for the user to download; never written by an import. */
export const IMPORT_BACKUP_KEY = 'gridscout.imported-sites.unreadable';
export const IMPORT_STORAGE_VERSION = 2;

/** One imported file, shown on the map as a layer the user can show, hide, rename and remove. */
export interface ImportLayer {
  id: string;
  name: string;
  fileName: string;
  format: ImportFormat;
  visible: boolean;
  sites: ImportedSite[];
  errors: RowError[];
}

const Site = z.object({
  row: z.number().int(),
  name: z.string(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  note: z.string(),
});
const ErrorRow = z.object({
  row: z.number().int(),
  reason: z.enum(['missing coordinate', 'not a number', 'out of range', 'duplicate', 'not a point']),
  detail: z.string(),
});
const Format = z.enum(['csv', 'geojson', 'kml', 'gpx']);

const V1 = z.object({
  version: z.literal(1),
  fileName: z.string().max(500),
  format: Format,
  sites: z.array(Site),
  errors: z.array(ErrorRow),
});
const Layer = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(500),
  fileName: z.string().max(500),
  format: Format,
  visible: z.boolean(),
  sites: z.array(Site),
  errors: z.array(ErrorRow),
});
const V2 = z.object({ version: z.literal(2), layers: z.array(Layer) });

/** Stored row errors are capped: the list is for reading, not for round-tripping the file. */
const MAX_SAVED_ERRORS = 500;

export function writeSavedImports(layers: readonly ImportLayer[]): string {
  return JSON.stringify({
    version: IMPORT_STORAGE_VERSION,
    layers: layers.map((l) => ({ ...l, errors: l.errors.slice(0, MAX_SAVED_ERRORS) })),
  });
}

export type SavedRead = { layers: ImportLayer[] } | { problem: string };

const issueText = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'the value'}: ${issue.message}` : 'unexpected content';
};

/** The saved layers (none when nothing is saved), or why the saved value cannot be read. */
export function readSavedImports(raw: string | null): SavedRead {
  if (raw === null || raw === '') return { layers: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problem: 'it is not valid JSON (perhaps cut off when it was written)' };
  }
  const version =
    typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (version === 1) {
    const v1 = V1.safeParse(json);
    if (!v1.success) return { problem: `version 1 data with a problem at ${issueText(v1.error)}` };
    const { fileName, format, sites, errors } = v1.data;
    return { layers: [{ id: 'layer-1', name: fileName, fileName, format, visible: true, sites, errors }] };
  }
  if (version === 2) {
    const v2 = V2.safeParse(json);
    if (!v2.success) return { problem: `version 2 data with a problem at ${issueText(v2.error)}` };
    return { layers: v2.data.layers };
  }
  return {
    problem: `it has version ${JSON.stringify(version ?? null)?.slice(0, 20)}, which this Gridscout does not know (saved by a newer one?)`,
  };
}
