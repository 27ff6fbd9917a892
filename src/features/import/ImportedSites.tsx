/** Mounted beside the map: the sites of the visible import layers on the map, and file drops onto the map. */
import { useEffect, useMemo } from 'react';
import { ImportedSitesLayer } from '../overlays/imported/ImportedSitesLayer.tsx';
import { MapFileDrop } from './MapFileDrop.tsx';
import { connectImportStore, useImport } from './importStore.ts';
import type { ImportLayer } from './importStorage.ts';
import type { ImportedSite } from './importTypes.ts';
import './import.css';

const NONE: ImportedSite[] = [];
const visibleSites = (layers: readonly ImportLayer[]): ImportedSite[] => {
  const shown = layers.filter((l) => l.visible);
  return shown.length === 0 ? NONE : shown.length === 1 ? shown[0].sites : shown.flatMap((l) => l.sites);
};

export function ImportedSites() {
  useEffect(connectImportStore, []);
  const layers = useImport((s) => s.layers);
  const sites = useMemo(() => visibleSites(layers), [layers]);
  return (
    <>
      <ImportedSitesLayer sites={sites} />
      <MapFileDrop />
    </>
  );
}
