/** Places a link shares: waiting for the user's choice (`offered`), or being looked at without saving (`looking`). */
import { create } from 'zustand';
import type { NewShortlistEntry } from '../../shared/shortlistTypes.ts';

interface SharedPlacesState {
  offered: NewShortlistEntry[] | null;
  looking: NewShortlistEntry[] | null;
  offer: (places: NewShortlistEntry[]) => void;
  look: () => void;
  close: () => void;
}

export const useSharedPlaces = create<SharedPlacesState>((set, get) => ({
  offered: null,
  looking: null,
  offer: (places) => set({ offered: places, looking: null }),
  look: () => set({ looking: get().offered, offered: null }),
  close: () => set({ offered: null, looking: null }),
}));
