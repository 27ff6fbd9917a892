/**
 * Test harness for shortlist UIs (jsdom): fresh storage and stores per test, the synthetic test grid, captured
 * downloads, and a render of one "Add to shortlist" button per test entry beside the panel under test.
 */
import type { ReactNode } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { useGridStore } from '../../../data/gridStore.ts';
import { initialConfig, useScoringStore } from '../../scoring/scoringStore.ts';
import { AddToShortlistButton } from '../AddToShortlistButton.tsx';
import { shortlistStore } from '../shortlistStore.ts';
import { TEST_ENTRIES, testGrid } from '../../../shared/testing/shortlistTestGrid.ts';
import { captureDownloads, type CapturedDownload } from '../../../shared/testing/captureDownloads.ts';

/** Registers the per-test setup; returns a getter of the current test's captured downloads. */
export function setupShortlistHarness(): () => CapturedDownload[] {
  let downloads: CapturedDownload[] = [];
  beforeEach(() => {
    localStorage.clear();
    shortlistStore.setState({ entries: [], setAside: [], problem: null });
    useGridStore.setState({ grid: testGrid(), load: async () => {} });
    useScoringStore.setState({ config: initialConfig() });
    downloads = captureDownloads();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  return () => downloads;
}

/** Renders an add button per test entry, then `panel`. */
export function renderWithAddButtons(panel: ReactNode) {
  return render(
    <>
      {TEST_ENTRIES.map((e) => (
        <AddToShortlistButton
          key={e.id}
          name={e.name}
          lon={e.lon}
          lat={e.lat}
          origin={e.origin}
          refId={e.refId}
        />
      ))}
      {panel}
    </>,
  );
}
