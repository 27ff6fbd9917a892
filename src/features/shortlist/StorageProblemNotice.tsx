/**
 * What the user sees when the saved shortlist cannot be read: why, and two ways forward. When no copy could be
 * kept under the backup key, starting anew deletes the data for good: the panel says so and asks first.
 */
import { useState } from 'react';
import { downloadText } from '../../shared/download.ts';
import type { StorageProblem } from './shortlistStore.ts';

export function StorageProblemNotice({
  problem,
  onStartNew,
}: {
  problem: StorageProblem;
  onStartNew: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const download = () => downloadText('gridscout-shortlist-unreadable.json', 'application/json', problem.raw);
  return (
    <div role="alert" className="shortlist-problem">
      <strong>Your saved shortlist could not be read.</strong>
      <p>{problem.reason}</p>
      {problem.backedUp ? (
        <p className="small">
          Nothing has been deleted: a copy of the unreadable data is kept in this browser, and stays when you
          start a new shortlist. Download it to keep it elsewhere or to repair it by hand.
        </p>
      ) : (
        <p className="small">
          Nothing has been deleted yet, but this browser could not keep a copy of the unreadable data (its
          storage is full): starting a new shortlist deletes it for good. Download it first to keep it.
        </p>
      )}
      <div className="shortlist-buttons">
        <button type="button" onClick={download}>
          Download the unreadable data
        </button>
        {!confirming && (
          <button type="button" onClick={() => (problem.backedUp ? onStartNew() : setConfirming(true))}>
            Start a new shortlist
          </button>
        )}
      </div>
      {confirming && (
        <div className="shortlist-buttons" role="group" aria-label="Delete the unreadable data?">
          <span className="small">This deletes the unreadable data from this browser for good.</span>
          <button type="button" onClick={onStartNew}>
            Delete it and start a new shortlist
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
