/** The Score tab's message when every weight is 0: nothing is scored and no surface is drawn. */
import { useScoringStore } from './scoringStore.ts';
import { NOTHING_WEIGHTED, isNothingWeighted } from './surfaceStore.ts';

export function NothingWeighted() {
  const nothing = useScoringStore((s) => isNothingWeighted(s.config));
  return nothing ? (
    <p role="alert" className="notice notice-info">
      {NOTHING_WEIGHTED}.
    </p>
  ) : null;
}
