import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import { App } from './app/App.tsx';
import { useDatasetStore } from './data/datasetStore.ts';
import { useGridStore } from './data/gridStore.ts';
import {
  prestartFirstSurface,
  prestartScoringGrid,
  prestartScoringWorker,
} from './features/scoring/scoringClient.ts';
import { useScoringStore } from './features/scoring/scoringStore.ts';
import { isNothingWeighted } from './features/scoring/surfaceStore.ts';
import { currentLeadTimes, leadTimesSettled } from './features/scoring/useLeadTimes.ts';

// MapLibre 6 loads its worker from a separate file; under Vite it must be set once, before any map.
setWorkerUrl(maplibreWorkerUrl);
// Starts MapLibre's worker now, so it loads while React renders; the map then finds it ready.
prewarm();

// The first view's data, the grid and the scoring worker start loading now, not after React's first commit: their
// downloads overlap with rendering and with MapLibre starting its own worker (the components ask again; each loads once).
useDatasetStore.getState().loadAll();
useDatasetStore.getState().ensure('queues');
void useGridStore.getState().load();
prestartScoringWorker();
// The grid goes to the scoring worker the moment it has loaded, not once the map has (the first surface needs both).
// Then, with the lead times loaded or failed, the first surface is scored while the map still loads.
const unsubscribeGrid = useGridStore.subscribe(({ grid }) => {
  if (!grid) return;
  unsubscribeGrid();
  prestartScoringGrid(grid);
  const ask = () => {
    const { config } = useScoringStore.getState();
    if (!isNothingWeighted(config)) prestartFirstSurface(grid, config, currentLeadTimes());
  };
  if (leadTimesSettled()) return ask();
  const unsubscribeQueues = useDatasetStore.subscribe(() => {
    if (!leadTimesSettled()) return;
    unsubscribeQueues();
    ask();
  });
});

const root = document.getElementById('root');
if (!root) throw new Error('Gridscout: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
