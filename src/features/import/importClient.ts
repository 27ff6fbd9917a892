/**
 * Reads an import file in the import worker, within IMPORT_TIME_BUDGET_MS; cancellable. Each read gets its own
 * worker, ended when the read ends, so a stopped read leaves nothing running. Where there is no Worker (unit
 * tests under Node) the same code runs in this thread, in test builds only.
 */
import * as Comlink from 'comlink';
import type { ImportStage } from './importText.ts';
import type { ImportWorkerApi } from './import.worker.ts';
import { IMPORT_TIME_BUDGET_MS, type ColumnChoice, type ImportResult } from './importTypes.ts';

export interface ReadOptions {
  onStage?: (stage: ImportStage) => void;
  signal?: AbortSignal;
  budgetMs?: number;
}

/** The result, or why reading stopped before one came (time budget, cancelled, worker failed). */
export type ReadOutcome = { result: ImportResult } | { stopped: string };

const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

/**
 * In-thread reading, for unit tests under Node (no Worker). Only in test builds: a production build has no second
 * copy of the parsers outside the worker chunk.
 */
const readHere =
  import.meta.env.MODE === 'test'
    ? async (fileName: string, bytes: Uint8Array, choice?: ColumnChoice, options: ReadOptions = {}) => {
        const { readImport } = await import('./importText.ts');
        if (options.signal?.aborted) return { stopped: 'The import was cancelled.' };
        return { result: readImport(fileName, bytes, choice, options.onStage) };
      }
    : null;

export function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  choice?: ColumnChoice,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  if (typeof Worker === 'undefined')
    return readHere
      ? readHere(fileName, bytes, choice, options)
      : Promise.resolve({ stopped: 'This browser cannot run the importer (it has no Web Workers).' });
  const budget = options.budgetMs ?? IMPORT_TIME_BUDGET_MS;
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ImportWorkerApi>(worker);
  // Stages come back on a port of their own, closed when the read ends (a Comlink.proxy callback's port stays open).
  const onStage = options.onStage;
  const stages = onStage ? new MessageChannel() : undefined;
  if (stages && onStage) stages.port1.onmessage = (e: MessageEvent<ImportStage>) => onStage(e.data);
  return new Promise<ReadOutcome>((resolve) => {
    let done = false;
    const finish = (outcome: ReadOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      stages?.port1.close();
      // Comlink's FinalizationRegistry holds the worker until the proxy is released: without this every ended
      // worker stayed in the heap, one per import (heap snapshot after 28 import and remove cycles).
      api[Comlink.releaseProxy]();
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish({
          stopped: `Reading ${fileName} took longer than the ${seconds(budget)} allowed for one file, so it was stopped. Nothing was imported; split the file or simplify it.`,
        }),
      budget,
    );
    const onAbort = () => finish({ stopped: 'The import was cancelled.' });
    options.signal?.addEventListener('abort', onAbort);
    worker.addEventListener('error', () =>
      finish({ stopped: 'The importer could not be loaded (offline?). Reload the page and try again.' }),
    );
    const port = stages && Comlink.transfer(stages.port2, [stages.port2]);
    api.read(fileName, bytes, choice, port).then(
      (result) => finish({ result }),
      (error: unknown) =>
        finish({
          stopped: `The file could not be read (${error instanceof Error ? error.message : 'the importer failed'}).`,
        }),
    );
  });
}
