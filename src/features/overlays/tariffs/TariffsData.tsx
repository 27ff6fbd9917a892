/** Colours the tariff choropleth by the chosen sector (the polygons themselves are the basemap's). */
import { useEffect } from 'react';
import { useMap } from '../../map/mapHandle.ts';
import { useTariffSector } from './tariffSector.ts';
import { TARIFF_LAYERS, tariffFillColor } from './tariffStyle.ts';

export function TariffsData() {
  const map = useMap();
  const sector = useTariffSector((s) => s.sector);
  useEffect(() => {
    if (!map) return;
    for (const layer of Object.values(TARIFF_LAYERS))
      map.setPaintProperty(layer, 'fill-color', tariffFillColor(sector));
  }, [map, sector]);
  return null;
}
