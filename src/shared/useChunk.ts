/**
 * Loads a code-split module when the calling component mounts, so it is usually there before it is needed:
 * a panel starts loading its dialogs when it opens, and the first click renders them at once.
 */
import { useEffect, useState } from 'react';

export type Chunk<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

/** `load` must be stable (module level), e.g. `() => import('./Dialog.tsx').then((m) => m.Dialog)`. */
export function useChunk<T>(load: () => Promise<T>): Chunk<T> {
  const [chunk, setChunk] = useState<Chunk<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setChunk({ status: 'ready', value }),
      () => live && setChunk({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return chunk;
}
