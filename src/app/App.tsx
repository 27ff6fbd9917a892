import { useEffect } from 'react';
import { useDatasetStore } from '../data/datasetStore.ts';
import { MapView } from '../features/map/MapView.tsx';
import { BasemapData } from '../features/map/BasemapData.tsx';
import { loadGazetteer } from '../features/places/gazetteerLoader.ts';
import { LayersPanel } from '../features/layers/LayersPanel.tsx';
import { OverlayData } from '../features/layers/OverlayData.tsx';
import { OverlayDisplay } from '../features/layers/OverlayDisplay.tsx';
import { OVERLAY_STYLE_PARTS } from '../features/overlays/registry.ts';
import { DetailsPanel, type PlaceSectionProps } from '../features/inspect/DetailsPanel.tsx';
import { HoverTooltip } from '../features/inspect/HoverTooltip.tsx';
import { MapInteractions } from '../features/inspect/MapInteractions.tsx';
import { DataSourcesPanel } from '../features/sources/DataSourcesPanel.tsx';
import { SurfaceController } from '../features/scoring/SurfaceController.tsx';
import { FineSurface } from '../features/fine/FineSurface.tsx';
import { SiteScoreCard } from '../features/scoring/SiteScoreCard.tsx';
import { GridFacts } from '../features/scoring/GridFacts.tsx';
import { AddToShortlistButton } from '../features/shortlist/AddToShortlistButton.tsx';
import { ImportedSites } from '../features/import/ImportedSites.tsx';
import { PlaceMarkers } from '../features/markers/PlaceMarkers.tsx';
import { MARKERS_STYLE_PART } from '../features/markers/markerStyle.ts';
import { connectShortlist, useShortlist } from '../features/shortlist/shortlistStore.ts';
import { DataStatus } from './DataStatus.tsx';
import { LoadingProgress } from './LoadingProgress.tsx';
import { Notices } from './Notices.tsx';
import { UrlSync } from '../features/share/UrlSync.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { SidePanel, type PanelTab } from './SidePanel.tsx';
import { scoreAt } from './scoreAt.ts';
import { ScoringTab, ShortlistTab } from './composedPanels.tsx';

/** What every selected place's card shows from the shortlist and scoring features. */
function PlaceSections({ lon, lat, name, origin, refId }: PlaceSectionProps) {
  return (
    <>
      <AddToShortlistButton name={name} lon={lon} lat={lat} origin={origin} refId={refId} />
      <SiteScoreCard lon={lon} lat={lat} />
      <GridFacts lon={lon} lat={lat} />
    </>
  );
}

/** The overlays, then the place markers above them all. */
const STYLE_PARTS = [...OVERLAY_STYLE_PARTS, MARKERS_STYLE_PART];

/** The best-site, selected-place and shortlist markers (the shortlist is a feature beside the markers). */
function Markers() {
  useEffect(connectShortlist, []);
  return <PlaceMarkers shortlisted={useShortlist((s) => s.entries)} />;
}

export function App() {
  const loadAll = useDatasetStore((s) => s.loadAll);
  const settled = useDatasetStore((s) => s.firstViewSettled);
  useEffect(() => loadAll(), [loadAll]);
  // Lets people and tests know the first view's data has arrived.
  useEffect(() => {
    document.body.dataset.datasets = settled ? 'settled' : 'loading';
  }, [settled]);

  const tabs: PanelTab[] = [
    { id: 'layers', label: 'Layers', content: <LayersPanel /> },
    { id: 'score', label: 'Score', content: <ScoringTab /> },
    { id: 'shortlist', label: 'Shortlist', content: <ShortlistTab /> },
    { id: 'sources', label: 'Data sources', content: <DataSourcesPanel /> },
  ];

  return (
    <div className="app">
      <UrlSync />
      <header className="top-bar">
        <h1 className="brand">
          <span aria-hidden="true">⚡</span> Gridscout
        </h1>
        <p className="tagline">Where to build AI data centers fast</p>
        <SearchBox />
      </header>
      <SidePanel tabs={tabs} />
      <main className="map-area" aria-label="Map">
        <MapView styleParts={STYLE_PARTS} />
        <BasemapData loadTowns={loadGazetteer} />
        <OverlayData />
        <ImportedSites />
        <OverlayDisplay />
        <SurfaceController />
        <Markers />
        <FineSurface />
        <MapInteractions scoreAt={scoreAt} />
        <HoverTooltip />
        <DetailsPanel PlaceSections={PlaceSections} />
        <div className="notices" aria-live="polite">
          <LoadingProgress />
          <DataStatus />
          <Notices />
        </div>
      </main>
    </div>
  );
}
