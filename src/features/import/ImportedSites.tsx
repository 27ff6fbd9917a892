/** Mounted beside the map: the saved imported sites on the map, and file drops onto the map. */
import { useEffect } from 'react';
import { ImportedSitesLayer } from '../overlays/imported/ImportedSitesLayer.tsx';
import { MapFileDrop } from './MapFileDrop.tsx';
import { connectImportStore, useImport } from './importStore.ts';
import type { ImportedSite } from './importTypes.ts';
import './import.css';

const NONE: ImportedSite[] = [];

export function ImportedSites() {
  useEffect(connectImportStore, []);
  const sites = useImport((s) => s.saved?.sites ?? NONE);
  return (
    <>
      <ImportedSitesLayer sites={sites} />
      <MapFileDrop />
    </>
  );
}
