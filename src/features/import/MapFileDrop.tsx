/** Drop a CSV, GeoJSON or KML file onto the map to import it; a notice says what was read. */
import { useEffect } from 'react';
import { useNoticesStore } from '../../shared/noticesStore.ts';
import { useMap } from '../map/mapHandle.ts';
import { importFile, type ImportAttempt } from './importStore.ts';

const DROP_CLASS = 'import-drop-active';

function noticeFor(attempt: ImportAttempt): {
  kind: 'info' | 'error';
  title: string;
  details: string[];
} {
  const { fileName, result, applied } = attempt;
  const skipped = result.errors.length;
  return applied
    ? {
        kind: 'info',
        title: `Imported ${result.sites.length} site${result.sites.length === 1 ? '' : 's'} from ${fileName}`,
        details: [
          skipped
            ? `${skipped} row${skipped === 1 ? '' : 's'} skipped: see the Shortlist tab.`
            : 'Every row was read.',
        ],
      }
    : {
        kind: 'error',
        title: `Nothing imported from ${fileName}`,
        details: [result.message ?? 'No valid site.', 'Import layers are kept as they were.'],
      };
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function MapFileDrop() {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const target = map.getContainer();
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      target.classList.add(DROP_CLASS);
    };
    const onLeave = () => target.classList.remove(DROP_CLASS);
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      target.classList.remove(DROP_CLASS);
      const file = e.dataTransfer?.files[0];
      if (file) void importFile(file).then((attempt) => useNoticesStore.getState().push(noticeFor(attempt)));
    };
    target.addEventListener('dragover', onOver);
    target.addEventListener('dragleave', onLeave);
    target.addEventListener('drop', onDrop);
    return () => {
      target.removeEventListener('dragover', onOver);
      target.removeEventListener('dragleave', onLeave);
      target.removeEventListener('drop', onDrop);
    };
  }, [map]);
  return null;
}
