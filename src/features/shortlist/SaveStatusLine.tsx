/** Where the shortlist is kept, said as it is: in this browser, or only in this tab (with a download). */
import { useShortlist } from './shortlistStore.ts';

export function SaveStatusLine() {
  const save = useShortlist((s) => s.save);
  const download = useShortlist((s) => s.download);
  if (save.kind === 'pending') return null;
  if (save.kind === 'saved') return <p className="small muted">Kept in this browser.</p>;
  return (
    <div role="alert" className="shortlist-problem">
      <p>
        <strong>
          {save.kind === 'unavailable'
            ? 'Not saved: this browser’s storage is unavailable.'
            : `Not saved: your browser refused to store the shortlist (${save.reason}).`}
        </strong>{' '}
        The shortlist is kept in this tab while it stays open, not after you close or reload it.
      </p>
      <div className="shortlist-buttons">
        <button type="button" onClick={download}>
          Download the shortlist
        </button>
      </div>
    </div>
  );
}
