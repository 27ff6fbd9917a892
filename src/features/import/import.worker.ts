/**
 * Import Web Worker (comlink): decodes and parses a file's bytes off the main thread, so a huge or hostile file
 * cannot freeze the page; the main thread gets plain data (an ImportResult) and stops this worker when it runs
 * over its time budget (importClient.ts). All logic lives in importText.ts and the parsers.
 */
import * as Comlink from 'comlink';
import { readImport, type ImportStage } from './importText.ts';
import type { ColumnChoice, ImportResult } from './importTypes.ts';

const api = {
  read(
    fileName: string,
    bytes: Uint8Array,
    choice: ColumnChoice | undefined,
    /** Where each stage is posted as it starts (an ImportStage); closed when the read ends. */
    stages?: MessagePort,
  ): ImportResult {
    try {
      return readImport(
        fileName,
        bytes,
        choice,
        stages && ((stage: ImportStage) => stages.postMessage(stage)),
      );
    } finally {
      stages?.close();
    }
  },
};

export type ImportWorkerApi = typeof api;

Comlink.expose(api);
