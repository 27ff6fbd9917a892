/** The details card for whatever was clicked: a mining site, a power plant, a landing point or a place. */
import { useDatasetStore } from '../../data/datasetStore.ts';
import { describePlant } from './describeFeature.ts';
import { MiningSiteDetails } from './MiningSiteDetails.tsx';
import { regionAt } from '../../domain/regionIndex.ts';
import { useSelectionStore, type Selection } from '../../shared/selectionStore.ts';
import { TariffFacts } from './TariffFacts.tsx';
import { SourceCitation } from '../sources/SourceCitation.tsx';
import { SiteScoreCard } from '../scoring/SiteScoreCard.tsx';
import { AddToShortlistButton } from '../shortlist/AddToShortlistButton.tsx';
import type { ShortlistOrigin } from '../shortlist/shortlistTypes.ts';

/** A readable default name for a place: its region and coordinates. */
function usePlaceName(lon: number, lat: number): string {
  const { countries, admin1 } = useDatasetStore((s) => s.data);
  const where = regionAt(admin1, lon, lat)?.properties.name ?? regionAt(countries, lon, lat)?.properties.name;
  return `${where ? `${where} ` : ''}(${lat.toFixed(2)}, ${lon.toFixed(2)})`;
}

interface ShortlistTarget {
  name: string;
  origin: ShortlistOrigin;
  refId?: string;
}

/** Shortlist button, score card, then the region and its power price: shown for every kind of selected place. */
function PlaceFacts({ lon, lat, target }: { lon: number; lat: number; target?: ShortlistTarget }) {
  const fallbackName = usePlaceName(lon, lat);
  return (
    <>
      <AddToShortlistButton
        name={target?.name ?? fallbackName}
        lon={lon}
        lat={lat}
        origin={target?.origin ?? 'point'}
        refId={target?.refId}
      />
      <SiteScoreCard lon={lon} lat={lat} />
      <RegionFacts lon={lon} lat={lat} />
    </>
  );
}

function RegionFacts({ lon, lat }: { lon: number; lat: number }) {
  const { countries, admin1 } = useDatasetStore((s) => s.data);
  const subnational = regionAt(admin1, lon, lat);
  const country = regionAt(countries, lon, lat);
  const priced = subnational?.properties.tariff ? subnational : country;
  return (
    <>
      <p className="muted">
        {lat.toFixed(4)}, {lon.toFixed(4)}
        {country
          ? ` · ${[subnational?.properties.name, country.properties.name].filter(Boolean).join(', ')}`
          : ' · outside any country (sea)'}
      </p>
      {priced && <TariffFacts region={priced.properties} />}
    </>
  );
}

function SelectionBody({ selection }: { selection: Selection }) {
  const data = useDatasetStore((s) => s.data);
  switch (selection.kind) {
    case 'mining-site': {
      const site = data.miningSites?.find((s) => s.id === selection.id);
      return site ? (
        <>
          <MiningSiteDetails site={site} />
          <PlaceFacts
            lon={site.lon}
            lat={site.lat}
            target={{ name: site.name, origin: 'mining-site', refId: site.id }}
          />
        </>
      ) : (
        <p>Unknown mining site “{selection.id}”.</p>
      );
    }
    case 'plant': {
      const d = describePlant(selection.index, data);
      const p = data.powerPlants;
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
    }
    case 'landing-point':
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
    case 'point':
      return (
        <article aria-label="Selected place">
          <h2>{selection.label ?? 'Selected place'}</h2>
          <PlaceFacts
            lon={selection.lon}
            lat={selection.lat}
            target={
              selection.label ? { name: selection.label, origin: selection.origin ?? 'point' } : undefined
            }
          />
        </article>
      );
    case 'region':
      return null;
  }
}

export function DetailsPanel() {
  const selection = useSelectionStore((s) => s.selection);
  const select = useSelectionStore((s) => s.select);
  if (!selection) return null;
  return (
    <aside className="details-panel" aria-label="Details">
      <button type="button" className="close-button" aria-label="Close details" onClick={() => select(null)}>
        ×
      </button>
      <SelectionBody selection={selection} />
    </aside>
  );
}
