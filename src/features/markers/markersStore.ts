/**
 * What the place markers show besides the selection and the shortlist: the best sites of the last "Find best
 * sites" run (written by scoring/BestSites.tsx) and which of them is highlighted, whether by hovering its list row
 * or its marker. One store, so the row and the marker always agree.
 */
import { create } from 'zustand';

/** A best site as its marker needs it: the list's rank (the number drawn) and where it is. */
export interface BestSiteMarker {
  rank: number;
  lon: number;
  lat: number;
  /** The name the list shows (for the marker's hover). */
  name: string;
}

interface MarkersState {
  bestSites: readonly BestSiteMarker[];
  /** Rank of the highlighted best site, or null. */
  highlighted: number | null;
  setBestSites: (sites: readonly BestSiteMarker[]) => void;
  highlight: (rank: number | null) => void;
}

export const useMarkersStore = create<MarkersState>((set, get) => ({
  bestSites: [],
  highlighted: null,
  setBestSites: (bestSites) => {
    const h = get().highlighted;
    set({ bestSites, highlighted: h !== null && bestSites.some((s) => s.rank === h) ? h : null });
  },
  highlight: (rank) => {
    if (get().highlighted !== rank) set({ highlighted: rank });
  },
}));
