/** The card for a clicked power plant: its facts and source, then the place's shared facts. */
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { SourceCitation } from '../../sources/SourceCitation.tsx';
import { useSourceIndex } from '../../sources/useSources.ts';
import type { OverlayDetails } from '../overlay.ts';
import { describePlant } from './describePlant.ts';

export const PlantDetails: OverlayDetails['Card'] = ({ selection, PlaceFacts }) => {
  const p = useDatasetStore((s) => s.data.plants);
  const sources = useSourceIndex();
  if (selection.kind !== 'plant') return null;
  const d = describePlant(selection.index, p, sources);
  if (!d || !p) return <p>Power plant not loaded.</p>;
  return (
    <article aria-label={`Power plant ${d.title}`}>
      <h2>{d.title}</h2>
      {d.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
      <SourceCitation ids={[p.sources[p.source[selection.index]]]} />
      <PlaceFacts
        lon={p.lon[selection.index]}
        lat={p.lat[selection.index]}
        target={{ name: d.title, origin: 'point' }}
      />
    </article>
  );
};
