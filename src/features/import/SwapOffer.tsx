/** Says when a layer's sites look like latitude and longitude swapped, and offers to swap them. */
import { useEffect, useMemo } from 'react';
import { useGridStore } from '../../data/gridStore.ts';
import { findCellIndex } from '../../domain/index.ts';
import { useImport } from './importStore.ts';
import type { ImportLayer } from './importStorage.ts';
import { swapLatLon, swapSuggestion } from './latLonSwap.ts';

export function SwapOffer({ layer }: { layer: ImportLayer }) {
  const grid = useGridStore((s) => s.grid);
  const load = useGridStore((s) => s.load);
  const replaceSites = useImport((s) => s.replaceSites);
  useEffect(() => void load(), [load]);
  const suggestion = useMemo(
    () => (grid ? swapSuggestion(layer.sites, (lat, lon) => findCellIndex(grid, lat, lon) >= 0) : null),
    [grid, layer.sites],
  );
  if (!suggestion) return null;
  const { checked, onLand, onLandSwapped } = suggestion;
  return (
    <div className="import-swap" role="note" aria-label={`Latitude and longitude in ${layer.name}`}>
      <p className="small">
        Most of these sites fall in the sea or outside the land grid ({onLand} of {checked} checked are on
        land). With latitude and longitude swapped, {onLandSwapped} of {checked} would be on land: the columns
        may be the other way round.
      </p>
      <button type="button" onClick={() => replaceSites(layer.id, swapLatLon(layer.sites))}>
        Swap latitude and longitude
      </button>
    </div>
  );
}
