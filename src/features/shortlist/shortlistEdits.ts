/** Pure edits of a list of entries: a new entry from user input, adding places not already there. */
import {
  MAX_ENTRIES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  isSamePlace,
  newEntryId,
  type NewShortlistEntry,
  type ShortlistEntry,
} from '../../shared/shortlistTypes.ts';

export function toEntry(input: NewShortlistEntry): ShortlistEntry {
  return {
    id: newEntryId(),
    name: (input.name.trim() || 'Unnamed place').slice(0, MAX_NAME_LENGTH),
    lon: input.lon,
    lat: input.lat,
    origin: input.origin,
    ...(input.refId ? { refId: input.refId } : {}),
    note: (input.note ?? '').slice(0, MAX_NOTE_LENGTH),
    addedAt: new Date().toISOString(),
  };
}

/**
 * Adds the inputs that are not the same place as an entry (or an earlier input), up to MAX_ENTRIES.
 * `ids` are the new entries' ids; with `keepExisting` a place already there gives its existing id instead.
 * `entries` is the same array when nothing was added.
 */
export function addNew(
  entries: ShortlistEntry[],
  inputs: readonly NewShortlistEntry[],
  { keepExisting }: { keepExisting: boolean },
): { entries: ShortlistEntry[]; ids: string[]; full: boolean } {
  const next = [...entries];
  const ids: string[] = [];
  let full = false;
  for (const input of inputs) {
    const existing = next.find((e) => isSamePlace(e, input));
    if (existing) {
      if (keepExisting) ids.push(existing.id);
      continue;
    }
    if (next.length >= MAX_ENTRIES) {
      full = true;
      break;
    }
    const entry = toEntry(input);
    next.push(entry);
    ids.push(entry.id);
  }
  return { entries: next.length === entries.length ? entries : next, ids, full };
}
