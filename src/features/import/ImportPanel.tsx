/**
 * "Import candidate sites": pick a CSV, GeoJSON, KML or GPX file; see what was read, what was not, and the
 * scores. Each file becomes a layer (or replaces one, if the user says so).
 */
import { useEffect, useId, useRef } from 'react';
import { downloadText } from '../../shared/download.ts';
import { ImportLayers } from './ImportLayers.tsx';
import { ImportOutcome } from './ImportOutcome.tsx';
import { connectImportStore, importFile, useImport } from './importStore.ts';
import { ACCEPTED_EXTENSIONS, MAX_IMPORT_BYTES } from './importTypes.ts';
import './import.css';

const STAGES = { loading: 'starting the reader', decoding: 'decoding', parsing: 'reading rows' } as const;

function ImportProgress() {
  const progress = useImport((s) => s.progress);
  const cancel = useImport((s) => s.cancel);
  if (!progress) return null;
  return (
    <div className="import-progress shortlist-buttons">
      <p className="small" aria-live="polite" data-testid="import-progress">
        Reading {progress.fileName}: {STAGES[progress.stage]}…
      </p>
      <button type="button" onClick={cancel}>
        Cancel import
      </button>
    </div>
  );
}

function UnreadableSave() {
  const unreadable = useImport((s) => s.unreadable);
  const discard = useImport((s) => s.discardUnreadable);
  if (!unreadable) return null;
  return (
    <div className="import-unreadable" role="alert">
      <p className="small import-failed">
        The imported sites saved in this browser could not be read ({unreadable.problem}).{' '}
        {unreadable.backedUp
          ? 'A copy is kept in this browser and new imports do not overwrite it.'
          : 'It is left as it was, and new imports are not saved over it.'}
      </p>
      <div className="shortlist-buttons">
        <button
          type="button"
          onClick={() =>
            downloadText('gridscout-unreadable-imported-sites.json', 'application/json', unreadable.raw)
          }
        >
          Download the unreadable saved import
        </button>
        {unreadable.backedUp && (
          <button type="button" onClick={discard}>
            Delete the copy
          </button>
        )}
      </div>
    </div>
  );
}

function TargetPicker() {
  const layers = useImport((s) => s.layers);
  const target = useImport((s) => s.target);
  const setTarget = useImport((s) => s.setTarget);
  if (layers.length === 0) return null;
  return (
    <label className="small import-target">
      Import the next file as{' '}
      <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Import the next file as">
        <option value="new">a new layer</option>
        {layers.map((l) => (
          <option key={l.id} value={l.id}>
            a replacement for “{l.name}”
          </option>
        ))}
      </select>
    </label>
  );
}

export function ImportPanel() {
  useEffect(connectImportStore, []);
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const attempt = useImport((s) => s.attempt);
  const chooseColumns = useImport((s) => s.chooseColumns);
  const storageProblem = useImport((s) => s.storageProblem);
  const onFile = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void importFile(file);
    if (input.current) input.current.value = '';
  };
  return (
    <section className="import-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>Import candidate sites</h3>
      <p className="small muted">
        A CSV with latitude and longitude columns, GeoJSON points, KML placemarks or GPX waypoints, up to{' '}
        {MAX_IMPORT_BYTES / 1024 / 1024} MB, UTF-8. You can also drop the file on the map. Each file becomes a
        layer.
      </p>
      <UnreadableSave />
      <TargetPicker />
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
      <ImportProgress />
      {attempt && <ImportOutcome attempt={attempt} onChoose={(c) => void chooseColumns(c)} />}
      {storageProblem && <p className="small import-failed">{storageProblem}</p>}
      <ImportLayers />
    </section>
  );
}
