/**
 * One pipeline build for the whole data suite: the raw inputs are built once into a temporary folder, which every
 * data test reads through `inject('builtData')`. A full build takes about a minute on a 2-core machine; building it
 * once per test file (and again for `npm run data -- --check`) was most of the suite's time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../scripts/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding a fresh build of the raw datasets (deleted after the run). */
    builtData: string;
    /** The raw datasets folder the build read. */
    rawData: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const raw = process.env.GRIDSCOUT_RAW || resolve(__dirname, '../../../shared/data');
  const parent = mkdtempSync(join(tmpdir(), 'gridscout-data-'));
  const out = join(parent, 'data');
  await build({ input: raw, output: out });
  project.provide('builtData', out);
  project.provide('rawData', raw);
  return () => rmSync(parent, { recursive: true, force: true });
}
