/** The card for a clicked cable landing point: its name and source, then the place's shared facts. */
import { SourceCitation } from '../../sources/SourceCitation.tsx';
import type { OverlayDetails } from '../overlay.ts';

export const LandingPointCard: OverlayDetails['Card'] = ({ selection, PlaceFacts }) => {
  if (selection.kind !== 'feature') return null;
  return (
    <article aria-label={`Landing point ${selection.name}`}>
      <h2>{selection.name}</h2>
      <p>Submarine cable landing point</p>
      <SourceCitation ids={[String(selection.properties.sourceId ?? '')].filter(Boolean)} />
      <PlaceFacts
        lon={selection.lon}
        lat={selection.lat}
        target={{ name: selection.name, origin: 'point' }}
      />
    </article>
  );
};
