/**
 * Mounts each overlay's data component once the overlay is first shown, and loads the datasets an overlay needs the
 * first time it is shown. A hidden overlay's map sources stay empty even when its dataset is loaded for something
 * else (the fine surface and the card load plants, substations, landing points and cloud regions): its features are
 * not built, and MapLibre does not get them (setData walks every feature on the main thread to message its worker,
 * which then tiles them). Opening at zoom 8 over Abilene, the main thread's time in those messages went from
 * 570-790 ms to 265 ms (CPU profile of the production build; 40,403 plants were being fed to the hidden plants
 * layer), and the fine surface was drawn 360-550 ms sooner after navigation over Abilene and Ashburn (two paired runs
 * each). useGeoJsonSources (map/useGeoJsonSource.ts) also holds back any source no visible layer draws yet.
 * Once mounted, a data component stays mounted when its overlay is hidden again.
 */
import { useEffect, useState } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import { useLayersStore } from './layersStore.ts';

export function OverlayData() {
  const visible = useLayersStore((s) => s.visible);
  const ensure = useDatasetStore((s) => s.ensure);
  const [shown, setShown] = useState<ReadonlySet<OverlayId>>(() => new Set());
  // Derived during render (not in an effect), so a data component mounts in the same commit that shows its layers.
  if (OVERLAYS.some((o) => visible[o.id] && !shown.has(o.id)))
    setShown(new Set([...shown, ...OVERLAYS.filter((o) => visible[o.id]).map((o) => o.id)]));

  useEffect(() => {
    for (const overlay of OVERLAYS) if (visible[overlay.id]) overlay.datasets?.forEach(ensure);
  }, [visible, ensure]);

  return (
    <>
      {OVERLAYS.map(
        ({ id, Data }) => Data && (visible[id] || shown.has(id)) && <Data key={id} visible={visible[id]} />,
      )}
    </>
  );
}
