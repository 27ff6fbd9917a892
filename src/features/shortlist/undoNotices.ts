/** Changes to many entries at once, each followed by a notice with Undo (which puts the list back as it was). */
import { useNoticesStore } from '../../shared/noticesStore.ts';
import type { NewShortlistEntry } from '../../shared/shortlistTypes.ts';
import { shortlistStore } from './shortlistStore.ts';
import { addNew } from './shortlistEdits.ts';

const places = (n: number) => `${n} place${n === 1 ? '' : 's'}`;

function withUndo(title: string, details: string[], undo: () => void): void {
  useNoticesStore.getState().push({ kind: 'info', title, details, actions: [{ label: 'Undo', run: undo }] });
}

export function removeWithUndo(ids: readonly string[]): void {
  const before = shortlistStore.getState().entries;
  shortlistStore.getState().removeMany(ids);
  const removed = before.length - shortlistStore.getState().entries.length;
  if (removed > 0)
    withUndo(`Removed ${places(removed)} from your shortlist`, [], () =>
      shortlistStore.getState().replaceAll(before),
    );
}

/** Adds shared places not already there; Undo removes exactly those. Returns how many were added. */
export function addWithUndo(shared: readonly NewShortlistEntry[]): number {
  const ids = shortlistStore.getState().addMany(shared);
  const already = shared.length - ids.length;
  withUndo(
    ids.length
      ? `Added ${places(ids.length)} to your shortlist`
      : 'The shared places are already in your shortlist',
    already > 0 && ids.length > 0
      ? [`${already} of the ${shared.length} shared places were already there or did not fit.`]
      : [],
    () => shortlistStore.getState().removeMany(ids),
  );
  return ids.length;
}

/** Replaces the shortlist with the shared places; Undo puts the previous list back. */
export function replaceWithUndo(shared: readonly NewShortlistEntry[]): void {
  const before = shortlistStore.getState().entries;
  const { entries } = addNew([], shared, { keepExisting: false });
  shortlistStore.getState().replaceAll(entries);
  withUndo(
    `Replaced your shortlist (${places(before.length)}) with ${places(entries.length)} from the link`,
    [],
    () => shortlistStore.getState().replaceAll(before),
  );
}
