/** What the user sees when the saved shortlist cannot be read: why, and two ways forward. */
import { downloadText } from '../../shared/download.ts';
import type { StorageProblem } from './shortlistStore.ts';

export function StorageProblemNotice({
  problem,
  onStartNew,
}: {
  problem: StorageProblem;
  onStartNew: () => void;
}) {
  return (
    <div role="alert" className="shortlist-problem">
      <strong>Your saved shortlist could not be read.</strong>
      <p>{problem.reason}</p>
      <p className="small">
        Nothing has been deleted: the unreadable data is kept in this browser until you replace it. Download
        it to keep it or to repair it by hand, then start a new shortlist.
      </p>
      <div className="shortlist-buttons">
        <button
          type="button"
          onClick={() => downloadText('gridscout-shortlist-unreadable.json', 'application/json', problem.raw)}
        >
          Download the unreadable data
        </button>
        <button type="button" onClick={onStartNew}>
          Start a new shortlist
        </button>
      </div>
    </div>
  );
}
