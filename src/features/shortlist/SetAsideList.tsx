/** Saved entries that could not be read: why each was set aside, a download of them, and a way to discard them. */
import { useState } from 'react';
import { downloadText, exportFileName } from '../../shared/download.ts';
import { useShortlist } from './shortlistStore.ts';

const MAX_LISTED = 20;

/** A short text naming a stored entry: its name when it has one. */
function label(value: unknown): string {
  const name = value && typeof value === 'object' ? (value as { name?: unknown }).name : undefined;
  const text = typeof name === 'string' && name ? name : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function SetAsideList() {
  const setAside = useShortlist((s) => s.setAside);
  const discard = useShortlist((s) => s.discardSetAside);
  const [downloaded, setDownloaded] = useState(false);
  if (setAside.length === 0) return null;
  const download = () => {
    downloadText(
      exportFileName('shortlist-set-aside', 'json', new Date()),
      'application/json',
      JSON.stringify(setAside, null, 2),
    );
    setDownloaded(true);
  };
  return (
    <section className="shortlist-problem" aria-label="Entries set aside">
      <h3>Entries set aside ({setAside.length})</h3>
      <p className="small">
        These saved entries could not be read, so they are not in the list. They are kept in this browser with
        the shortlist until you discard them.
      </p>
      <ul>
        {setAside.slice(0, MAX_LISTED).map((e, i) => (
          <li key={i}>
            {label(e.value)}: {e.reason}
          </li>
        ))}
        {setAside.length > MAX_LISTED && (
          <li>and {setAside.length - MAX_LISTED} more (all in the download)</li>
        )}
      </ul>
      <div className="shortlist-buttons">
        <button type="button" onClick={download}>
          Download the entries set aside
        </button>
        <button type="button" onClick={discard} disabled={!downloaded}>
          Discard them
        </button>
        {!downloaded && <span className="small muted">Download them before discarding.</span>}
      </div>
    </section>
  );
}
