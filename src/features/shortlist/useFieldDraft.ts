/**
 * An edited text field's own draft, so the shortlist can be edited in two tabs at once: keystrokes go to the
 * draft, which is written to the shortlist once the user pauses (COMMIT_PAUSE_MS), leaves the field, or the
 * page is hidden or closed. While the draft holds unsaved keystrokes, an echo from another tab does not replace
 * it; after the write the field shows the stored value again. Last write wins per field, after a pause.
 */
import { useEffect, useRef, useState } from 'react';

/** How long typing must pause before a draft is written: a little above the gap between keystrokes of steady typing (~200 ms at 60 words a minute), so a write happens per pause, not per key. */
export const COMMIT_PAUSE_MS = 400;

export function useFieldDraft(stored: string, commit: (value: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  const flush = () => {
    window.clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    commitRef.current(value);
    setDraft(null);
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });

  useEffect(() => {
    const onHide = () => flushRef.current();
    const onVisibility = () => document.visibilityState === 'hidden' && flushRef.current();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flushRef.current();
    };
  }, []);

  return {
    value: draft ?? stored,
    onChange: (value: string) => {
      pending.current = value;
      setDraft(value);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => flushRef.current(), COMMIT_PAUSE_MS);
    },
    onBlur: () => flushRef.current(),
  };
}
