/** The tariffs overlay's option: which sector's price colours the map and answers hover. */
import { create } from 'zustand';

export type TariffSector = 'industrial' | 'commercial';

interface TariffSectorState {
  sector: TariffSector;
  setSector: (sector: TariffSector) => void;
}

export const useTariffSector = create<TariffSectorState>((set) => ({
  sector: 'industrial',
  setSector: (sector) => set({ sector }),
}));
