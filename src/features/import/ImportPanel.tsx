/** "Import candidate sites": pick a CSV, GeoJSON or KML file; see what was read, what was not, and the scores. */
import { useEffect, useId, useRef } from 'react';
import { ImportOutcome } from './ImportOutcome.tsx';
import { ImportedSiteList } from './ImportedSiteList.tsx';
import { connectImportStore, importFile, useImport, type ImportAttempt } from './importStore.ts';
import type { SavedImport } from './importStorage.ts';
import { ACCEPTED_EXTENSIONS, MAX_IMPORT_BYTES, NO_COLUMNS, summarise } from './importTypes.ts';
import './import.css';

/** The saved import as an attempt, so its skipped rows are listed again after a reload. */
const savedAttempt = (saved: SavedImport): ImportAttempt => ({
  fileName: saved.fileName,
  applied: true,
  result: {
    ...saved,
    columns: NO_COLUMNS,
    headers: [],
    message: summarise(saved.sites.length, saved.errors.length),
  },
});

export function ImportPanel() {
  useEffect(connectImportStore, []);
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const saved = useImport((s) => s.saved);
  const attempt = useImport((s) => s.attempt);
  const chooseColumns = useImport((s) => s.chooseColumns);
  const clear = useImport((s) => s.clear);
  const storageProblem = useImport((s) => s.storageProblem);
  const shown = attempt ?? (saved ? savedAttempt(saved) : null);
  const onFile = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void importFile(file);
    if (input.current) input.current.value = '';
  };
  return (
    <section className="import-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>Import candidate sites</h3>
      <p className="small muted">
        A CSV with latitude and longitude columns, GeoJSON points or KML placemarks, up to{' '}
        {MAX_IMPORT_BYTES / 1024 / 1024} MB, UTF-8. You can also drop the file on the map.
      </p>
      <div className="shortlist-buttons">
        <button type="button" onClick={() => input.current?.click()}>
          Import candidate sites
        </button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          accept={ACCEPTED_EXTENSIONS.join(',')}
          aria-label="Candidate sites file"
          onChange={(e) => onFile(e.target.files)}
        />
      </div>
      {shown && <ImportOutcome attempt={shown} onChoose={(c) => void chooseColumns(c)} />}
      {storageProblem && <p className="small import-failed">{storageProblem}</p>}
      {saved && (
        <ImportedSiteList key={`${saved.fileName}-${saved.sites.length}`} saved={saved} onClear={clear} />
      )}
    </section>
  );
}
