/** The card for a clicked power plant: its facts and source, then the place's shared facts. */
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { SourceCitation } from '../../sources/SourceCitation.tsx';
import type { OverlayDetails } from '../overlay.ts';
import { describePlant } from './describePlant.ts';

export const PlantDetails: OverlayDetails['Card'] = ({ selection, PlaceFacts }) => {
  const p = useDatasetStore((s) => s.data.powerPlants);
  if (selection.kind !== 'plant') return null;
  const d = describePlant(selection.index, p);
  if (!d || !p) return <p>Power plant not loaded.</p>;
  return (
    <article aria-label={`Power plant ${d.title}`}>
      <h2>{d.title}</h2>
      {d.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
      <SourceCitation ids={[p.sourceId]} />
      <PlaceFacts
        lon={p.lon[selection.index]}
        lat={p.lat[selection.index]}
        target={{ name: d.title, origin: 'point' }}
      />
    </article>
  );
};
