/**
 * The shortlist's stored form (localStorage), with a schema version and migrations from every earlier version.
 * Reading never throws: unreadable text comes back as `corrupt` with the raw text, so the UI can offer a backup
 * download and a fresh start instead of a blank app.
 * Version history (fixtures for each in ./fixtures):
 *   1: { version: 1, sites: [{ name, lon, lat, notes? }] } (the first draft: no origin, no ids).
 *   2: { version: 2, entries: [ShortlistEntry] } (ids, origin and origin reference, added date).
 */
import { z } from 'zod';
import {
  MAX_ENTRIES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  SHORTLIST_ORIGINS,
  newEntryId,
  type ShortlistEntry,
} from '../../shared/shortlistTypes.ts';

export const SHORTLIST_STORAGE_VERSION = 2;
export const SHORTLIST_KEY = 'gridscout.shortlist';
export const SHORTLIST_BACKUP_KEY = 'gridscout.shortlist.unreadable-backup';

const lon = z.number().finite().min(-180).max(180);
const lat = z.number().finite().min(-90).max(90);
const name = z.string().max(MAX_NAME_LENGTH);
const note = z.string().max(MAX_NOTE_LENGTH);

const v1Schema = z.object({
  version: z.literal(1),
  sites: z.array(z.object({ name, lon, lat, notes: note.optional() })).max(MAX_ENTRIES),
});

const entrySchema = z.object({
  id: z.string().min(1).max(100),
  name,
  lon,
  lat,
  origin: z.enum(SHORTLIST_ORIGINS),
  refId: z.string().max(200).optional(),
  note,
  addedAt: z.string().max(40),
});

const v2Schema = z.object({
  version: z.literal(2),
  entries: z.array(entrySchema).max(MAX_ENTRIES),
});

export type StoredShortlist = z.infer<typeof v2Schema>;

export type ShortlistRead =
  | { kind: 'empty' }
  | { kind: 'ok'; entries: ShortlistEntry[]; migratedFrom: number | null }
  | { kind: 'corrupt'; raw: string; reason: string };

function migrateV1(v1: z.infer<typeof v1Schema>): StoredShortlist {
  return {
    version: 2,
    entries: v1.sites.map((s) => ({
      id: newEntryId(),
      name: s.name,
      lon: s.lon,
      lat: s.lat,
      origin: 'point' as const,
      note: s.notes ?? '',
      addedAt: '',
    })),
  };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'top level';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

/** Parses stored text of any known version into current entries. */
export function readShortlist(raw: string | null): ShortlistRead {
  if (raw === null || raw === '') return { kind: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'The stored shortlist is not valid JSON.' };
  }
  const version =
    typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (version === 1) {
    const parsed = v1Schema.safeParse(json);
    if (!parsed.success)
      return {
        kind: 'corrupt',
        raw,
        reason: `Stored shortlist (version 1) is damaged at ${firstIssue(parsed.error)}.`,
      };
    return { kind: 'ok', entries: migrateV1(parsed.data).entries, migratedFrom: 1 };
  }
  if (version === 2) {
    const parsed = v2Schema.safeParse(json);
    if (!parsed.success)
      return { kind: 'corrupt', raw, reason: `Stored shortlist is damaged at ${firstIssue(parsed.error)}.` };
    const ids = new Set(parsed.data.entries.map((e) => e.id));
    if (ids.size !== parsed.data.entries.length)
      return { kind: 'corrupt', raw, reason: 'Stored shortlist has two entries with one id.' };
    return { kind: 'ok', entries: parsed.data.entries, migratedFrom: null };
  }
  if (typeof version === 'number' && version > SHORTLIST_STORAGE_VERSION)
    return {
      kind: 'corrupt',
      raw,
      reason: `The stored shortlist was written by a newer Gridscout (version ${version}).`,
    };
  return { kind: 'corrupt', raw, reason: 'The stored shortlist has no known version.' };
}

export function writeShortlist(entries: readonly ShortlistEntry[]): string {
  const stored: StoredShortlist = { version: SHORTLIST_STORAGE_VERSION, entries: [...entries] };
  return JSON.stringify(stored);
}
