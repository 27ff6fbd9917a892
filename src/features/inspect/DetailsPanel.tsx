/**
 * The details card for whatever was selected. A selection an overlay made is shown by that overlay's card;
 * a plain point by this panel. Every place ends with the same facts: the sections the app supplies
 * (`PlaceSections`: shortlist button, score card; they belong to features above this one), then its region
 * and power price.
 */
import { createContext, useContext, type ComponentType } from 'react';
import { useDatasetStore } from '../../data/datasetStore.ts';
import { useSelectionStore, type PlaceOrigin, type Selection } from '../../shared/selectionStore.ts';
import type { PlaceFacts as PlaceFactsType, PlaceTarget } from '../overlays/overlay.ts';
import { OVERLAYS } from '../overlays/registry.ts';
import { regionAt } from '../../domain/regionIndex.ts';
import { TariffFacts } from './TariffFacts.tsx';
import { NearPlace } from '../places/NearPlace.tsx';
import { nearName, useNearestPlace } from '../places/placeNames.ts';

/** A place as the app's sections receive it: always named (its region and coordinates by default). */
export interface PlaceSectionProps {
  lon: number;
  lat: number;
  name: string;
  origin: PlaceOrigin;
  refId?: string;
}

const PlaceSectionsSlot = createContext<ComponentType<PlaceSectionProps> | null>(null);

/** A readable default name for a place: "Near <town>, <admin-1>, <country>", its region and coordinates until the gazetteer is in. */
function usePlaceName(lon: number, lat: number): string {
  const { countries, admin1 } = useDatasetStore((s) => s.data);
  const near = useNearestPlace(lon, lat);
  const where = regionAt(admin1, lon, lat)?.properties.name ?? regionAt(countries, lon, lat)?.properties.name;
  if (near) return nearName(near);
  return `${where ? `${where} ` : ''}(${lat.toFixed(2)}, ${lon.toFixed(2)})`;
}

/** The app's sections, then the region and its power price: shown for every kind of selected place. */
const PlaceFacts: PlaceFactsType = ({
  lon,
  lat,
  target,
}: {
  lon: number;
  lat: number;
  target?: PlaceTarget;
}) => {
  const Sections = useContext(PlaceSectionsSlot);
  const fallbackName = usePlaceName(lon, lat);
  return (
    <>
      {Sections && (
        <Sections
          lon={lon}
          lat={lat}
          name={target?.name ?? fallbackName}
          origin={target?.origin ?? 'point'}
          refId={target?.refId}
        />
      )}
      <RegionFacts lon={lon} lat={lat} />
    </>
  );
};

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
  if (selection.kind === 'point')
    return (
      <article aria-label="Selected place">
        <h2>{selection.label ?? 'Selected place'}</h2>
        <NearPlace lon={selection.lon} lat={selection.lat} />
        <PlaceFacts
          lon={selection.lon}
          lat={selection.lat}
          target={
            selection.label ? { name: selection.label, origin: selection.origin ?? 'point' } : undefined
          }
        />
      </article>
    );
  const details = OVERLAYS.find((o) => o.details?.owns(selection))?.details;
  return details ? <details.Card selection={selection} PlaceFacts={PlaceFacts} /> : null;
}

export function DetailsPanel({ PlaceSections }: { PlaceSections?: ComponentType<PlaceSectionProps> }) {
  const selection = useSelectionStore((s) => s.selection);
  const select = useSelectionStore((s) => s.select);
  if (!selection) return null;
  return (
    <aside className="details-panel" aria-label="Details">
      <button type="button" className="close-button" aria-label="Close details" onClick={() => select(null)}>
        ×
      </button>
      <PlaceSectionsSlot.Provider value={PlaceSections ?? null}>
        <SelectionBody selection={selection} />
      </PlaceSectionsSlot.Provider>
    </aside>
  );
}
