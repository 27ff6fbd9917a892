/** Mounts every overlay's data component and loads the datasets an overlay needs the first time it is shown. */
import { useEffect } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import { useLayersStore } from './layersStore.ts';

export function OverlayData() {
  const visible = useLayersStore((s) => s.visible);
  const ensure = useDatasetStore((s) => s.ensure);

  useEffect(() => {
    for (const overlay of OVERLAYS) if (visible[overlay.id]) overlay.datasets?.forEach(ensure);
  }, [visible, ensure]);

  return <>{OVERLAYS.map(({ id, Data }) => Data && <Data key={id} visible={visible[id]} />)}</>;
}
