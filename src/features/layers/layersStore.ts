/** What the map shows: which overlays are on, their opacity, the tariff sector and plant filters. */
import { create } from 'zustand';
import type { OverlayId } from '../overlays/overlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import type { TariffSector } from '../overlays/tariffs/tariffsOverlay.ts';
import type { PlantFilter } from '../overlays/plants/plantsOverlay.ts';

export const defaultVisibility = (): Record<OverlayId, boolean> =>
  Object.fromEntries(OVERLAYS.map((o) => [o.id, o.defaultVisible])) as Record<OverlayId, boolean>;

interface LayersState {
  visible: Record<OverlayId, boolean>;
  opacity: Partial<Record<OverlayId, number>>;
  tariffSector: TariffSector;
  plantFilter: PlantFilter;
  setVisible: (id: OverlayId, visible: boolean) => void;
  setVisibleSet: (ids: readonly OverlayId[]) => void;
  setOpacity: (id: OverlayId, opacity: number) => void;
  setTariffSector: (sector: TariffSector) => void;
  setPlantFilter: (filter: Partial<PlantFilter>) => void;
}

export const useLayersStore = create<LayersState>((set) => ({
  visible: defaultVisibility(),
  opacity: {},
  tariffSector: 'industrial',
  plantFilter: { fuels: null, minMw: 0 },
  setVisible: (id, visible) => set((s) => ({ visible: { ...s.visible, [id]: visible } })),
  setVisibleSet: (ids) =>
    set(() => ({
      visible: Object.fromEntries(OVERLAYS.map((o) => [o.id, ids.includes(o.id)])) as Record<
        OverlayId,
        boolean
      >,
    })),
  setOpacity: (id, opacity) => set((s) => ({ opacity: { ...s.opacity, [id]: opacity } })),
  setTariffSector: (tariffSector) => set({ tariffSector }),
  setPlantFilter: (filter) => set((s) => ({ plantFilter: { ...s.plantFilter, ...filter } })),
}));
