/** "Add to shortlist" for a place shown in a card; says "In shortlist" once it is there. */
import { useEffect } from 'react';
import { connectShortlist, useShortlist } from './shortlistStore.ts';
import { isSamePlace, type ShortlistOrigin } from '../../shared/shortlistTypes.ts';

export interface AddToShortlistButtonProps {
  name: string;
  lon: number;
  lat: number;
  origin: ShortlistOrigin;
  refId?: string;
}

export function AddToShortlistButton({ name, lon, lat, origin, refId }: AddToShortlistButtonProps) {
  useEffect(connectShortlist, []);
  const present = useShortlist((s) => s.entries.some((e) => isSamePlace(e, { lon, lat, origin, refId })));
  const blocked = useShortlist((s) => s.problem !== null);
  const add = useShortlist((s) => s.add);
  if (present)
    return (
      <button type="button" className="shortlist-add" disabled aria-label="In shortlist">
        ✓ In shortlist
      </button>
    );
  return (
    <button
      type="button"
      className="shortlist-add"
      disabled={blocked}
      title={blocked ? 'The saved shortlist could not be read: open the Shortlist tab' : undefined}
      onClick={() => add({ name, lon, lat, origin, refId })}
    >
      Add to shortlist
    </button>
  );
}
