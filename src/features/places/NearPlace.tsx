/** One line naming a place by its nearest town: coordinates until the gazetteer has loaded, then the name. */
import { useGazetteerError } from './gazetteerLoader.ts';
import { coordsText, nearText, useNearestPlace } from './placeNames.ts';

export function NearPlace({ lon, lat, className }: { lon: number; lat: number; className?: string }) {
  const near = useNearestPlace(lon, lat);
  const failed = useGazetteerError();
  return (
    <p className={className ?? 'near-place'} data-testid="near-place" data-loaded={near ? 'true' : 'false'}>
      {near ? nearText(near) : coordsText(lon, lat)}
      {!near && failed && ` · place names unavailable (${failed})`}
    </p>
  );
}
