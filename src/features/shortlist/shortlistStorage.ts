/**
 * The shortlist's stored form (localStorage), with a schema version and migrations from every earlier version.
 * Reading never throws: unreadable text comes back as `corrupt` with the raw text, so the UI can offer a backup
 * download and a fresh start instead of a blank app. Within a readable list each entry is read on its own: an
 * entry that fails (latitude 91, a second entry with one id, one past MAX_ENTRIES) is set aside with its reason
 * and the others load; set-aside entries are stored beside the list (`setAside`) until the user discards them.
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

const v1Site = z.object({ name, lon, lat, notes: note.optional() });
const v1Schema = z.object({ version: z.literal(1), sites: z.array(z.unknown()) });

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

const v2Schema = z.object({ version: z.literal(2), entries: z.array(z.unknown()) });

export interface StoredShortlist {
  version: 2;
  entries: ShortlistEntry[];
}

/** An entry that could not be read: what was stored, and why it was set aside. */
export interface SetAsideEntry {
  value: unknown;
  reason: string;
}

export type ShortlistRead =
  | { kind: 'empty' }
  | {
      kind: 'ok';
      entries: ShortlistEntry[];
      migratedFrom: number | null;
      /** Entries set aside earlier (stored with the list) and now, in that order. */
      setAside: SetAsideEntry[];
      /** How many of them were set aside by this read (a write then stores them with the list). */
      newlySetAside: number;
    }
  | { kind: 'corrupt'; raw: string; reason: string };

/** Reads each item on its own: the valid ones in order, the others set aside with the reason. */
function readEach<T>(
  items: unknown[],
  schema: z.ZodType<T>,
  key: (item: T) => string | null = () => null,
): { valid: T[]; setAside: SetAsideEntry[] } {
  const valid: T[] = [];
  const setAside: SetAsideEntry[] = [];
  const seen = new Set<string>();
  items.forEach((value, i) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      return setAside.push({ value, reason: `Entry ${i + 1}: ${firstIssue(parsed.error)}` });
    const id = key(parsed.data);
    if (id !== null && seen.has(id))
      return setAside.push({
        value,
        reason: `Entry ${i + 1}: a second entry with the id ${JSON.stringify(id)}`,
      });
    if (valid.length >= MAX_ENTRIES)
      return setAside.push({ value, reason: `Entry ${i + 1}: past the ${MAX_ENTRIES} a shortlist holds` });
    if (id !== null) seen.add(id);
    valid.push(parsed.data);
  });
  return { valid, setAside };
}

function migrateV1(sites: z.infer<typeof v1Site>[]): StoredShortlist {
  return {
    version: 2,
    entries: sites.map((s) => ({
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
    const { valid, setAside } = readEach(parsed.data.sites, v1Site);
    return {
      kind: 'ok',
      entries: migrateV1(valid).entries,
      migratedFrom: 1,
      setAside,
      newlySetAside: setAside.length,
    };
  }
  if (version === 2) {
    const parsed = v2Schema.safeParse(json);
    if (!parsed.success)
      return { kind: 'corrupt', raw, reason: `Stored shortlist is damaged at ${firstIssue(parsed.error)}.` };
    const { valid, setAside } = readEach(parsed.data.entries, entrySchema, (e) => e.id);
    const earlier = readSetAside((json as { setAside?: unknown }).setAside);
    return {
      kind: 'ok',
      entries: valid,
      migratedFrom: null,
      setAside: [...earlier, ...setAside],
      newlySetAside: setAside.length,
    };
  }
  if (typeof version === 'number' && version > SHORTLIST_STORAGE_VERSION)
    return {
      kind: 'corrupt',
      raw,
      reason: `The stored shortlist was written by a newer Gridscout (version ${version}).`,
    };
  return { kind: 'corrupt', raw, reason: 'The stored shortlist has no known version.' };
}

const setAsideSchema = z.array(z.object({ value: z.unknown(), reason: z.string().max(1000) }));

/** The entries set aside earlier, as stored beside the list (`setAside`); anything else reads as none. */
function readSetAside(json: unknown): SetAsideEntry[] {
  const parsed = setAsideSchema.safeParse(json ?? []);
  return parsed.success ? parsed.data.map((e) => ({ value: e.value, reason: e.reason })) : [];
}

/** The stored text; set-aside entries are kept with the list (an older reader ignores them). */
export function writeShortlist(
  entries: readonly ShortlistEntry[],
  setAside: readonly SetAsideEntry[] = [],
): string {
  const stored: StoredShortlist & { setAside?: SetAsideEntry[] } = {
    version: SHORTLIST_STORAGE_VERSION,
    entries: [...entries],
    ...(setAside.length ? { setAside: [...setAside] } : {}),
  };
  return JSON.stringify(stored);
}
